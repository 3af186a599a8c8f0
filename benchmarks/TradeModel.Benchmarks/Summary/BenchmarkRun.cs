using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeModel.Benchmarks.Summary;

/// <summary>
/// One run of a benchmark class as BenchmarkDotNet exported it: each method's mean (from the CSV report) and the
/// machine's cores (from the GitHub report's header).
/// </summary>
public sealed partial class BenchmarkRun
{
    private BenchmarkRun(
        string name,
        IReadOnlyDictionary<string, (string Category, double Nanoseconds)> means,
        int cores
    )
    {
        Name = name;
        Means = means;
        Cores = cores;
    }

    /// <summary>The run's artifacts folder.</summary>
    public string Name { get; }

    /// <summary>Each method's category and mean in nanoseconds.</summary>
    public IReadOnlyDictionary<string, (string Category, double Nanoseconds)> Means { get; }

    /// <summary>The logical cores of the machine it ran on.</summary>
    public int Cores { get; }

    /// <summary>Reads the reports of one class in an artifacts folder (<c>results/*{class}-report.csv</c>).</summary>
    /// <param name="folder">The artifacts folder given to <c>--artifacts</c>.</param>
    /// <param name="benchmarkClass">The class's name, e.g. <c>AnalysisBenchmarks</c>.</param>
    /// <returns>The run.</returns>
    /// <exception cref="FileNotFoundException">The folder has no report of that class.</exception>
    /// <exception cref="FormatException">A mean is not a number with a time unit.</exception>
    public static BenchmarkRun Read(string folder, string benchmarkClass)
    {
        var results = Path.Combine(folder, "results");
        var csv =
            Directory.EnumerateFiles(results, $"*.{benchmarkClass}-report.csv").SingleOrDefault()
            ?? throw new FileNotFoundException($"No {benchmarkClass} report in {results}.");
        var lines = File.ReadAllLines(csv);
        var header = SplitCsv(lines[0]);
        var (method, category, mean) = (
            Array.IndexOf(header, "Method"),
            Array.IndexOf(header, "Categories"),
            Array.IndexOf(header, "Mean")
        );
        var means = new Dictionary<string, (string, double)>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var fields = SplitCsv(line);
            means[fields[method]] = (
                category >= 0 ? fields[category] : "",
                Nanoseconds(fields[mean])
            );
        }
        var github = File.ReadAllText(
            Path.ChangeExtension(csv, null)[..^"-report".Length] + "-report-github.md"
        );
        var cores = LogicalCores().Match(github) is { Success: true } m
            ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
            : 0;
        return new BenchmarkRun(folder, means, cores);
    }

    /// <summary>A BenchmarkDotNet time ("101.268 ms", "1,234.5 us") in nanoseconds.</summary>
    private static double Nanoseconds(string text)
    {
        var parts = text.Trim().Split(' ');
        var value = double.Parse(parts[0], NumberStyles.Number, CultureInfo.InvariantCulture);
        return value
            * parts[1] switch
            {
                "ns" => 1,
                "us" or "μs" => 1e3,
                "ms" => 1e6,
                "s" => 1e9,
                _ => throw new FormatException($"'{text}' is not a time BenchmarkDotNet writes."),
            };
    }

    /// <summary>Splits a line of BenchmarkDotNet's CSV (fields with a comma are quoted).</summary>
    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return [.. fields];
    }

    [GeneratedRegex(@"(\d+) logical")]
    private static partial Regex LogicalCores();
}
