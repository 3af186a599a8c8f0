using System.Text.RegularExpressions;

namespace TradeModel.Notebooks.Tests;

/// <summary>
/// The C# samples of the docs articles run, in order, one notebook session per article, against the packed packages
/// (in the docs folder, so that they find the notebooks' sample data), and print what their comments say:
/// <c>Console.WriteLine(x); // text</c> promises that line. A block that cannot run here (it needs a large dataset, or
/// shows a fragment) is marked by a line <c>&lt;!-- illustration: why --&gt;</c> just before it.
/// </summary>
[Collection(KernelTests.Name)]
public sealed partial class ArticleSampleTests(LocalPackage package)
{
    private const string PrintCall = "Console.WriteLine(";

    public static TheoryData<string> Articles() =>
        new(
            Directory
                .GetFiles(Path.Combine(LocalPackage.FindRepositoryRoot(), "docs"), "*.md")
                .Select(Path.GetFileName)
                .Where(name =>
                    Blocks(
                        File.ReadAllText(
                            Path.Combine(LocalPackage.FindRepositoryRoot(), "docs", name!)
                        )
                    ).Count > 0
                )
                .Order(StringComparer.Ordinal)!
        );

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task The_article_samples_run_from_the_packages_and_print_what_their_comments_say(
        string article
    )
    {
        var folder = Path.Combine(package.RepositoryRoot, "docs");
        var blocks = Blocks(File.ReadAllText(Path.Combine(folder, article)));
        var promised = blocks
            .SelectMany(b => b.Split('\n'))
            .Select(line => line.Trim())
            .Where(line => line.StartsWith(PrintCall, StringComparison.Ordinal))
            .Select(line =>
            {
                var comment = line.LastIndexOf("// ", StringComparison.Ordinal);
                Assert.True(comment > 0, $"{article}: '{line}' does not say what it prints.");
                return line[(comment + 3)..].Trim();
            })
            .ToList();

        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(folder);
        CSharpSession session;
        try
        {
            session = await CSharpSession.Run([
                package.ReferenceTo("TradeModel.Interactive"),
                // The engine over Parquet is a package of its own, referenced as a notebook user would.
                package.ReferenceTo("TradeModel.DuckDb"),
                .. blocks,
            ]);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }

        Assert.True(session.Failures.Count == 0, string.Join("\n", session.Failures));
        Assert.True(
            promised.SequenceEqual(session.Output),
            $"{article} promises:\n{string.Join("\n", promised)}\nbut prints:\n{string.Join("\n", session.Output)}"
        );
    }

    /// <summary>The ```csharp blocks of an article that are not marked as illustrations.</summary>
    private static List<string> Blocks(string markdown) =>
        [
            .. Block()
                .Matches(markdown.ReplaceLineEndings("\n"))
                .Where(m => !m.Groups["illustration"].Success)
                .Select(m => m.Groups["code"].Value),
        ];

    [GeneratedRegex(
        @"(?<illustration><!-- illustration:[^\n]*-->\n)?```csharp\n(?<code>.*?)\n```",
        RegexOptions.Singleline
    )]
    private static partial Regex Block();
}
