namespace TradeModel.Notebooks.Tests;

/// <summary>
/// <c>#r "nuget: TradeModel.Interactive"</c> is all a notebook user writes: the package's kernel extension registers
/// the formatters, so values show as compact tables and text, and charts as SVG.
/// </summary>
[Collection(KernelTests.Name)]
public sealed class InteractiveTests(LocalPackage package)
{
    [Fact]
    public async Task Referencing_the_package_registers_compact_formatters_and_charts_display_as_svg()
    {
        var session = await CSharpSession.Run([
            package.ReferenceTo("TradeModel.Interactive"),
            "using TradeModel; using TradeModel.Classifications; using TradeModel.Releases; using TradeModel.Interactive.Charts;",
            "Money.Parse(\"3,175.56 billion CNY\", null)",
            "Ebops2010.Classification[\"SD\"]",
            "var exports = Money.Parse(\"3,175.56 billion CNY\", null); var before = ReleaseArithmetic.BackCast(exports, 18.2m);\n"
                + "ReleaseTable.Row(\"Exports\", exports, before, exports, before)",
            "TradeCharts.Contributions(new[] { ReleaseTable.Row(\"Exports\", exports, before, exports, before) })",
        ]);

        Assert.True(session.Failures.Count == 0, string.Join("\n", session.Failures));
        IReadOnlyDictionary<string, string> Shown(int cell) =>
            Assert.Single(session.Outputs, d => d.Cell == cell && d.Kind != "stream").Formats;
        Assert.Equal(
            "<span title=\"CNY 3175560000000\">CNY 3.18 trillion</span>",
            Shown(2)["text/html"]
        );
        var category = Shown(3)["text/html"];
        Assert.True(category.Length < 2048, $"{category.Length} characters");
        Assert.Contains("S › SD", category, StringComparison.Ordinal);
        Assert.True(Shown(4)["text/html"].Length < 2048);
        Assert.StartsWith("<svg", Shown(5)["image/svg+xml"], StringComparison.Ordinal);
        Assert.False(Shown(5).ContainsKey("text/html"));
    }

    [Fact]
    public async Task A_read_progress_bar_in_a_notebook_is_one_output_updated_in_place_to_the_end_of_the_read()
    {
        var file = Path.Combine(
            package.RepositoryRoot,
            "docs",
            "notebooks",
            "data",
            "BACI_HS22_Y2023_V202501.csv"
        );

        var session = await CSharpSession.Run([
            package.ReferenceTo("TradeModel.Interactive"),
            "using TradeModel.Data.Baci; using TradeModel.Interactive;",
            $"var result = BaciFile.Read(@\"{file}\", new BaciReadOptions {{ Progress = new ReadProgressBar(\"BACI 2023\"), ProgressEvery = 50 }});\n"
                + "result.Report.RowsRead",
        ]);

        Assert.True(session.Failures.Count == 0, string.Join("\n", session.Failures));
        // Reports every 50 rows, shown as one output whose last state is the end of the read (had it not been
        // updated, it would still say its first 50 rows); nothing of it on the console.
        var rows = long.Parse(
            session.Values[^1],
            System.Globalization.CultureInfo.InvariantCulture
        );
        Assert.True(rows > 100, $"{rows} rows");
        var bar = Assert.Single(session.Outputs, o => o.Cell == 2 && o.Kind == "display_data");
        Assert.Equal(
            $"BACI 2023 [████████████████████] 100% · {rows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} rows",
            bar.Formats["text/plain"]
        );
        Assert.DoesNotContain(
            session.Output,
            line => line.Contains("BACI 2023", StringComparison.Ordinal)
        );
    }
}
