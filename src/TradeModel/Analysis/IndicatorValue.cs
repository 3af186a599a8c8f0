namespace TradeModel.Analysis;

/// <summary>An indicator of one line of a cube (an index or a ratio), or the reason it is undefined.</summary>
/// <param name="Key">The line it is for.</param>
/// <param name="Value">The value, exact to decimal's 28 digits; null when undefined.</param>
/// <param name="Reason">Why it is undefined, or <see cref="UndefinedReason.None"/>.</param>
public sealed record IndicatorValue(FlowKey Key, decimal? Value, UndefinedReason Reason)
{
    /// <summary>Whether the indicator has a value.</summary>
    public bool IsDefined => Reason == UndefinedReason.None;

    internal static IndicatorValue Of(FlowKey key, decimal value) =>
        new(key, value, UndefinedReason.None);

    internal static IndicatorValue Undefined(FlowKey key, UndefinedReason reason) =>
        new(key, null, reason);

    /// <summary>The key and the value (or the reason), e.g. <c>CHN China / 85 …: 2.31</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Key}: {(Value is { } v ? v.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) : $"undefined ({Reason})")}";
}
