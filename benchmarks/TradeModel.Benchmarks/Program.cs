using BenchmarkDotNet.Running;

namespace TradeModel.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, e.g. <c>--filter '*Money*' --job short</c>; or, with
/// <c>summarize OUT.md CLASS RUN…</c>, writes the summary of several runs' reports (<see cref="Summary.BenchmarkSummary"/>).
/// </summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    /// <param name="args">BenchmarkDotNet's command-line arguments, or <c>summarize</c> and its own.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "summarize")
        {
            return Summary.BenchmarkSummary.Run(args[1..]);
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
