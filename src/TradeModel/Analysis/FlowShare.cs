namespace TradeModel.Analysis;

/// <summary>A cell's share of the total of its group: the cells that differ from it only in one dimension.</summary>
/// <param name="Key">The cell's key.</param>
/// <param name="Value">The cell's total, or null when missing.</param>
/// <param name="GroupTotal">The group's total (the sum of its cells with a value), or null when none has one.</param>
/// <param name="Share">The share in percent (undefined when a value is missing or the group total is zero).</param>
public sealed record FlowShare(FlowKey Key, Money? Value, Money? GroupTotal, PercentFigure Share);
