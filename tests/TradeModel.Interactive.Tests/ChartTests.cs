using ScottPlot;
using ScottPlot.Plottables;
using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using TradeModel.Interactive.Charts;
using TradeModel.Releases;

namespace TradeModel.Interactive.Tests;

/// <summary>One call from a result to a chart, drawn from the unrounded figures.</summary>
public sealed class ChartTests
{
    private static Bar[] Bars(TradeChart chart) =>
        [.. chart.Plot.GetPlottables().OfType<BarPlot>().SelectMany(b => b.Bars)];

    [Fact]
    public void Contributions_are_bars_of_the_unrounded_percentage_points_and_an_undefined_one_keeps_its_line_with_the_reason()
    {
        var rows = SeedFigures.Rows.Append(
            ReleaseTable.Row(
                "New line",
                SeedFigures.Exports,
                null,
                SeedFigures.Total,
                SeedFigures.TotalBefore
            )
        );

        var chart = TradeCharts.Contributions(rows);

        var bars = Bars(chart);
        Assert.Equal(3, bars.Length);
        Assert.True(SeedFigures.Rows[1].Contribution.TryGetValue(out var exports));
        Assert.Equal((double)exports, bars[1].Value);
        _ = chart.ToSvg(); // ticks are made when the chart is drawn
        var ticks = chart.Plot.Axes.Left.TickGenerator.Ticks.Select(t => t.Label).ToList();
        Assert.Contains("New line", ticks);
        var note = Assert.Single(chart.Plot.GetPlottables().OfType<Text>());
        Assert.Equal("undefined (missing value)", note.LabelText);
        Assert.Equal(ticks.Count - 1 - ticks.IndexOf("New line"), note.Location.Y);
    }

    [Fact]
    public void A_balance_change_is_a_waterfall_from_the_earlier_balance_to_the_later()
    {
        var change = SeedFigures.Balance;

        var bars = Bars(
            TradeCharts.BalanceWaterfall(change, previousLabel: "2023", currentLabel: "2024")
        );

        // In trillions of yuan: the largest step, the 2023 balance, is 1.2 trillion.
        Assert.Equal(4, bars.Length);
        Assert.Equal((double)change.Previous.Value.AmountIn(Magnitude.Trillion), bars[0].Value);
        Assert.Equal(bars[0].Value, bars[1].ValueBase);
        Assert.Equal(bars[1].Value, bars[2].ValueBase);
        Assert.Equal((double)change.Current.Value.AmountIn(Magnitude.Trillion), bars[2].Value, 9);
        Assert.Equal((double)change.Current.Value.AmountIn(Magnitude.Trillion), bars[3].Value);
    }

    [Fact]
    public void Published_and_implied_ranges_overlap_exactly_when_the_figure_agrees_with_its_inputs()
    {
        var checks = SeedFigures.Checks;

        var bars = Bars(TradeCharts.PublishedVersusImplied(checks));

        Assert.Equal(2 * checks.Length, bars.Length);
        for (var i = 0; i < checks.Length; i++)
        {
            var (published, implied) = (bars[2 * i], bars[(2 * i) + 1]);
            var overlap =
                published.ValueBase <= implied.Value && implied.ValueBase <= published.Value;
            Assert.Equal(checks[i].IsConsistent, overlap);
            Assert.Equal(1.0, published.Value - published.ValueBase, 9); // one unit of the last digit
        }
    }

    [Fact]
    public void A_roll_up_is_a_sunburst_with_a_sector_per_category_that_has_a_positive_total()
    {
        var values = new CategoryValues(Ebops2010.Classification, Currency.CNY);
        values.Set("SD", Money.Parse("CNY 2051.15", null));
        values.Set("SJ", Money.Parse("CNY 3000.5", null));
        values.Set("SC1", Money.Parse("CNY 600", null));
        values.Set("SC2", Money.Parse("CNY 400", null));

        var chart = TradeCharts.Hierarchy(values.RollUp());

        var sectors = chart.Plot.GetPlottables().OfType<Ellipse>().ToList();
        var expected = SeedFigures.Sectors(values.RollUp());
        Assert.Equal(expected, sectors.Count);
        Assert.Equal(5, expected); // SC, SD, SJ inside; SC1 and SC2 outside
        Assert.Equal(360, sectors.Where(s => s.RadiusX == 0.65).Sum(s => s.SweepAngle.Degrees), 6);
    }

    [Fact]
    public void Growth_over_periods_is_a_line_per_largest_line_of_the_cube()
    {
        var flows = new TradeFlowCollection(Ebops2010.Classification, Currency.CNY);
        var china = Economy.FromCode("CHN");
        for (var year = 2020; year <= 2024; year++)
        {
            foreach (var (code, size) in new[] { ("SD", 100m), ("SJ", 200m), ("SC", 50m) })
            {
                flows.Add(
                    new TradeFlow(
                        china,
                        Economy.World,
                        TradeDirection.Exports,
                        Ebops2010.Classification[code],
                        ReferencePeriod.ForYear(year),
                        new Money(size * (year - 2018), Currency.CNY)
                    )
                );
            }
        }
        var cube = flows.Aggregate(FlowQuery.By(FlowDimension.Year, FlowDimension.Category));

        var chart = TradeCharts.GrowthSeries(cube, lines: 2);

        var lines = chart.Plot.GetPlottables().OfType<Scatter>().ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains("SJ", lines[0].LegendText, StringComparison.Ordinal);
        var points = lines[0].Data.GetScatterPoints();
        Assert.Equal(4, points.Count);
        Assert.Equal(50.0, points[0].Y, 9); // 2020 → 2021: 400 → 600
    }

