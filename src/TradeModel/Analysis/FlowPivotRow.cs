namespace TradeModel.Analysis;

/// <summary>One row of a <see cref="FlowPivot"/>: a key without period and its total in each period (null when missing).</summary>
/// <param name="Key">The key without period.</param>
/// <param name="Totals">The totals, one per period of the pivot.</param>
public sealed record FlowPivotRow(FlowKey Key, IReadOnlyList<Money?> Totals);
