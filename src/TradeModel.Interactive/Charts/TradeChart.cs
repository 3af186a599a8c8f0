using System.Net;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ScottPlot;

namespace TradeModel.Interactive.Charts;

/// <summary>
/// A chart made by <see cref="TradeCharts"/>: a ScottPlot <see cref="ScottPlot.Plot"/> (to restyle if wished) and the size
/// it is drawn at. A notebook shows it as SVG, which saved notebooks and the repository host display without scripts.
/// </summary>
public sealed partial class TradeChart
{
    internal TradeChart(Plot plot, string title)
    {
        Plot = plot;
        Title = title;
    }

    /// <summary>Labels shown shortened, each with its full text, which the SVG gives as the label's tooltip.</summary>
    internal IReadOnlyDictionary<string, string> FullLabels { get; init; } =
        new Dictionary<string, string>();

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
    /// <remarks>
    /// The renderer numbers its clip paths from a counter shared by the whole process, so the same chart would come out
    /// different after other charts. The ids are renamed here after the chart's content (a hash of the SVG with its ids
    /// numbered in order): the same chart gives the same SVG, and two charts inlined in one page keep distinct ids.
    /// A label shortened to fit carries its full text as an SVG <c>title</c>, which a browser shows on hover.
    /// </remarks>
    public string ToSvg()
    {
        var svg = Plot.GetSvgXml(Width, Height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = start > 0 ? svg[start..] : svg;
        if (FullLabels.Count > 0)
        {
            svg = TextElement()
                .Replace(
                    svg,
                    m =>
                        FullLabels.TryGetValue(
                            WebUtility.HtmlDecode(m.Groups[3].Value),
                            out var full
                        )
                            ? $"{m.Groups[1].Value}{m.Groups[2].Value}<title>{SecurityElement.Escape(full)}</title>{m.Groups[3].Value}"
                            : m.Value
                );
        }
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        var numbered = ClipId()
            .Replace(
                svg,
                m =>
                    "cl_"
                    + (order.TryGetValue(m.Value, out var n) ? n : order[m.Value] = order.Count + 1)
            );
        var hash = Convert.ToHexStringLower(
            SHA256.HashData(Encoding.UTF8.GetBytes(numbered)),
            0,
            4
        );
        return ClipId().Replace(numbered, m => $"tm{hash}_{m.Value[3..]}");
    }

    [GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial Regex ClipId();

    // A text element's start tag, the white space before its content, and the content (one line, no markup).
    [GeneratedRegex(@"(<text\b[^>]*>)(\s*)([^<\r\n]+?)(?=\s*</text>)")]
    private static partial Regex TextElement();

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
