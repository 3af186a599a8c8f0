namespace TradeModel.Analysis;

/// <summary>
/// The quantities summed in a cell for one kind of quantity from the flows whose value is a plain fixed-point count
/// (nearly all): the quantity, how many flows, and their value in the collection's units. Used when the flows have
/// several units; with one unit the cell keeps its quantity inline beside its sum (see <see cref="CellAccumulator"/>).
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
