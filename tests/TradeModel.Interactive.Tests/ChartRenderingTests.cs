using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using TradeModel.Interactive.Charts;
using TradeModel.Interactive.Tests.Support;
using TradeModel.Releases;
using TradeModel.Tests.Support;

namespace TradeModel.Interactive.Tests;

/// <summary>
/// Charts drawn in headless Chromium with real-length labels (the longest HS and EBOPS names), few and many categories,
/// negative, zero and undefined figures, one period and thirty: each keeps all its marks, and no text is cut or lies on
/// another. The PNGs are left in artifacts/charts to look at.
/// </summary>
public sealed class ChartRenderingTests(ChartBrowser browser) : IClassFixture<ChartBrowser>
{
    private const string Rise = "#2E7D32";
    private const string Fall = "#C62828";
    private const string Level = "#1565C0";

    private static readonly Money Zero = Money.Zero(Currency.USD);

    /// <summary>HS headings, longest names first: the hardest labels the built-in classifications have.</summary>
    private static IEnumerable<Category> LongestHeadings =>
        HarmonizedSystem2022
            .Classification.AtLevel(HarmonizedSystem2022.HeadingLevel)
            .OrderByDescending(c => c.Name.Length)
            .ThenBy(c => c.Code, StringComparer.Ordinal);

    [Theory]
    [InlineData(2)]
    [InlineData(12)]
    [InlineData(40)]
    [InlineData(100)]
    public async Task Contributions_of_many_lines_with_the_longest_names_keep_a_bar_and_a_readable_label_each(
        int lines
    )
    {
        var rows = Rows(LongestHeadings.Take(lines).Select(c => $"{c.Code} {c.Name}").ToList());

        var chart = await browser.RenderAsync(
            TradeCharts.Contributions(rows, $"Contributions of {lines} HS headings to growth"),
            $"contributions-{lines}"
        );

        AssertReadable(chart);
        var defined = rows.Where(r => r.Contribution.TryGetValue(out _)).ToList();
        var nonZero = defined.Count(r => r.Contribution.TryGetValue(out var v) && v != 0);
        Assert.Equal(nonZero, chart.Bars(Rise, Fall).Count);
        foreach (var row in defined)
        {
            // Each defined line has its value label and its name on the axis, shortened with the full name on hover.
            Assert.Contains(chart.Texts, t => t.Text == row.Contribution.ToString(1));
            Assert.Contains(
                chart.Texts,
                t => t.Text == row.Label || (t.Title == row.Label && t.Text!.EndsWith('…'))
            );
        }
    }

    [Fact]
    public async Task Contributions_of_the_EBOPS_components_with_their_full_names_are_readable()
    {
        var rows = Rows([.. Ebops2010.Services.Children.Select(c => c.Name)]);

        var chart = await browser.RenderAsync(
            TradeCharts.Contributions(rows, "Contributions of the EBOPS 2010 components"),
            "contributions-ebops"
        );

        AssertReadable(chart);
        Assert.NotEmpty(chart.Bars(Rise));
        Assert.NotEmpty(chart.Bars(Fall));
    }

    [Theory]
    [InlineData("narrowing-deficit", -1000, -800)]
    [InlineData("surplus-to-deficit", 250, -400)]
    [InlineData("tiny-change", 5000, 5001)]
    public async Task A_balance_waterfall_shows_its_four_steps_and_readable_labels(
        string name,
        int before,
        int after
    )
    {
        // Exports grow by 10% and the imports make up the rest of the change.
        var exportsBefore = new Money(3000_000_000m, Currency.USD);
        var exports = new Money(3300_000_000m, Currency.USD);
        var change = new TradeBalance(
            exports,
            exports - new Money(after * 1_000_000m, Currency.USD)
        ).ChangeFrom(
            new TradeBalance(
                exportsBefore,
                exportsBefore - new Money(before * 1_000_000m, Currency.USD)
            )
        );

        var chart = await browser.RenderAsync(
            TradeCharts.BalanceWaterfall(change, $"Balance {name}", "2023", "2024"),
            $"waterfall-{name}"
        );

        AssertReadable(chart);
        Assert.Equal(4, chart.Bars(Rise, Fall, Level).Count(b => b.Box.Height >= 1));
    }

