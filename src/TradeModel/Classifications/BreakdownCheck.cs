namespace TradeModel.Classifications;

/// <summary>How an alternative breakdown of a category compares with the category's total.</summary>
/// <param name="Parent">The category broken down.</param>
/// <param name="Breakdown">The name of the alternative breakdown, e.g. "by product".</param>
/// <param name="ParentTotal">The parent's total.</param>
/// <param name="SumOfParts">The sum of the breakdown's parts that have values.</param>
/// <param name="Tolerance">The largest difference accepted.</param>
public sealed record BreakdownCheck(
    Category Parent,
    string Breakdown,
    Money ParentTotal,
    Money SumOfParts,
    Money Tolerance
)
{
    /// <summary>Sum of parts − parent total.</summary>
    public Money Difference => SumOfParts - ParentTotal;

    /// <summary>Whether |difference| is within the tolerance.</summary>
    public bool IsConsistent => Difference.Abs() <= Tolerance;
}
