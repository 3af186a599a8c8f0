using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace TradeModel.Notebooks.Tests;

/// <summary>What running some C# cells in a fresh notebook kernel produced.</summary>
/// <param name="Failures">Every failed cell, with its message and code.</param>
/// <param name="Values">The value each cell ended with (its last expression), in order, as its ToString.</param>
/// <param name="Output">The lines written to the console, in order.</param>
/// <param name="Outputs">Every output as a notebook saves it, in order; an updated display keeps its place with its last value.</param>
/// <param name="References">The assemblies <c>#r "nuget: …"</c> gave the kernel: the packages and their dependencies.</param>
internal sealed record CSharpSession(
    IReadOnlyList<string> Failures,
    IReadOnlyList<string> Values,
    IReadOnlyList<string> Output,
    IReadOnlyList<CellOutput> Outputs,
    IReadOnlyList<string> References
)
{
    /// <summary>
    /// Runs cells, one submission each, in a C# kernel inside a composite kernel, as a notebook has them: <c>#r "nuget: …"</c>
    /// restores packages, finds their native libraries and runs their kernel extensions, as dotnet-interactive does.
    /// </summary>
    public static async Task<CSharpSession> Run(IEnumerable<string> cells)
    {
        var referenced = new List<string>();
        using var csharp = new CSharpKernel().UseNugetDirective(
            async (k, references) =>
            {
                referenced.AddRange(references.SelectMany(r => r.AssemblyPaths));
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
        var outputs = new List<CellOutput>();
        var ids = new Dictionary<string, int>();
        var index = -1;
        foreach (var cell in cells)
        {
            index++;
            var result = await kernel.SendAsync(
                new SubmitCode(cell),
                TestContext.Current.CancellationToken
            );
            foreach (var e in result.Events)
            {
                switch (e)
                {
                    case CommandFailed failed:
                        failures.Add($"{failed.Message} in:\n{cell}");
                        break;
                    case StandardOutputValueProduced stdout:
                        Append(outputs, index, stdout.FormattedValues.First().Value);
                        break;
                    case ReturnValueProduced returned:
                        values.Add(returned.Value?.ToString() ?? "null");
                        outputs.Add(new CellOutput(index, "execute_result", Formats(returned)));
                        break;
                    case DisplayedValueUpdated updated
                        when ids.TryGetValue(updated.ValueId, out var at):
                        outputs[at] = outputs[at] with { Formats = Formats(updated) };
                        break;
                    case DisplayedValueProduced displayed:
                        if (displayed.ValueId is { } id)
                        {
                            ids[id] = outputs.Count;
                        }
                        outputs.Add(new CellOutput(index, "display_data", Formats(displayed)));
                        break;
                }
            }
        }
        var output = outputs
            .Where(o => o.Kind == "stream")
            .SelectMany(o =>
                o.Formats["text/plain"].Split('\n', StringSplitOptions.RemoveEmptyEntries)
            )
            .Select(line => line.TrimEnd('\r'))
            .ToList();
        return new CSharpSession(failures, values, output, outputs, referenced);
    }

    /// <summary>Console text joins the cell's last output when that is a stream too, as Jupyter shows it.</summary>
    private static void Append(List<CellOutput> outputs, int cell, string text)
    {
        if (outputs.Count > 0 && outputs[^1] is { Kind: "stream" } last && last.Cell == cell)
        {
            outputs[^1] = last with
            {
                Formats = new Dictionary<string, string>
                {
                    ["text/plain"] = last.Formats["text/plain"] + text,
                },
            };
            return;
        }
        outputs.Add(
            new CellOutput(cell, "stream", new Dictionary<string, string> { ["text/plain"] = text })
        );
    }

    private static Dictionary<string, string> Formats(DisplayEvent e) =>
        e.FormattedValues.ToDictionary(v => v.MimeType, v => v.Value);
}