    [Fact]
    public async Task Published_against_implied_keeps_every_check_visible_when_one_is_far_off()
    {
        // The third check is off by 76 units of its last digit; the others by less than one.
        var checks = SeedFigures.Checks;

        var chart = await browser.RenderAsync(
            TradeCharts.PublishedVersusImplied(checks),
            "published-versus-implied"
        );

        AssertReadable(chart);
        var bars = chart.Bars(Rise, Fall, Level);
        Assert.Equal(2 * checks.Length, bars.Count);
        // No interval flattened to a sliver by the far one.
        Assert.All(bars, b => Assert.True(b.Box.Width >= 6, $"{b.Box} is a sliver."));
        Assert.Equal(checks.Count(c => !c.IsConsistent), chart.Bars(Fall).Count);
    }

    [Fact]
    public async Task A_sunburst_of_every_EBOPS_component_has_a_sector_each_and_labels_apart()
    {
        var values = new CategoryValues(Ebops2010.Classification, Currency.USD);
        var size = 1;
        foreach (var component in Ebops2010.Services.Children)
        {
            foreach (
                var part in component.Children.Where(c =>
                    c.Relation == CategoryRelation.Part && c.Children.Count == 0
                )
            )
            {
                values.Set(part.Code, new Money(1000m * size++, Currency.USD));
            }
            if (!component.Children.Any(c => c.Relation == CategoryRelation.Part))
            {
                values.Set(component.Code, new Money(1000m * size++, Currency.USD));
            }
        }

        var chart = await browser.RenderAsync(
            TradeCharts.Hierarchy(values.RollUp(), "Services by EBOPS 2010 component"),
            "hierarchy-ebops"
        );

        AssertReadable(chart);
        Assert.Equal(SeedFigures.Sectors(values.RollUp()), chart.Shapes.Count);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(31)]
    public async Task Growth_lines_over_one_or_thirty_years_keep_every_point_and_readable_years(
        int years
    )
    {
        var chapters = HarmonizedSystem2022
            .Classification.AtLevel(HarmonizedSystem2022.ChapterLevel)
            .OrderByDescending(c => c.Name.Length)
            .Take(5)
            .ToList();
        var flows = new TradeFlowCollection(HarmonizedSystem2022.Classification, Currency.USD);
        var reporter = Economy.FromCode("DEU");
        for (var y = 0; y < years; y++)
        {
            for (var c = 0; c < chapters.Count; c++)
            {
                // Rising, falling and flat lines; the last one is zero in the second year, so its growth to the third
                // is undefined and leaves a gap.
                var value = (c, y) switch
                {
                    (4, 1) => 0m,
                    (0, _) => 1000m + (100m * y),
                    (1, _) => 5000m - (90m * y),
                    (2, _) => 2000m,
                    _ => 1500m + (y % 3 * 200m),
                };
                flows.Add(
                    new TradeFlow(
                        reporter,
                        Economy.World,
                        TradeDirection.Exports,
                        chapters[c],
                        ReferencePeriod.ForYear(1995 + y),
                        new Money(value * 1_000_000m, Currency.USD)
                    )
                );
            }
        }
        var cube = flows.Aggregate(
            FlowQuery.By(
                FlowDimension.Year,
                FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel)
            )
        );

        var chart = await browser.RenderAsync(
            TradeCharts.GrowthSeries(cube, 5, "Growth of five HS chapters with long names"),
            $"growth-{years - 1}-steps"
        );

