namespace TradeModel.Notebooks.Tests;

/// <summary>
/// The quick starts of the repository's README.md and of the package's README (shown on the package page) run as
/// written against the package, and print what their comments say: a reader who copies one gets exactly what the page
/// promises.
/// </summary>
[Collection(KernelTests.Name)]
public sealed class ReadmeQuickStartTests(LocalPackage package)
{
    private const string PrintCall = "Console.WriteLine(";

    public static TheoryData<string> Readmes() => new("README.md", "src/TradeModel/README.md");

    private string QuickStart(string readmePath)
    {
        var readme = File.ReadAllText(Path.Combine(package.RepositoryRoot, readmePath))
            .ReplaceLineEndings("\n");
        var section = readme.IndexOf("\n## Quick start\n", StringComparison.Ordinal);
        Assert.True(section >= 0, $"{readmePath} has no '## Quick start' section.");
        var start = readme.IndexOf("```csharp\n", section, StringComparison.Ordinal);
        Assert.True(start >= 0, "The quick start has no ```csharp block.");
        start += "```csharp\n".Length;
        var end = readme.IndexOf("\n```", start, StringComparison.Ordinal);
        return readme[start..end];
    }

    [Theory]
    [MemberData(nameof(Readmes))]
    public async Task The_quick_start_runs_from_the_package_and_prints_what_its_comments_say(
        string readmePath
    )
    {
        var code = QuickStart(readmePath);
        var promised = code.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith(PrintCall, StringComparison.Ordinal))
            .Select(line => line[(line.LastIndexOf("//", StringComparison.Ordinal) + 2)..].Trim())
            .ToList();
        Assert.NotEmpty(promised);

        var session = await CSharpSession.Run([package.Reference, code]);

        Assert.Empty(session.Failures);
        Assert.Equal(promised, session.Output);
    }
}
