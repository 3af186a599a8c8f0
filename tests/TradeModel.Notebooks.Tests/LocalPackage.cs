using System.Diagnostics;
using System.Globalization;
using System.Reflection;

[assembly: AssemblyFixture(typeof(TradeModel.Notebooks.Tests.LocalPackage))]

namespace TradeModel.Notebooks.Tests;

/// <summary>
/// The library packed once per test run under a unique prerelease version into a temporary feed (a re-pack under
/// one version would be picked up stale from the NuGet cache). Code run through it loads the package exactly as a
/// notebook user does: <c>#r "nuget: TradeModel"</c>.
/// </summary>
public sealed class LocalPackage : IAsyncLifetime
{
    /// <summary>The temporary feed holding the package.</summary>
    public string Feed { get; private set; } = "";

    /// <summary>The package's version, e.g. 0.1.0-notebook20261128120000000.</summary>
    public string Version { get; private set; } = "";

    /// <summary>The directory holding TradeModel.sln.</summary>
    public string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The kernel directives that load this package instead of one from nuget.org.</summary>
    public string Reference => $"#i \"nuget: {Feed}\"\n#r \"nuget: TradeModel, {Version}\"";

    public async ValueTask InitializeAsync()
    {
        Feed = Directory.CreateTempSubdirectory("trademodel-feed-").FullName;
        var suffix =
            "notebook"
            + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var configuration =
            typeof(LocalPackage)
                .Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()
                ?.Configuration
            ?? "Debug";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot,
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
                Feed,
                "--version-suffix",
                suffix,
            }
        )
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack failed:\n{output}{errors}");
        }
        var package = Path.GetFileNameWithoutExtension(
            Directory.GetFiles(Feed, "TradeModel.*.nupkg").Single()
        );
        Version = package["TradeModel.".Length..];
    }

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(Feed))
        {
            Directory.Delete(Feed, recursive: true);
        }
        return ValueTask.CompletedTask;
    }

    private static string FindRepositoryRoot()
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
}
