using System.Text.RegularExpressions;

namespace TradeModel.Notebooks.Tests;

/// <summary>
/// The C# samples of the docs articles run, in order, one notebook session per article, against the packed packages
/// (in the docs folder, so that they find the notebooks' sample data), and print what their comments say:
/// <c>Console.WriteLine(x); // text</c> promises that line. Each block also compiles on its own with the <c>using</c>
/// lines it shows, given the variables of the blocks before it, as a reader who pastes it has it. A block that cannot
/// run here (it needs a large dataset) is marked by a line <c>&lt;!-- illustration: why --&gt;</c> just before it, and
/// is compiled but not run; a part of a larger program, by <c>&lt;!-- fragment: why --&gt;</c>, and is neither.
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
                    AllBlocks(
                            File.ReadAllText(
                                Path.Combine(LocalPackage.FindRepositoryRoot(), "docs", name!)
                            )
                        )
                        .Any(b => b.Kind != Fragment)
                )
                .Order(StringComparer.Ordinal)!
        );

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task The_article_samples_run_from_the_packages_print_what_their_comments_say_and_each_compiles_with_the_usings_it_shows(
        string article
    )
    {
        var folder = Path.Combine(package.RepositoryRoot, "docs");
        var all = AllBlocks(File.ReadAllText(Path.Combine(folder, article)));
        var blocks = all.Where(b => b.Kind == Run).Select(b => b.Code).ToList();
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
                package.ReferenceTo("TradeModel.Sources"),
                package.ReferenceTo("TradeModel.Orleans"),
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

        var compiler = new BlockCompiler(session.References);
        var ran = new List<string>();
        foreach (var (i, block) in all.Index())
        {
            if (block.Kind != Fragment)
            {
                var errors = compiler.Errors(ran, block.Code);
                Assert.True(
                    errors.Count == 0,
                    $"{article}, block {i + 1}, pasted with the usings it shows:\n{string.Join("\n", errors)}"
                );
            }
            if (block.Kind == Run)
            {
                ran.Add(block.Code);
            }
        }
    }

    private const string Run = "run";
    private const string Fragment = "fragment";

    /// <summary>Every ```csharp block of an article, with its kind: run, illustration or fragment.</summary>
    private static List<(string Code, string Kind)> AllBlocks(string markdown) =>
        [
            .. Block()
                .Matches(markdown.ReplaceLineEndings("\n"))
                .Select(m =>
                    (
                        m.Groups["code"].Value,
                        m.Groups["kind"].Success ? m.Groups["kind"].Value : Run
                    )
                ),
        ];

    [GeneratedRegex(
        @"(?:<!-- (?<kind>illustration|fragment):[^\n]*-->\n)?```csharp\n(?<code>.*?)\n```",
        RegexOptions.Singleline
    )]
    private static partial Regex Block();
}
