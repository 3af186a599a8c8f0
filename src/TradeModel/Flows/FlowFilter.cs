using TradeModel.Classifications;
using TradeModel.Economies;

namespace TradeModel.Flows;

/// <summary>
/// Which flows a query takes; every criterion left null matches everything. A group (region, World, user group)
/// as reporter or partner matches its members. A category matches the flows whose category adds up into it (itself
/// and its regular parts, recursively), so that a total never counts an "of which" or memo flow twice.
/// </summary>
/// <param name="Reporter">The reporter, or null for any.</param>
/// <param name="Partner">The partner, or null for any.</param>
/// <param name="Direction">The direction, or null for any.</param>
/// <param name="Period">The period, or null for any.</param>
/// <param name="Category">The category, or null for any.</param>
public sealed record FlowFilter(
    Economy? Reporter = null,
    Economy? Partner = null,
    TradeDirection? Direction = null,
    ReferencePeriod? Period = null,
    Category? Category = null
)
{
    /// <summary>Matches every flow.</summary>
    public static FlowFilter All { get; } = new();
}