    [Fact]
    public void Growth_over_one_period_is_refused_with_the_count()
    {
        var cube = SeedFigures.Flows().Aggregate(FlowQuery.By(FlowDimension.Year));

        var e = Assert.Throws<ArgumentException>(() => TradeCharts.GrowthSeries(cube));

        Assert.Contains("has 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_chart_gives_the_same_svg_whatever_was_drawn_before_and_two_charts_keep_distinct_ids()
    {
        var first = TradeCharts.BalanceWaterfall(SeedFigures.Balance).ToSvg();
        _ = TradeCharts.Contributions(SeedFigures.Rows).ToSvg(); // moves the renderer's own id counter on
        var again = TradeCharts.BalanceWaterfall(SeedFigures.Balance).ToSvg();
        var other = TradeCharts.Contributions(SeedFigures.Rows).ToSvg();

        Assert.Equal(first, again);
        var ids = System
            .Text.RegularExpressions.Regex.Matches(first, "clipPath id=\"([^\"]+)\"")
            .Select(m => m.Groups[1].Value)
            .ToList();
        Assert.NotEmpty(ids);
        Assert.All(
            ids,
            id => Assert.DoesNotContain($"id=\"{id}\"", other, StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Every_chart_and_display_entry_names_a_missing_argument()
    {
        Assert.Equal(
            "rows",
            Assert.Throws<ArgumentNullException>(() => TradeCharts.Contributions(null!)).ParamName
        );
        Assert.Equal(
            "lines",
            Assert
                .Throws<ArgumentNullException>(() => TradeCharts.LineContributions(null!))
                .ParamName
        );
        Assert.Equal(
            "checks",
            Assert
                .Throws<ArgumentNullException>(() => TradeCharts.PublishedVersusImplied(null!))
                .ParamName
        );
        Assert.Equal(
            "rollUp",
            Assert.Throws<ArgumentNullException>(() => TradeCharts.Hierarchy(null!)).ParamName
        );
        Assert.Equal(
            "cube",
            Assert.Throws<ArgumentNullException>(() => TradeCharts.GrowthSeries(null!)).ParamName
        );
        var chart = TradeCharts.BalanceWaterfall(SeedFigures.Balance);
        Assert.Equal(
            "path",
            Assert.Throws<ArgumentNullException>(() => chart.SaveSvg(null!)).ParamName
        );
        Assert.Equal(
            "path",
            Assert.Throws<ArgumentNullException>(() => chart.SavePng(null!)).ParamName
        );
        Assert.Equal(
            "value",
            Assert.Throws<ArgumentNullException>(() => TradeModelFormatters.ToHtml(null!)).ParamName
        );
        Assert.Equal(
            "value",
            Assert.Throws<ArgumentNullException>(() => TradeModelFormatters.ToText(null!)).ParamName
        );
        Assert.Equal(
            "label",
            Assert.Throws<ArgumentNullException>(() => new ReadProgressBar(null!)).ParamName
        );
    }

    [Fact]
    public void A_chart_writes_an_svg_and_a_png()
    {
        var folder = Directory.CreateTempSubdirectory("tm-chart-").FullName;
        try
        {
            var chart = TradeCharts.BalanceWaterfall(SeedFigures.Balance);
            chart.SaveSvg(Path.Combine(folder, "a.svg"));
            chart.SavePng(Path.Combine(folder, "a.png"));

            Assert.StartsWith(
                "<svg",
                File.ReadAllText(Path.Combine(folder, "a.svg")),
                StringComparison.Ordinal
            );
            Assert.Equal(
                [0x89, 0x50, 0x4E, 0x47],
                File.ReadAllBytes(Path.Combine(folder, "a.png")).Take(4)
            );
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Bars_labelled_with_the_longest_HS_chapter_names_are_all_drawn_with_their_labels_cut_short_and_the_full_name_on_hover()
    {
        // The longest chapter names left no room for the bars: the SVG had no path at all.
        var chapters = TradeModel
            .Classifications.HarmonizedSystem2022.Classification.AtLevel(
                TradeModel.Classifications.HarmonizedSystem2022.ChapterLevel
            )
            .OrderByDescending(c => c.Name.Length)
            .Take(12)
            .ToList();
        var (total, before) = (Money.Parse("USD 10000", null), Money.Parse("USD 9000", null));
        var rows = chapters.Select(
            (c, i) =>
                ReleaseTable.Row(
                    $"{c.Code} {c.Name}",
                    Money.Parse($"USD {100 + (i * 10)}", null),
                    Money.Parse("USD 100", null),
                    total,
                    before
                )
        );

        var svg = TradeCharts
            .Contributions(rows, "Contributions of the chapters with the longest names")
            .ToSvg();

        var texts = System
            .Text.RegularExpressions.Regex.Matches(
                svg,
                @"<text[^>]*>\s*(?:<title>([^<]*)</title>)?([^<]*)</text>"
            )
            .Select(m =>
                (
                    Title: System.Net.WebUtility.HtmlDecode(m.Groups[1].Value),
                    Text: System.Net.WebUtility.HtmlDecode(m.Groups[2].Value).Trim()
                )
            )
            .ToList();
        Assert.True(System.Text.RegularExpressions.Regex.Count(svg, "<path") >= chapters.Count);
        Assert.True(chapters[0].Name.Length > 100);
        Assert.All(
            chapters,
            c =>
                Assert.Contains(
                    texts,
                    t =>
                        t.Text.StartsWith(c.Code + " ", StringComparison.Ordinal)
                        && t.Text.Length <= 36
                        && t.Title == $"{c.Code} {c.Name}"
                )
        );
    }
}