        AssertReadable(chart);
        var steps = years - 1;
        // Every defined growth is a point; undefined ones (from the zero) are left out.
        var undefined = steps >= 2 ? 1 : 0;
        Assert.Equal((5 * steps) - undefined, chart.Points.Count);
        if (steps > 1)
        {
            Assert.True(chart.Lines.Count >= 5, $"{chart.Lines.Count} lines drawn.");
        }
    }

    /// <summary>Every chart saved in the docs' notebooks: (notebook, number of the chart in it).</summary>
    public static TheoryData<string, int> SavedCharts()
    {
        var data = new TheoryData<string, int>();
        foreach (var notebook in Notebooks())
        {
            for (var i = 0; i < SavedSvgs(notebook).Count; i++)
            {
                data.Add(Path.GetFileName(notebook), i);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SavedCharts))]
    public async Task Every_chart_saved_in_the_notebooks_is_readable_in_a_browser(
        string notebook,
        int chart
    )
    {
        var svg = SavedSvgs(Path.Combine(RepositoryFiles.Root, "docs", "notebooks", notebook))[
            chart
        ];
        var size = System.Text.RegularExpressions.Regex.Match(
            svg,
            "<svg[^>]*width=\"(\\d+)\"[^>]*height=\"(\\d+)\""
        );

        var rendered = await browser.RenderAsync(
            svg,
            int.Parse(size.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(size.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
            $"notebook-{Path.GetFileNameWithoutExtension(notebook)}-{chart}"
        );

        AssertReadable(rendered);
        // A chart with no marks at all (the blank chart that was once saved) is not readable either.
        Assert.True(
            rendered.Bars(Rise, Fall, Level).Count
                + rendered.Lines.Count
                + rendered.Points.Count
                + rendered.Shapes.Count
                > 0,
            $"{rendered} has no bar, line, point or sector."
        );
    }

    private static IEnumerable<string> Notebooks() =>
        Directory
            .GetFiles(Path.Combine(RepositoryFiles.Root, "docs", "notebooks"), "*.ipynb")
            .Order(StringComparer.Ordinal);

    private static List<string> SavedSvgs(string notebook)
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(notebook));
        var svgs = new List<string>();
        foreach (var cell in document.RootElement.GetProperty("cells").EnumerateArray())
        {
            if (!cell.TryGetProperty("outputs", out var outputs))
            {
                continue;
            }
            foreach (var output in outputs.EnumerateArray())
            {
                if (
                    output.TryGetProperty("data", out var data)
                    && data.TryGetProperty("image/svg+xml", out var svg)
                )
                {
                    svgs.Add(
                        svg.ValueKind == System.Text.Json.JsonValueKind.Array
                            ? string.Concat(svg.EnumerateArray().Select(l => l.GetString()))
                            : svg.GetString()!
                    );
                }
            }
        }
        return svgs;
    }

    private static List<ReleaseRow> Rows(List<string> labels)
    {
        // Changes that rise, fall, stay flat, and one line that is new (no earlier value: an undefined contribution).
        var previous = labels
            .Select((_, i) => new Money(100m + (i * 7 % 50), Currency.USD))
            .ToList();
        var current = previous
            .Select(
                (p, i) =>
                    (i % 5) switch
                    {
                        0 => p + new Money(30m - (i % 7), Currency.USD),
                        1 => p - new Money(20m + (i % 3), Currency.USD),
                        2 => p,
                        3 => p + new Money(5m, Currency.USD),
                        _ => p - new Money(1m, Currency.USD),
                    }
            )
            .ToList();
        var total = current.Aggregate(Zero, (a, b) => a + b);
        var totalBefore = previous.Aggregate(Zero, (a, b) => a + b);
        return
        [
            .. labels.Select(
                (label, i) =>
                    ReleaseTable.Row(
                        label,
                        current[i],
                        labels.Count > 2 && i == 3 ? null : previous[i],
                        total,
                        totalBefore
                    )
            ),
        ];
    }

    private static void AssertReadable(RenderedChart chart)
    {
        var problems = chart.Problems();
        Assert.True(
            problems.Count == 0,
            $"{chart}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}"
        );
    }
}
