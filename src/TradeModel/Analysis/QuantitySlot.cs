namespace TradeModel.Analysis;

/// <summary>
/// The quantities summed in a cell for one kind of quantity from the flows whose value is a plain fixed-point count
/// (nearly all): the quantity, how many flows, and their value in the collection's units. Side by side, so that the
/// hot loop touches one cache line per flow.
/// </summary>
internal struct QuantitySlot
{
    /// <summary>The sum of the quantities, in the kind's unit.</summary>
    internal double Quantity;

    /// <summary>How many flows have a quantity.</summary>
    internal long Flows;

    /// <summary>The sum of those flows' values, in fixed-point units.</summary>
    internal long ValueUnits;
}
