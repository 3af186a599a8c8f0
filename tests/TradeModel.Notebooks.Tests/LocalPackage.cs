using System.Diagnostics;
using System.Globalization;
using System.Reflection;

[assembly: AssemblyFixture(typeof(TradeModel.Notebooks.Tests.LocalPackage))]

namespace TradeModel.Notebooks.Tests;

/// <summary>
/// The libraries (core, data, notebook display) packed once per test run under a unique prerelease version into a temporary feed (a re-pack under
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

    /// <summary>The packages packed, each depending on the ones before it.</summary>
    public static readonly string[] Packages =
    [
        "TradeModel",
        "TradeModel.Data",
        "TradeModel.DuckDb",
        "TradeModel.Interactive",
        "TradeModel.Sources",
        "TradeModel.Orleans",
    ];

    /// <summary>The kernel directives that load this package instead of one from nuget.org.</summary>
    public string Reference => ReferenceTo("TradeModel");

    /// <summary>The kernel directives that load one of the packed packages instead of one from nuget.org.</summary>
    public string ReferenceTo(string package) =>
        $"#i \"nuget: {Feed}\"\n#r \"nuget: {package}, {Version}\"";

    /// <summary>Packs the library into a new temporary feed.</summary>
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
        foreach (var project in Packages)
        {
            var (exitCode, output) = await Dotnet(
                "pack",
                Path.Combine("src", project, project + ".csproj"),
                "-c",
                configuration,
                "--no-build",
                "-o",
                Feed,
                "--version-suffix",
                suffix
            );
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"dotnet pack of {project} failed:\n{output}");
            }
        }
        var package = Path.GetFileNameWithoutExtension(
            Directory.GetFiles(Feed, "TradeModel.0*.nupkg").Single()
        );
        Version = package["TradeModel.".Length..];
    }

    /// <summary>
    /// Deletes the feed, and the package's unique version from the NuGet global packages folder, where the kernel's
    /// restore put it (otherwise every run would leave one behind).
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Directory.Exists(Feed))
        {
            Directory.Delete(Feed, recursive: true);
        }
        if (Version.Length == 0)
        {
            return;
        }
        var (_, output) = await Dotnet("nuget", "locals", "global-packages", "--list");
        const string Prefix = "global-packages:";
        var line = output
            .Split('\n')
            .Select(l => l.Trim())
            .FirstOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal));
        if (line is not null)
        {
            foreach (var project in Packages)
            {
                var restored = Path.Combine(
                    line[Prefix.Length..].Trim(),
                    project.ToLowerInvariant(),
                    Version
                );
                if (Directory.Exists(restored))
                {
                    Directory.Delete(restored, recursive: true);
                }
            }
        }
    }

    private async Task<(int ExitCode, string Output)> Dotnet(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    internal static string FindRepositoryRoot()
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
