namespace TradeModel.Analysis;

/// <summary>A <see cref="FlowCube"/> with its periods as columns: one row per key without period.</summary>
/// <param name="Periods">The columns, in order.</param>
/// <param name="Rows">The rows, in the cube's order.</param>
public sealed record FlowPivot(
    IReadOnlyList<ReferencePeriod> Periods,
    IReadOnlyList<FlowPivotRow> Rows
);
