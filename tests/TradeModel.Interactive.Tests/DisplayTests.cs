using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using TradeModel.Releases;
using TradeModel.Tests.Support;

namespace TradeModel.Interactive.Tests;

/// <summary>
/// What an analyst sees when a notebook shows a TradeModel value: short, formatted, exact at hand, and never a walk
/// through the object graph (a category once rendered as 1 MB of HTML).
/// </summary>
public sealed class DisplayTests
{
    [Fact]
    public void Money_shows_in_a_magnitude_with_the_exact_amount_in_its_tooltip()
    {
        var html = TradeModelFormatters.ToHtml(SeedFigures.Exports);

        Assert.Equal("<span title=\"CNY 3175560000000\">CNY 3.18 trillion</span>", html);
        Assert.Equal(
            "CNY 3.18 trillion (CNY 3175560000000)",
            TradeModelFormatters.ToText(SeedFigures.Exports)
        );
    }

    [Fact]
    public void A_balance_change_reads_in_magnitude_words_with_the_exact_amounts_at_hand()
    {
        var change = SeedFigures.Balance;

        var html = TradeModelFormatters.ToHtml(change);

        // The deficit narrowed from 1.20 to 1.17 trillion yuan, by 30.02 billion (2023 back-cast from growth rates).
        Assert.Contains(
            ">balance CNY -1.20 trillion → CNY -1.17 trillion: change CNY 30.02 billion<",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains(
            $"title=\"balance {change.Previous.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} → CNY -1172680000000: change {change.Amount.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}\"",
            html,
            StringComparison.Ordinal
        );
        Assert.Equal(
            "total trade CNY 7.52 trillion = exports CNY 3.18 trillion + imports CNY 4.35 trillion",
            TradeModelFormatters
                .ToText(new TotalTrade(SeedFigures.Exports, SeedFigures.Imports))
                .Split(" (", 2)[0]
        );
    }

    [Fact]
    public void Small_money_shows_grouped_to_the_minor_unit()
    {
        Assert.Equal(
            "CNY 7,523.80 (CNY 7523.8)",
            TradeModelFormatters.ToText(Money.Parse("CNY 7523.8", null))
        );
    }

    [Fact]
    public void A_percentage_shows_to_one_decimal_with_more_at_hand_and_an_undefined_one_says_why()
    {
        var growth = ReleaseArithmetic.Growth(SeedFigures.Exports, SeedFigures.ExportsBefore);

        Assert.StartsWith("18.2%", TradeModelFormatters.ToText(growth), StringComparison.Ordinal);
        var undefined = ReleaseArithmetic.Growth(SeedFigures.Exports, Money.Zero(Currency.CNY));
        Assert.DoesNotContain(
            "%",
            TradeModelFormatters.ToText(undefined),
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("EBOPS", "SD")]
    [InlineData("HS", "8501")]
    [InlineData("HS", "850110")]
    public void A_category_renders_in_under_2_KB_with_its_path_and_never_its_classification(
        string classification,
        string code
    )
    {
        var category = (
            classification == "HS" ? HarmonizedSystem2022.Classification : Ebops2010.Classification
        )[code];

        var html = TradeModelFormatters.ToHtml(category);

        Assert.True(html.Length < 2048, $"{html.Length} characters");
        Assert.Contains(category.Name, html, StringComparison.Ordinal);
        Assert.Contains(
            string.Join(" › ", category.Ancestors.Select(a => a.Code).Append(code)),
            html,
            StringComparison.Ordinal
        );
        var sibling = category.Parent!.Children.First(c => c != category);
        Assert.DoesNotContain(sibling.Name, html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flow_collection_shows_a_summary_and_its_first_rows()
    {
        var flows = SeedFigures.Flows();

        var html = TradeModelFormatters.ToHtml(flows);
        var text = TradeModelFormatters.ToText(flows);

        Assert.True(html.Length < 2048, $"{html.Length} characters");
        Assert.Contains("3 flows · EBOPS 2010 · CNY", text, StringComparison.Ordinal);
        Assert.Contains("CNY 2,051.15", text, StringComparison.Ordinal);
        Assert.Equal(3, html.Split("<tr>").Length - 2); // the header row and three flows
    }

    [Fact]
    public void A_large_cube_shows_its_first_20_cells_and_says_how_many_there_are()
    {
        var flows = new TradeFlowCollection(HarmonizedSystem2022.Classification, Currency.USD);
        var china = Economy.FromCode("CHN");
        foreach (
            var category in HarmonizedSystem2022
                .Classification.Categories.Where(c => c.IsLeaf)
                .Take(50)
        )
        {
            flows.Add(
                new TradeFlow(
                    china,
                    Economy.World,
                    TradeDirection.Exports,
                    category,
                    ReferencePeriod.ForYear(2024),
                    new Money(1m, Currency.USD)
                )
            );
        }
        var cube = flows.Aggregate(FlowQuery.By(FlowDimension.Category));

        var text = TradeModelFormatters.ToText(cube);

        Assert.Contains("First 20 of 50 cells.", text, StringComparison.Ordinal);
        Assert.Equal(1 + 1 + 20 + 1, text.Split('\n').Length); // title, header, rows, note
    }

    [Fact]
    public void Release_rows_show_as_a_table_with_growth_share_and_contribution()
    {
        var text = TradeModelFormatters.ToText(SeedFigures.Rows);

        Snapshots.Match<DisplayTests>(text);
        Assert.Contains("18.2%", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Consistency_checks_read_as_an_analyst_would_say_them()
    {
        var text = TradeModelFormatters.ToText(SeedFigures.Checks);

        Snapshots.Match<DisplayTests>(text);
        Assert.StartsWith(
            "1 of 3 published figures cannot come from their inputs",
            text,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("[", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_roll_up_shows_as_an_indented_tree_of_totals()
    {
        var values = new CategoryValues(Ebops2010.Classification, Currency.CNY);
        values.Set("SD", Money.Parse("CNY 2051.15", null));
        values.Set("SJ", Money.Parse("CNY 3000.5", null));

        var html = TradeModelFormatters.ToHtml(values.RollUp());
        var text = TradeModelFormatters.ToText(values.RollUp());

        Assert.Contains("padding-left:1.2em", html, StringComparison.Ordinal);
        var lines = text.Split('\n');
        Assert.Contains(
            lines,
            l =>
                l.StartsWith("S ", StringComparison.Ordinal)
                && l.EndsWith("CNY 5,051.65", StringComparison.Ordinal)
        );
        Assert.Contains(
            lines,
            l =>
                l.StartsWith("  SD ", StringComparison.Ordinal)
                && l.EndsWith("CNY 2,051.15", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void The_html_of_a_category_a_flow_collection_and_a_roll_up_is_reviewed()
    {
        var values = new CategoryValues(Ebops2010.Classification, Currency.CNY);
        values.Set("SDA", Money.Parse("CNY 400", null));
        values.Set("SDB", Money.Parse("CNY 1651.15", null));

        var html = string.Join(
            "\n",
            TradeModelFormatters.ToHtml(Ebops2010.Classification["SD"]),
            TradeModelFormatters.ToHtml(SeedFigures.Flows()),
            TradeModelFormatters.ToHtml(values.RollUp()),
            TradeModelFormatters.ToHtml(SeedFigures.Checks)
        );

        Snapshots.Match<DisplayTests>(html);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_report_shows_its_counts_and_names_each_bad_row_by_line_and_column()
    {
        var csv =
            "t,i,j,k,v,q\n2024,156,842,010121,1234.567,12.5\n2024,999,842,010121,1.000,NA\n2024,156,276,847130,98.765,NA\n";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
        var result = TradeModel.Data.Baci.BaciFile.ReadFrom(
            stream,
            "sample.csv",
            new TradeModel.Data.Baci.BaciReadOptions { Errors = TradeModel.Data.ErrorMode.Collect },
            TestContext.Current.CancellationToken
        );

        var text = TradeModelFormatters.ToText(result);

        Assert.StartsWith(
            "sample.csv: 3 rows read, 2 accepted, 1 rejected · 2 flows",
            text,
            StringComparison.Ordinal
        );
        var error = Assert.Single(result.Report.Errors);
        Assert.Contains(
            $"{error.Line}  {error.Column} {error.ColumnName}",
            text,
            StringComparison.Ordinal
        );
        Assert.Equal("999", error.Text);
        Assert.Contains(error.Reason[..30], text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_TradeModel_does_not_display_is_refused_by_name()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            TradeModelFormatters.ToHtml(new Uri("https://example.org"))
        );

        Assert.Contains("System.Uri", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_of_amounts_reads_in_one_magnitude_with_each_exact_amount_on_hover()
    {
        var hs = TradeModel.Classifications.HarmonizedSystem2022.Classification;
        var flows = new TradeModel.Flows.TradeFlowCollection(hs, Currency.USD);
        var china = TradeModel.Economies.Economy.FromCode("CHN");
        var world = TradeModel.Economies.Economy.FromCode("WLD");
        var period = TradeModel.ReferencePeriod.ForYear(2024);
        flows.Add(
            new TradeModel.Flows.TradeFlow(
                china,
                world,
                TradeModel.Flows.TradeDirection.Exports,
                hs["270900"],
                period,
                Money.Parse("USD 2930927019.00", null)
            )
        );
        flows.Add(
            new TradeModel.Flows.TradeFlow(
                china,
                world,
                TradeModel.Flows.TradeDirection.Exports,
                hs["850440"],
                period,
                Money.Parse("USD 412345678.91", null)
            )
        );
        var cube = flows.Aggregate(
            TradeModel.Analysis.FlowQuery.By(
                TradeModel.Analysis.FlowDimension.CategoryAtLevel(
                    TradeModel.Classifications.HarmonizedSystem2022.ChapterLevel
                )
            )
        );

        var text = TradeModelFormatters.ToText(cube);
        var html = TradeModelFormatters.ToHtml(cube);

        Assert.Contains("Total (USD bn)", text, StringComparison.Ordinal);
        Assert.Matches(@"\n27 .*\s2\.93\s+1\s+0\n", text + "\n");
        Assert.Matches(@"\n85 .*\s0\.41\s+1\s+0\n", text + "\n");
        Assert.Contains("title=\"USD 2930927019.00\">2.93</td>", html, StringComparison.Ordinal);
        // Chapter 27's name is longer than a cell shows: cut with "…", whole on hover.
        var name = hs["27"].Name;
        Assert.True(name.Length > 64);
        Assert.Contains(
            $"title=\"{System.Net.WebUtility.HtmlEncode($"27 {name}")}\">",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains("…</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rendered_release_shows_its_paragraphs_and_the_proof_of_every_number()
    {
        var services = new Statements.StatementSubject("services", "服务");
        var year = ReferencePeriod.ForYear(2024);
        var data = new Statements.ReleaseData(year, year.YearEarlier(), Currency.CNY)
            .Add(services, Statements.StatementMeasure.Exports, SeedFigures.Rows[1])
            .Add(services, Statements.StatementMeasure.Imports, SeedFigures.Rows[2]);
        var rendered = data.Release(
                data.Growth(services, Statements.StatementMeasure.Exports),
                data.Balance(services)
            )
            .Render(Statements.ReleaseStyle.Chinese);

        var html = TradeModelFormatters.ToHtml(rendered);
        var text = TradeModelFormatters.ToText(rendered);

        Assert.StartsWith(
            "<div class=\"trademodel-release\"><p>2024年，服务出口31755.6亿元，同比增长18.2%。",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains("<td>growth of exports of services</td>", html, StringComparison.Ordinal);
        Assert.StartsWith(
            rendered.Text + "\n\n1. 2024年，服务出口",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains("服务贸易逆差11726.8亿元", text, StringComparison.Ordinal);
    }
}
