using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace TradeModel.Notebooks.Tests;

/// <summary>
/// The notebooks in docs/notebooks run as a notebook user runs them: <c>#r "nuget: TradeModel"</c> in a C# kernel.
/// The library is packed under a unique prerelease version into a temporary feed (a re-pack under one version would
/// be picked up stale from the NuGet cache), and the notebook's <c>#r</c> is pinned to it.
/// </summary>
public sealed class NotebookTests
{
    [Fact]
    public async Task The_services_trade_notebook_runs_from_the_NuGet_package_and_reproduces_the_published_figures()
    {
        var root = RepositoryRoot();
        var (feed, version) = await PackLibrary(root);
        using var deleteFeed = new DeleteOnDispose(feed);
        var cells = CodeCells(
            Path.Combine(root, "docs", "notebooks", "china-services-trade-2024.ipynb")
        );
        Assert.Equal("#r \"nuget: TradeModel\"", cells[0].Trim());
        cells[0] = $"#i \"nuget: {feed}\"\n#r \"nuget: TradeModel, {version}\"";

        var (failures, values) = await Run(cells);

        Assert.Empty(failures);
        Assert.Equal(
            [
                "CNY 7,523.8 billion",
                "14.4%",
                "CNY 1,172.68 billion; decrease consistent: True; implied range [27.15, 32.90]",
                "27.3%",
                "USD 1,056.5 billion",
            ],
            values
        );
    }

    private static async Task<(List<string> Failures, List<string> Values)> Run(
        IEnumerable<string> cells
    )
    {
        using var kernel = new CSharpKernel().UseNugetDirective(
            (k, references) =>
            {
                k.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
                return Task.CompletedTask;
            }
        );
        var failures = new List<string>();
        var values = new List<string>();
        foreach (var cell in cells)
        {
            var result = await kernel.SendAsync(
                new SubmitCode(cell),
                TestContext.Current.CancellationToken
            );
            failures.AddRange(
                result.Events.OfType<CommandFailed>().Select(f => $"{f.Message} in:\n{cell}")
            );
            values.AddRange(
                result
                    .Events.OfType<ReturnValueProduced>()
                    .Select(r => r.Value?.ToString() ?? "null")
            );
        }
        return (failures, values);
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

    private static async Task<(string Feed, string Version)> PackLibrary(string root)
    {
        var feed = Directory.CreateTempSubdirectory("trademodel-feed-").FullName;
        var suffix =
            "notebook"
            + DateTime.UtcNow.ToString(
                "yyyyMMddHHmmssfff",
                System.Globalization.CultureInfo.InvariantCulture
            );
        var configuration =
            typeof(NotebookTests)
                .Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()
                ?.Configuration
            ?? "Debug";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (
            var argument in new[]
            {
                "pack",
                Path.Combine("src", "TradeModel", "TradeModel.csproj"),
                "-c",
                configuration,
                "--no-build",
                "-o",
                feed,
                "--version-suffix",
                suffix,
            }
        )
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(
            TestContext.Current.CancellationToken
        );
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(
            process.ExitCode == 0,
            "dotnet pack failed:\n"
                + output
                + await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken)
        );
        var package = Path.GetFileNameWithoutExtension(
            Assert.Single(Directory.GetFiles(feed, "TradeModel.*.nupkg"))
        );
        return (feed, package["TradeModel.".Length..]);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (
            directory is not null
            && !File.Exists(Path.Combine(directory.FullName, "TradeModel.sln"))
        )
        {
            directory = directory.Parent;
        }
        return directory?.FullName
            ?? throw new InvalidOperationException(
                "TradeModel.sln not found above " + AppContext.BaseDirectory
            );
    }

    /// <summary>Deletes a temporary directory when the test ends.</summary>
    private sealed class DeleteOnDispose(string path) : IDisposable
    {
        public void Dispose() => Directory.Delete(path, recursive: true);
    }
}
