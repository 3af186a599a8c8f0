using System.Text.RegularExpressions;
using ArchUnitNET.Loader;

namespace TradeModel.Data.Tests.Architecture;

/// <summary>
/// The data package's shape: a namespace per folder; the formats (BACI, UN Comtrade, SDMX, mapped CSV, Parquet,
/// reference tables) stand side by side, each using only the reading model (<c>TradeModel.Data</c>), the readers'
/// plumbing (<c>TradeModel.Data.Internal</c>) and the core, never another format; and the core never uses the package.
/// </summary>
public sealed partial class DataLayeringTests
{
    private static readonly Dictionary<string, string> NamespaceOfFolder = new()
    {
        ["Reading"] = "TradeModel.Data",
        ["Internal"] = "TradeModel.Data.Internal",
        ["Rows"] = "TradeModel.Data.Rows",
        ["Baci"] = "TradeModel.Data.Baci",
        ["Comtrade"] = "TradeModel.Data.Comtrade",
        ["Sdmx"] = "TradeModel.Data.Sdmx",
        ["Mapped"] = "TradeModel.Data.Mapped",
        ["Parquet"] = "TradeModel.Data.Parquet",
        ["Reference"] = "TradeModel.Data.Reference",
        ["Export"] = "TradeModel.Data.Export",
    };

    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Package = new(() =>
        new ArchLoader().LoadAssemblies(typeof(ReadReport).Assembly, typeof(Money).Assembly).Build()
    );

    private static string SourceFolder =>
        Path.GetFullPath(
            Path.Combine(
                typeof(DataLayeringTests)
                    .Assembly.GetCustomAttributes(
                        typeof(System.Reflection.AssemblyMetadataAttribute),
                        false
                    )
                    .Cast<System.Reflection.AssemblyMetadataAttribute>()
                    .Single(a => a.Key == "TestProjectDirectory")
                    .Value!,
                "..",
                "..",
                "src",
                "TradeModel.Data"
            )
        );

    /// <summary>The readers' plumbing (sources, counting streams) and the row pieces every format shares.</summary>
    private static bool IsPlumbing(string ns) =>
        ns is "TradeModel.Data.Internal" or "TradeModel.Data.Rows";

    [Fact]
    public void No_format_uses_another_format()
    {
        var formats = NamespaceOfFolder
            .Values.Where(n => n.Count(c => c == '.') == 2 && !IsPlumbing(n))
            .ToHashSet();
        var crossings = References()
            .Where(r => formats.Contains(r.From) && formats.Contains(r.To))
            .Select(r => $"{r.From} -> {r.To}: {r.Evidence}")
            .Distinct()
            .ToList();

        Assert.True(crossings.Count == 0, string.Join("\n", crossings));
    }

    [Fact]
    public void The_reading_model_and_the_plumbing_use_no_format()
    {
        var formats = NamespaceOfFolder
            .Values.Where(n => n.Count(c => c == '.') == 2 && !IsPlumbing(n))
            .ToHashSet();
        var upward = References()
            .Where(r =>
                (r.From == "TradeModel.Data" || IsPlumbing(r.From)) && formats.Contains(r.To)
            )
            .Select(r => r.Evidence)
            .Distinct()
            .ToList();

        Assert.True(upward.Count == 0, string.Join("\n", upward));
    }

    [Fact]
    public void The_core_never_uses_the_data_package()
    {
        var downward = Package
            .Value.Types.Where(t =>
                t.Namespace?.FullName is { } ns
                && ns.StartsWith("TradeModel", StringComparison.Ordinal)
                && !ns.StartsWith("TradeModel.Data", StringComparison.Ordinal)
            )
            .SelectMany(t =>
                t.Dependencies.Where(d =>
                        d.Target.Namespace?.FullName?.StartsWith(
                            "TradeModel.Data",
                            StringComparison.Ordinal
                        ) == true
                    )
                    .Select(d => $"{t.FullName} uses {d.Target.FullName}")
            )
            .ToList();

        Assert.True(downward.Count == 0, string.Join("\n", downward));
    }

    [Fact]
    public void Every_source_file_declares_the_namespace_of_its_folder()
    {
        Assert.True(Directory.Exists(SourceFolder), SourceFolder);
        var wrong = new List<string>();
        foreach (
            var file in Directory.EnumerateFiles(SourceFolder, "*.cs", SearchOption.AllDirectories)
        )
        {
            var relative = Path.GetRelativePath(SourceFolder, file);
            if (
                relative.StartsWith("obj", StringComparison.Ordinal)
                || relative.StartsWith("bin", StringComparison.Ordinal)
            )
            {
                continue;
            }
            var folder = relative.Split(Path.DirectorySeparatorChar)[0];
            var declared = Namespace().Match(File.ReadAllText(file)).Groups[1].Value;
            if (!NamespaceOfFolder.TryGetValue(folder, out var expected) || declared != expected)
            {
                wrong.Add($"{relative}: namespace {declared}, folder {folder}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static IEnumerable<(string From, string To, string Evidence)> References()
    {
        foreach (var type in Package.Value.Types)
        {
            var from = type.Namespace?.FullName ?? "";
            if (!from.StartsWith("TradeModel.Data", StringComparison.Ordinal))
            {
                continue;
            }
            foreach (var dependency in type.Dependencies)
            {
                var to = dependency.Target.Namespace?.FullName ?? "";
                if (to.StartsWith("TradeModel.Data", StringComparison.Ordinal) && to != from)
                {
                    yield return (from, to, $"{type.FullName} uses {dependency.Target.FullName}");
                }
            }
        }
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Namespace();
}
