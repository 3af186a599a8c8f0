using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TradeModel.Notebooks.Tests;

/// <summary>
/// Compiles one C# block of an article as a reader who pastes it into a console app's Program.cs would have it: with the
/// <c>using</c> lines the block shows (and .NET's implicit usings), and the variables the article's blocks before it declared, given here with
/// their full type names so that they bring no namespace along. A type, static class or extension method the block
/// uses without showing its <c>using</c> is then a compile error.
/// </summary>
internal sealed partial class BlockCompiler
{
    /// <summary>The usings of <c>dotnet new console</c> (ImplicitUsings), which a pasted sample may rely on.</summary>
    internal const string ImplicitUsings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        """;

    private static readonly CSharpParseOptions Script = CSharpParseOptions.Default.WithKind(
        SourceCodeKind.Script
    );

    private readonly List<MetadataReference> references;

    /// <summary>A compiler over .NET's own assemblies and the assemblies the packages brought.</summary>
    internal BlockCompiler(IEnumerable<string> packageAssemblies)
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        references =
        [
            .. Directory
                .GetFiles(framework, "*.dll")
                .Where(IsManaged)
                .Select(p => MetadataReference.CreateFromFile(p)),
            .. packageAssemblies
                .Distinct(StringComparer.Ordinal)
                .Select(p => MetadataReference.CreateFromFile(p)),
        ];
    }

    /// <summary>The compile errors of <paramref name="block"/> after <paramref name="before"/> (blocks that ran).</summary>
    internal IReadOnlyList<string> Errors(IReadOnlyList<string> before, string block)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        CSharpCompilation? previous = null;
        foreach (var (i, earlier) in before.Index())
        {
            previous = Submission($"before{i}", earlier, previous);
            foreach (var field in previous.ScriptClass!.GetMembers().OfType<IFieldSymbol>())
            {
                if (!field.IsImplicitlyDeclared && field.CanBeReferencedByName)
                {
                    variables[field.Name] = field.Type.ToDisplayString(
                        SymbolDisplayFormat.FullyQualifiedFormat
                    );
                }
            }
        }
        var lines = block.Split('\n');
        var usings = lines.TakeWhile(l => IsUsing(l) || l.Trim().Length == 0).ToList();
        var prelude = variables.Select(v => $"{v.Value} {v.Key} = default!;");
        var text = string.Join(
            '\n',
            [ImplicitUsings, .. usings, .. prelude, .. lines.Skip(usings.Count)]
        );
        // A console app's top-level statements, as the reader's Program.cs would have them.
        var alone = CSharpCompilation.Create(
            "block",
            [CSharpSyntaxTree.ParseText(text, CSharpParseOptions.Default)],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication)
        );
        return
        [
            .. alone
                .GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => d.ToString()),
        ];
    }

    private CSharpCompilation Submission(string name, string code, CSharpCompilation? previous) =>
        CSharpCompilation.CreateScriptCompilation(
            name,
            CSharpSyntaxTree.ParseText(ImplicitUsings + "\n" + code, Script),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            previous
        );

    /// <summary>Whether a line is a <c>using</c> directive (of a namespace, a static class or an alias).</summary>
    internal static bool IsUsing(string line) => UsingDirective().IsMatch(line);

    private static bool IsManaged(string path)
    {
        try
        {
            _ = System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^using (static )?[A-Za-z_][A-Za-z0-9_.]*( = [A-Za-z0-9_.<>]+)?;\s*$")]
    private static partial Regex UsingDirective();
}
