namespace TradeModel.Analysis;

/// <summary>
/// The change of one line of a <see cref="FlowCube"/> between two periods: both totals, the change, and the growth
/// (undefined, with its reason, when a total is missing, the base is zero or negative, or the sign changes).
/// </summary>
/// <param name="Key">The line: the cell's key without its period.</param>
/// <param name="Previous">The earlier total, or null when missing.</param>
/// <param name="Current">The later total, or null when missing.</param>
/// <param name="Change">Current − previous, or null when either is missing.</param>
/// <param name="Growth">The growth in percent.</param>
public sealed record FlowGrowth(
    FlowKey Key,
    Money? Previous,
    Money? Current,
    Money? Change,
    PercentFigure Growth
);
