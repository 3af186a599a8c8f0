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
internal sealed record CSharpSession(
    IReadOnlyList<string> Failures,
    IReadOnlyList<string> Values,
    IReadOnlyList<string> Output
)
{
    /// <summary>Runs cells, one submission each, in a C# kernel that understands <c>#r "nuget: …"</c>.</summary>
    public static async Task<CSharpSession> Run(IEnumerable<string> cells)
    {
        using var kernel = new CSharpKernel().UseNugetDirective(
            (k, references) =>
            {
                k.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
                return Task.CompletedTask;
            }
        );
        var failures = new List<string>();
        var values = new List<string>();
        var output = new List<string>();
        foreach (var cell in cells)
        {
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
            output.AddRange(
                result
                    .Events.OfType<StandardOutputValueProduced>()
                    .SelectMany(o => o.FormattedValues.Take(1))
                    .SelectMany(v => v.Value.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                    .Select(line => line.TrimEnd('\r'))
            );
        }
        return new CSharpSession(failures, values, output);
    }
}
