using System.Globalization;
using TradeModel.Data;

namespace TradeModel.Interactive;

/// <summary>
/// Progress of reading a file as lines of text with a bar, for a notebook or a console: pass it as a reader's
/// <see cref="ReadOptions.Progress"/>; each report writes one line (<c>BACI 2023 [██████░░░░] 60% · 199 rows</c>), the
/// last when the read ends. Lines rather than a display updated in place, because notebook hosts do not all keep
/// updates, and a saved notebook then shows how the read went.
/// </summary>
/// <example>
/// <code language="csharp">
/// var result = BaciFile.Read("BACI_HS22_Y2023_V202501.csv",
///     new BaciReadOptions { Progress = new ReadProgressBar("BACI 2023") });
/// </code>
/// </example>
public sealed class ReadProgressBar : IProgress<ReadProgress>
{
    private const int Width = 20;
    private readonly TextWriter? output;
    private readonly Lock gate = new();

    /// <summary>A bar that writes to <paramref name="output"/>, or to the console (a notebook cell's output) when null.</summary>
    /// <param name="label">What is being read, written before the bar.</param>
    /// <param name="output">Where the lines go; the console when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    public ReadProgressBar(string label, TextWriter? output = null)
    {
        ArgumentNullException.ThrowIfNull(label);
        Label = label;
        this.output = output;
    }

    /// <summary>What is being read.</summary>
    public string Label { get; }

    /// <summary>The last report, or null before the first.</summary>
    public ReadProgress? Last { get; private set; }

    /// <summary>Writes a line for the report (reports come on the reader's thread, one at a time).</summary>
    /// <param name="value">How far the read has come.</param>
    public void Report(ReadProgress value)
    {
        lock (gate)
        {
            Last = value;
            (output ?? Console.Out).WriteLine(ToString());
        }
    }

    /// <summary>The last report as a line: the label, a bar and percentage when the file's length is known, the rows.</summary>
    /// <returns>The line.</returns>
    public override string ToString()
    {
        if (Last is not { } last)
        {
            return $"{Label}: waiting";
        }
        var rows = last.Rows.ToString("N0", CultureInfo.InvariantCulture);
        if (last.Fraction is not { } fraction)
        {
            return $"{Label} · {rows} rows";
        }
        var full = (int)Math.Round(fraction * Width);
        var percent = Math.Round(fraction * 100).ToString(CultureInfo.InvariantCulture);
        return $"{Label} [{new string('█', full)}{new string('░', Width - full)}] {percent}% · {rows} rows";
    }
}
