using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace TradeModel.Notebooks.Tests;

/// <summary>What running some C# cells in a fresh notebook kernel produced.</summary>
/// <param name="Failures">Every failed cell, with its message and code.</param>
/// <param name="Values">The value each cell ended with (its last expression), in order.</param>
/// <param name="Output">The lines written to the console, in order.</param>
/// <param name="Displays">Each value the cells showed (returned or displayed): the cell's index and the value by MIME type, as a notebook saves it.</param>
internal sealed record CSharpSession(
    IReadOnlyList<string> Failures,
    IReadOnlyList<string> Values,
    IReadOnlyList<string> Output,
    IReadOnlyList<(int Cell, IReadOnlyDictionary<string, string> Formats)> Displays
)
{
    /// <summary>Runs cells, one submission each, in a C# kernel that understands <c>#r "nuget: …"</c>.</summary>
    public static async Task<CSharpSession> Run(IEnumerable<string> cells)
    {
        using var csharp = new CSharpKernel().UseNugetDirective(
            async (k, references) =>
            {
                k.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
                NativeLibraries.Probe(references.SelectMany(r => r.ProbingPaths));
                // What dotnet-interactive does after #r: run each package's interactive-extensions/dotnet/extension.dib.
                foreach (var reference in references)
                {
                    var extension = new FileInfo(
                        Path.Combine(
                            reference.PackageRoot,
                            "interactive-extensions",
                            "dotnet",
                            "extension.dib"
                        )
                    );
                    if (extension.Exists)
                    {
                        await k.RootKernel.LoadAndRunInteractiveDocument(extension);
                    }
                }
            }
        );
        // A notebook's kernels sit in a composite kernel, which runs the extension documents.
        using var kernel = new CompositeKernel { csharp };
        kernel.DefaultKernelName = csharp.Name;
        var failures = new List<string>();
        var values = new List<string>();
        var output = new List<string>();
        var displays = new List<(int, IReadOnlyDictionary<string, string>)>();
        var index = -1;
        foreach (var cell in cells)
        {
            index++;
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
            displays.AddRange(
                result
                    .Events.OfType<DisplayEvent>()
                    .Where(e => e is ReturnValueProduced or DisplayedValueProduced)
                    .Select(e =>
                        (
                            index,
                            (IReadOnlyDictionary<string, string>)
                                e.FormattedValues.ToDictionary(v => v.MimeType, v => v.Value)
                        )
                    )
            );
            output.AddRange(
                result
                    .Events.OfType<StandardOutputValueProduced>()
                    .SelectMany(o => o.FormattedValues.Take(1))
                    .SelectMany(v => v.Value.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                    .Select(line => line.TrimEnd('\r'))
            );
        }
        return new CSharpSession(failures, values, output, displays);
    }
}
