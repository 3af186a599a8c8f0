using System.Globalization;
using TradeModel.Data;

namespace TradeModel.Interactive;

/// <summary>
/// Progress of reading a file as a line with a bar (<c>BACI 2023 [██████░░░░] 60% · 199 rows</c>): pass it as a
/// reader's <see cref="ReadOptions.Progress"/>. In a notebook (once <c>#r "nuget: TradeModel.Interactive"</c> has run)
/// the line is shown once and updated in place, so a saved notebook keeps the last state only; given a writer, or
/// outside a notebook, each report writes a line to it (or to the console), a log of how the read went.
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
    private Func<object, Action<object>?>? display;
    private readonly Lock gate = new();
    private Action<object>? update;

    /// <summary>
    /// A bar that writes a line a report to <paramref name="output"/>; when null, it updates itself in place in a
    /// notebook, or writes lines to the console elsewhere.
    /// </summary>
    /// <param name="label">What is being read, written before the bar.</param>
    /// <param name="output">Where the lines go; null for the notebook's display, or the console outside one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    public ReadProgressBar(string label, TextWriter? output = null)
        : this(label, output, output is null ? TradeModelFormatters.InPlaceDisplay : null) { }

    /// <summary>A bar shown by <paramref name="display"/> and updated in place (the tests' notebook).</summary>
    internal ReadProgressBar(
        string label,
        TextWriter? output,
        Func<object, Action<object>?>? display
    )
    {
        ArgumentNullException.ThrowIfNull(label);
        Label = label;
        this.output = output;
        this.display = display;
    }

    /// <summary>What is being read.</summary>
    public string Label { get; }

    /// <summary>The last report, or null before the first.</summary>
    public ReadProgress? Last { get; private set; }

    /// <summary>
    /// Shows the report: the first in the notebook's display and the others in its place, or a line each outside a
    /// notebook (reports come on the reader's thread, one at a time).
    /// </summary>
    /// <param name="value">How far the read has come.</param>
    public void Report(ReadProgress value)
    {
        lock (gate)
        {
            Last = value;
            var line = ToString();
            if (update is not null)
            {
                update(line);
                return;
            }
            // Shown in the notebook once, then updated; lines where there is no notebook or it cannot update.
            if (display is not null)
            {
                update = display(line);
                display = null;
                if (update is not null)
                {
                    return;
                }
            }
            (output ?? Console.Out).WriteLine(line);
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
