using System.Text.Json;

namespace TradeModel.Notebooks.Tests;

/// <summary>
/// The notebooks in docs/notebooks run as a notebook user runs them: <c>#r "nuget: TradeModel"</c> in a C# kernel,
/// pinned to the freshly packed package.
/// </summary>
[Collection(KernelTests.Name)]
public sealed class NotebookTests(LocalPackage package)
{
    [Fact]
    public async Task The_services_trade_notebook_runs_from_the_NuGet_package_and_reproduces_the_published_figures()
    {
        var cells = CodeCells(
            Path.Combine(
                package.RepositoryRoot,
                "docs",
                "notebooks",
                "china-services-trade-2024.ipynb"
            )
        );
        Assert.Equal("#r \"nuget: TradeModel\"", cells[0].Trim());
        cells[0] = package.Reference;

        var session = await CSharpSession.Run(cells);

        Assert.Empty(session.Failures);
        Assert.Equal(
            [
                "CNY 7,523.8 billion",
                "14.4%",
                "CNY 1,172.68 billion; decrease consistent: True; implied range [27.15, 32.90]",
                "27.3%",
                "USD 1,056.5 billion",
            ],
            session.Values
        );
    }

    private static List<string> CodeCells(string path)
    {
        using var notebook = JsonDocument.Parse(File.ReadAllText(path));
        return
        [
            .. notebook
                .RootElement.GetProperty("cells")
                .EnumerateArray()
                .Where(c => c.GetProperty("cell_type").GetString() == "code")
                .Select(c =>
                    string.Concat(
                        c.GetProperty("source").EnumerateArray().Select(line => line.GetString())
                    )
                ),
        ];
    }
}
