using ScottPlot;

namespace TradeModel.Interactive.Charts;

/// <summary>
/// A chart made by <see cref="TradeCharts"/>: a ScottPlot <see cref="ScottPlot.Plot"/> (to restyle if wished) and the size
/// it is drawn at. A notebook shows it as SVG, which saved notebooks and the repository host display without scripts.
/// </summary>
public sealed class TradeChart
{
    internal TradeChart(Plot plot, string title)
    {
        Plot = plot;
        Title = title;
    }

    /// <summary>The chart's title.</summary>
    public string Title { get; }

    /// <summary>The ScottPlot plot behind the chart: change colours, labels or axes here before drawing.</summary>
    public Plot Plot { get; }

    /// <summary>The width it is drawn at, in pixels (720 unless set).</summary>
    public int Width { get; init; } = 720;

    /// <summary>The height it is drawn at, in pixels (420 unless set).</summary>
    public int Height { get; init; } = 420;

    /// <summary>The chart as SVG markup, starting at its <c>&lt;svg&gt;</c> element, so that it also embeds in HTML.</summary>
    /// <returns>The SVG markup.</returns>
    public string ToSvg()
    {
        var svg = Plot.GetSvgXml(Width, Height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }

    /// <summary>Writes the chart as an SVG file.</summary>
    /// <param name="path">The file to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public void SaveSvg(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllText(path, ToSvg());
    }

    /// <summary>Writes the chart as a PNG file.</summary>
    /// <param name="path">The file to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public void SavePng(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Plot.SavePng(path, Width, Height);
    }

    /// <summary>The chart's title.</summary>
    /// <returns>The title.</returns>
    public override string ToString() => $"Chart: {Title}";
}
