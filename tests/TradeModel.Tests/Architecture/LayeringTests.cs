using System.Text.RegularExpressions;
using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using TradeModel.Tests.Support;

namespace TradeModel.Tests.Architecture;

/// <summary>
/// The layers of the core package (docs/architecture.md), read from the compiled assembly: every reference a type
/// makes, in signatures, attributes and method bodies, goes to its own layer or one below it. The layers, bottom-up,
/// and what each may use besides itself are listed once, here and in docs/architecture.md.
/// </summary>
public sealed partial class LayeringTests
{
    /// <summary>Each namespace and the namespaces it may use.</summary>
    internal static readonly Dictionary<string, string[]> MayUse = new()
    {
        ["TradeModel.Internal"] = [],
        ["TradeModel"] = ["TradeModel.Internal"],
        ["TradeModel.Rates"] = ["TradeModel", "TradeModel.Internal"],
        ["TradeModel.Economies"] = ["TradeModel", "TradeModel.Internal"],
        ["TradeModel.Classifications"] = ["TradeModel", "TradeModel.Internal"],
        ["TradeModel.Flows"] =
        [
            "TradeModel",
            "TradeModel.Internal",
            "TradeModel.Rates",
            "TradeModel.Economies",
            "TradeModel.Classifications",
        ],
        ["TradeModel.Releases"] =
        [
            "TradeModel",
            "TradeModel.Internal",
            "TradeModel.Rates",
            "TradeModel.Economies",
            "TradeModel.Classifications",
            "TradeModel.Flows",
        ],
        ["TradeModel.Analysis"] =
        [
            "TradeModel",
            "TradeModel.Internal",
            "TradeModel.Rates",
            "TradeModel.Economies",
            "TradeModel.Classifications",
            "TradeModel.Flows",
            "TradeModel.Releases",
        ],
        ["TradeModel.Statements"] =
        [
            "TradeModel",
            "TradeModel.Internal",
            "TradeModel.Rates",
            "TradeModel.Economies",
            "TradeModel.Classifications",
            "TradeModel.Flows",
            "TradeModel.Releases",
            "TradeModel.Analysis",
        ],
    };

    /// <summary>The folder of src/TradeModel each namespace lives in; the root namespace spans the ground floor.</summary>
    internal static readonly Dictionary<string, string> NamespaceOfFolder = new()
    {
        ["Internal"] = "TradeModel.Internal",
        ["Currencies"] = "TradeModel",
        ["Money"] = "TradeModel",
        ["Periods"] = "TradeModel",
        ["Figures"] = "TradeModel",
        ["Rates"] = "TradeModel.Rates",
        ["Economies"] = "TradeModel.Economies",
        ["Classifications"] = "TradeModel.Classifications",
        ["Flows"] = "TradeModel.Flows",
        ["Releases"] = "TradeModel.Releases",
        ["Analysis"] = "TradeModel.Analysis",
        ["Statements"] = "TradeModel.Statements",
    };

    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Core = new(() =>
        new ArchLoader().LoadAssemblies(typeof(Money).Assembly).Build()
    );

    [Fact]
    public void Every_reference_between_namespaces_goes_down_the_layers()
    {
        var upward = NamespaceReferences()
            .Where(r => !MayUse[r.From].Contains(r.To))
            .Select(r => $"{r.From} -> {r.To}: {r.Evidence}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(
            upward.Count == 0,
            "References up or across the layers:\n" + string.Join("\n", upward)
        );
    }

    [Fact]
    public void Every_namespace_of_the_core_has_a_place_in_the_layers()
    {
        var namespaces = Core
            .Value.Types.Select(t => t.Namespace?.FullName ?? "")
            .Where(IsCore)
            .ToHashSet();

        Assert.Subset(MayUse.Keys.ToHashSet(), namespaces);
    }

    [Fact]
    public void The_layers_form_no_loop()
    {
        // A namespace's rank is one more than the highest rank it may use; a loop would have no rank.
        var rank = new Dictionary<string, int>();
        while (rank.Count < MayUse.Count)
        {
            var next = MayUse.FirstOrDefault(p =>
                !rank.ContainsKey(p.Key) && p.Value.All(rank.ContainsKey)
            );
            Assert.True(
                next.Key is not null,
                "The allowed uses loop: " + string.Join(", ", MayUse.Keys.Except(rank.Keys))
            );
            rank[next.Key] = next.Value.Length == 0 ? 0 : next.Value.Max(n => rank[n]) + 1;
        }
        Assert.Equal(0, rank["TradeModel.Internal"]);
        Assert.Equal(rank.Values.Max(), rank["TradeModel.Statements"]);
    }

    [Fact]
    public void Internal_helpers_know_nothing_of_the_domain()
    {
        var domain = NamespaceReferences().Where(r => r.From == "TradeModel.Internal").ToList();

        Assert.True(domain.Count == 0, string.Join("\n", domain.Select(r => r.Evidence)));
    }

    [Fact]
    public void Every_source_file_declares_the_namespace_of_its_folder()
    {
        var wrong = new List<string>();
        foreach (var file in SourceFiles())
        {
            var folder = Path.GetRelativePath(RepositoryFiles.CoreSource, file)
                .Split(Path.DirectorySeparatorChar)[0];
            var declared = NamespaceDeclaration().Match(File.ReadAllText(file)).Groups[1].Value;
            if (!NamespaceOfFolder.TryGetValue(folder, out var expected) || declared != expected)
            {
                wrong.Add(
                    $"{Path.GetRelativePath(RepositoryFiles.CoreSource, file)}: namespace {declared}, folder {folder} ({expected ?? "not a known folder: add it to NamespaceOfFolder and docs/architecture.md"})"
                );
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Each_namespace_lives_in_one_folder_except_the_ground_floor()
    {
        var spread = NamespaceOfFolder
            .GroupBy(p => p.Value)
            .Where(g => g.Key != "TradeModel" && g.Count() > 1)
            .Select(g => g.Key);

        Assert.Empty(spread);
    }

    [Fact]
    public void The_architecture_article_names_every_folder_and_layer()
    {
        var article = File.ReadAllText(
            Path.Combine(RepositoryFiles.Root, "docs", "architecture.md")
        );

        Assert.All(
            NamespaceOfFolder.Keys,
            folder => Assert.Contains($"`{folder}/`", article, StringComparison.Ordinal)
        );
        Assert.All(
            MayUse.Keys,
            ns => Assert.Contains($"`{ns}`", article, StringComparison.Ordinal)
        );
    }

    private static bool IsCore(string ns) =>
        ns == "TradeModel" || ns.StartsWith("TradeModel.", StringComparison.Ordinal);

    private static IEnumerable<(string From, string To, string Evidence)> NamespaceReferences()
    {
        foreach (var type in Core.Value.Types)
        {
            var from = type.Namespace?.FullName ?? "";
            if (!IsCore(from))
            {
                continue;
            }
            foreach (var dependency in type.Dependencies)
            {
                var to = dependency.Target.Namespace?.FullName ?? "";
                if (IsCore(to) && to != from)
                {
                    yield return (from, to, $"{type.FullName} uses {dependency.Target.FullName}");
                }
            }
        }
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory
            .EnumerateFiles(RepositoryFiles.CoreSource, "*.cs", SearchOption.AllDirectories)
            .Where(f =>
                !f.Contains(
                    $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}",
                    StringComparison.Ordinal
                )
                && !f.Contains(
                    $"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}",
                    StringComparison.Ordinal
                )
            );

    [GeneratedRegex(@"^namespace\s+([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();
}
