namespace TradeModel.Notebooks.Tests;

/// <summary>
/// The notebooks in docs/notebooks run as a notebook user runs them: <c>#r "nuget: TradeModel.Interactive"</c> in a C#
/// kernel, pinned to the freshly packed packages, in the notebook's folder. Their saved outputs (tables, text, charts as
/// SVG) must be what a run gives now, so the repository shows current results; <c>TRADEMODEL_UPDATE_NOTEBOOKS=1</c>
/// writes a run's outputs into the notebooks instead.
/// </summary>
[Collection(KernelTests.Name)]
public sealed class NotebookTests(LocalPackage package)
{
    private const string Reference = "#r \"nuget: TradeModel.Interactive, *-*\"";

    public static TheoryData<string> Notebooks =>
        new(
            "china-services-trade-2024.ipynb",
            "goods-trade-baci-sample.ipynb",
            "checking-a-release.ipynb"
        );

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task The_notebook_runs_from_the_packed_packages_and_its_saved_outputs_are_current(
        string name
    )
    {
        var (notebook, session) = await Run(name);

        Assert.True(session.Failures.Count == 0, string.Join("\n", session.Failures));
        var fresh = session.Outputs.Where(o => o.Cell > 0).ToList();
        if (Environment.GetEnvironmentVariable("TRADEMODEL_UPDATE_NOTEBOOKS") == "1")
        {
            notebook.Save(fresh);
            notebook = SavedNotebook.Load(notebook.Path);
        }
        Assert.NotEmpty(fresh);
        Assert.True(
            Same(notebook.Outputs, fresh),
            $"The saved outputs of {name} are not what it gives now; run the tests with TRADEMODEL_UPDATE_NOTEBOOKS=1 to save them."
        );
    }

    [Fact]
    public async Task The_services_notebook_reproduces_the_published_figures_as_tables_and_charts()
    {
        var (_, session) = await Run("china-services-trade-2024.ipynb");

        Assert.Equal("CNY 7.52 trillion (CNY 7523800000000)", Text(session, 1));
        Assert.Contains("Total services trade", Text(session, 2), StringComparison.Ordinal);
        Assert.Contains("14.4%", Text(session, 2), StringComparison.Ordinal);
        Assert.StartsWith("<svg", Shown(session, 3)["image/svg+xml"], StringComparison.Ordinal);
        Assert.StartsWith(
            "All 4 published figures agree with their inputs",
            Text(session, 6),
            StringComparison.Ordinal
        );
        Assert.StartsWith("27.3%", Text(session, 8), StringComparison.Ordinal);
        Assert.StartsWith("USD 1.06 trillion", Text(session, 9), StringComparison.Ordinal);
        Assert.True(Shown(session, 10)["text/html"].Length < 2048);
    }

    [Fact]
    public async Task The_goods_notebook_reads_the_BACI_sample_with_progress_and_groups_grows_and_measures_it()
    {
        var (_, session) = await Run("goods-trade-baci-sample.ipynb");

        Assert.True(session.Failures.Count == 0, string.Join("\n", session.Failures));
        // A bar a file, each updated in place to its last state (the whole file, every data row); no lines of it.
        Assert.Equal(
            [
                .. Enumerable
                    .Range(2021, 3)
                    .Select(year =>
                        $"BACI_HS22_Y{year}_V202501.csv [████████████████████] 100% · 361 rows"
                    ),
            ],
            session
                .Outputs.Where(o => o.Cell == 1 && o.Kind == "display_data")
                .Select(o => o.Formats["text/plain"])
        );
        Assert.DoesNotContain(session.Outputs, o => o.Cell == 1 && o.Kind == "stream");
        Assert.Contains("flows · HS 2022 · USD", Text(session, 1), StringComparison.Ordinal);
        Assert.Contains(
            "cells by Year, Category (level 2)",
            Text(session, 2),
            StringComparison.Ordinal
        );
        Assert.StartsWith("Growth", Text(session, 3), StringComparison.Ordinal);
        Assert.StartsWith("<svg", Shown(session, 4)["image/svg+xml"], StringComparison.Ordinal);
        Assert.StartsWith("<svg", Shown(session, 5)["image/svg+xml"], StringComparison.Ordinal);
        Assert.StartsWith("Indicator values", Text(session, 6), StringComparison.Ordinal);
        Assert.StartsWith("Indicator values", Text(session, 7), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_release_checking_notebook_finds_the_slip_and_only_the_slip()
    {
        var (_, session) = await Run("checking-a-release.ipynb");

        Assert.StartsWith(
            "All 4 published figures agree with their inputs",
            Text(session, 2),
            StringComparison.Ordinal
        );
        Assert.StartsWith(
            "1 of 3 published figures cannot come from their inputs",
            Text(session, 3),
            StringComparison.Ordinal
        );
        Assert.Contains("growth 14.9%", Text(session, 3), StringComparison.Ordinal);
    }

    private async Task<(SavedNotebook Notebook, CSharpSession Session)> Run(string name)
    {
        var folder = Path.Combine(package.RepositoryRoot, "docs", "notebooks");
        var notebook = SavedNotebook.Load(Path.Combine(folder, name));
        var cells = notebook.CodeCells.ToList();
        Assert.Equal(Reference, cells[0].Trim());
        cells[0] = package.ReferenceTo("TradeModel.Interactive");
        // A notebook runs in its own folder (its data/ is beside it); the kernel tests run one at a time.
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(folder);
        try
        {
            return (notebook, await CSharpSession.Run(cells));
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    private static IReadOnlyDictionary<string, string> Shown(CSharpSession session, int cell) =>
        session.Outputs.Last(o => o.Cell == cell && o.Kind != "stream").Formats;

    private static string Text(CSharpSession session, int cell) =>
        Shown(session, cell)["text/plain"];

    private static bool Same(IReadOnlyList<CellOutput> saved, List<CellOutput> fresh) =>
        saved.Count == fresh.Count
        && saved
            .Zip(fresh)
            .All(p =>
                p.First.Cell == p.Second.Cell
                && p.First.Kind == p.Second.Kind
                && p.First.Formats.Count == p.Second.Formats.Count
                && p.First.Formats.All(f =>
                    p.Second.Formats.TryGetValue(f.Key, out var v) && v == f.Value
                )
            );
}
