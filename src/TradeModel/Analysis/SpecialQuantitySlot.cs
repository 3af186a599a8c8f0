namespace TradeModel.Analysis;

/// <summary>
/// The quantities summed in a cell for one kind of quantity from the few flows the hot loop leaves out: those without
/// a value, those whose value is kept as a decimal, and every flow of a query whose sums need 128 bits.
/// </summary>
internal struct SpecialQuantitySlot
{
    /// <summary>The sum of every such flow's quantity.</summary>
    internal double All;

    /// <summary>How many such flows have a quantity.</summary>
    internal long Flows;

    /// <summary>The sum of the quantities of those that have a value.</summary>
    internal double WithValue;

    /// <summary>The sum of their values.</summary>
    internal decimal Values;
}
