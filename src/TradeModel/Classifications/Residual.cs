namespace TradeModel.Classifications;

/// <summary>A category given a value whose parts were given values too: the part of it not allocated to its parts.</summary>
/// <param name="Category">The category.</param>
/// <param name="Given">Its given value, which stands as its total.</param>
/// <param name="SumOfParts">The sum of its regular parts' totals.</param>
public sealed record Residual(Category Category, Money Given, Money SumOfParts)
{
    /// <summary>Given − sum of parts: what is "not allocated" to any part (negative when the parts exceed the whole).</summary>
    public Money NotAllocated => Given - SumOfParts;
}
