using System.Text.RegularExpressions;

namespace TradeModel.Notebooks.Tests;

/// <summary>
/// Every C# sample of the READMEs (the repository's and each package's, shown on its package page) compiles on its own
/// against the packed packages with the <c>using</c> lines it shows, as a new console app has them (with .NET's
/// implicit usings): a reader who pastes one sample, and only that one, gets code that builds. The samples read files
/// the reader has, so they are compiled here, not run (the quick starts also run; see <see cref="ReadmeQuickStartTests"/>).
/// </summary>
[Collection(KernelTests.Name)]
public sealed partial class ReadmeSampleTests(LocalPackage package)
{
    private static readonly string[] Readmes =
    [
        "README.md",
        "src/TradeModel/README.md",
        "src/TradeModel.Data/README.md",
        "src/TradeModel.DuckDb/README.md",
        "src/TradeModel.Interactive/README.md",
        "src/TradeModel.Sources/README.md",
        "src/TradeModel.Orleans/README.md",
    ];

    public static TheoryData<string, int> Samples()
    {
        var samples = new TheoryData<string, int>();
        foreach (var readme in Readmes)
        {
            var count = Blocks(
                File.ReadAllText(Path.Combine(LocalPackage.FindRepositoryRoot(), readme))
            ).Count;
            for (var i = 0; i < count; i++)
            {
                samples.Add(readme, i);
            }
        }
        return samples;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Each_README_sample_compiles_on_its_own_with_the_usings_it_shows(
        string readme,
        int index
    )
    {
        var block = Blocks(File.ReadAllText(Path.Combine(package.RepositoryRoot, readme)))[index];
        var lines = block.Split('\n');
        var usings = lines
            .TakeWhile(l => BlockCompiler.IsUsing(l) || l.Trim().Length == 0)
            .ToList();
        var body = lines.Skip(usings.Count);
        // Compiled inside a method that is never called: the sample's files need not exist here.
        var cell =
            $"{BlockCompiler.ImplicitUsings}\n{string.Join('\n', usings)}\n"
            + $"async Task PastedSample()\n{{\n{string.Join('\n', body)}\n}}";

        var session = await CSharpSession.Run([
            package.ReferenceTo("TradeModel.Interactive"),
            package.ReferenceTo("TradeModel.DuckDb"),
            package.ReferenceTo("TradeModel.Sources"),
            package.ReferenceTo("TradeModel.Orleans"),
            cell,
        ]);

        Assert.True(
            session.Failures.Count == 0,
            $"{readme}, sample {index + 1}:\n{string.Join("\n", session.Failures)}"
        );
    }

    [Fact]
    public void Every_README_has_its_samples_found()
    {
        Assert.True(Samples().Count >= 5);
    }

    private static List<string> Blocks(string markdown) =>
        [
            .. CSharpBlock()
                .Matches(markdown.ReplaceLineEndings("\n"))
                .Select(m => m.Groups["code"].Value),
        ];

    [GeneratedRegex(@"```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
