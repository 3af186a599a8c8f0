using TradeModel.Flows;
using UnitsNet;

namespace TradeModel.Analysis;

/// <summary>
/// One cell of a <see cref="FlowCube"/>: the total of its flows, with the flows that have no value (missing or
/// withheld) counted apart, never as zero, and their quantities summed per kind of quantity.
/// </summary>
public sealed class FlowCell
{
    /// <summary>
    /// A cell without quantities, as an engine that streams cells returns it: its key, total and counts.
    /// </summary>
    /// <param name="key">Where the cell sits.</param>
    /// <param name="total">The total of the flows that have a value, or null when none has.</param>
    /// <param name="flows">How many flows the cell holds.</param>
    /// <param name="flowsWithoutValue">How many of them have no value (missing or withheld).</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or more flows lack a value than there are.</exception>
    public FlowCell(FlowKey key, Money? total, int flows, int flowsWithoutValue)
        : this(key, total, CheckedCount(flows, flowsWithoutValue), flowsWithoutValue, [], 0, null)
    { }

    private static int CheckedCount(int flows, int flowsWithoutValue)
    {
        Internal.Preconditions.CheckArgumentRange(nameof(flows), flows, 0, int.MaxValue);
        Internal.Preconditions.CheckArgumentRange(
            nameof(flowsWithoutValue),
            flowsWithoutValue,
            0,
            flows
        );
        return flows;
    }

    internal FlowCell(
        FlowKey key,
        Money? total,
        int flows,
        int flowsWithoutValue,
        IReadOnlyList<IQuantity> quantities,
        int flowsWithQuantity,
        PricedQuantity? priced
    )
    {
        Key = key;
        Total = total;
        Flows = flows;
        FlowsWithoutValue = flowsWithoutValue;
        Quantities = quantities;
        FlowsWithQuantity = flowsWithQuantity;
        Priced = priced;
    }

    /// <summary>Where the cell sits.</summary>
    public FlowKey Key { get; }

    /// <summary>The sum of the values of the cell's flows that have one, exact; null when none has (missing is not zero).</summary>
    public Money? Total { get; }

    /// <summary>How many flows fall in the cell.</summary>
    public int Flows { get; }

    /// <summary>How many of them have no value (missing or withheld): the total leaves them out.</summary>
    public int FlowsWithoutValue { get; }

    /// <summary>Whether every flow of the cell has a value, so that the total is complete.</summary>
    public bool IsComplete => FlowsWithoutValue == 0;

    /// <summary>
    /// The quantities of the cell's flows, summed per kind of quantity (masses in the unit of the first mass seen,
    /// volumes in that of the first volume…); empty when no flow has a quantity.
    /// </summary>
    public IReadOnlyList<IQuantity> Quantities { get; }

    /// <summary>The quantity when all the cell's quantities are of one kind; otherwise null.</summary>
    public IQuantity? Quantity => Quantities.Count == 1 ? Quantities[0] : null;

    /// <summary>How many flows have a quantity.</summary>
    public int FlowsWithQuantity { get; }

    /// <summary>
    /// The value per unit of quantity of the flows that have both (their value ÷ their quantity); null when none has
    /// both, the quantity is zero, or quantities are of several kinds.
    /// </summary>
    public UnitValue? UnitValue => Quantities.Count == 1 ? Priced?.UnitValue : null;

    /// <summary>The value and quantity of the flows that have both (single kind of quantity), for merging.</summary>
    internal PricedQuantity? Priced { get; }

    /// <summary>The cell as text: key, total and the flows without value.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Key}: {Total?.ToString() ?? "no value"} ({Flows} flows{(FlowsWithoutValue > 0 ? $", {FlowsWithoutValue} without value" : "")})";
}
