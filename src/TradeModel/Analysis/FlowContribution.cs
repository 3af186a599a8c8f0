namespace TradeModel.Analysis;

/// <summary>
/// A cell's contribution to the growth of its group's total between two periods, in percentage points:
/// (cell now − cell before) ÷ group total before × 100. The contributions of a group add up to its growth.
/// </summary>
/// <param name="Key">The cell's key without its period.</param>
/// <param name="Previous">The cell's earlier total, or null when missing.</param>
/// <param name="Current">The cell's later total, or null when missing.</param>
/// <param name="Contribution">The contribution in percentage points (undefined when a value is missing or the group's earlier total is not positive).</param>
public sealed record FlowContribution(
    FlowKey Key,
    Money? Previous,
    Money? Current,
    PercentFigure Contribution
);
