namespace TradeModel.Interactive.Internal;

/// <summary>
/// Labels short enough for a chart's axis or legend: a longer one is cut at a word before the limit and ends in "…",
/// so that a label never takes the plot's room (a label of a hundred characters left no room for the bars at all). The
/// full label is kept, for the chart to show on hover.
/// </summary>
internal static class ShortLabel
{
    /// <summary>The longest label an axis or a legend shows.</summary>
    internal const int MaxLength = 36;

    /// <summary>The label, cut to at most <paramref name="max"/> characters.</summary>
    internal static string Of(string label, int max = MaxLength)
    {
        if (label.Length <= max)
        {
            return label;
        }
        var cut = label.LastIndexOf(' ', max - 1);
        var end = cut > max / 2 ? cut : max - 1;
        return string.Concat(label.AsSpan(0, end).TrimEnd(" ,;/".AsSpan()), "…");
    }

    /// <summary>The label, cut to at most <paramref name="max"/> characters; a cut one is recorded with its full text.</summary>
    internal static string Of(string label, IDictionary<string, string> full, int max = MaxLength)
    {
        var shown = Of(label, max);
        if (!ReferenceEquals(shown, label))
        {
            full[shown] = label;
        }
        return shown;
    }
}
