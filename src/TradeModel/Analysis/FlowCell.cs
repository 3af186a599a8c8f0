using TradeModel.Flows;
using UnitsNet;

namespace TradeModel.Analysis;

/// <summary>
/// One cell of a <see cref="FlowCube"/>: the total of its flows, with the flows that have no value (missing or
/// withheld) counted apart, never as zero, and their quantities summed per kind of quantity.
/// </summary>
public sealed class FlowCell
{
    // The cell's flows; or, when its cube counts them (countedLater), the cell's position in that cube.
    private readonly int flows;
    private readonly CellFlowCounts? countedLater;

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

    /// <summary>
    /// A cell with every part, as <see cref="FlowCube"/> holds it: what a process that computed a cube sends to the one
    /// that merges it (<see cref="FlowCube.FromCells"/>). Reading a cell's properties and passing them here gives an
    /// equal cell.
    /// </summary>
    /// <param name="key">Where the cell sits.</param>
    /// <param name="total">The total of the flows that have a value, or null when none has.</param>
    /// <param name="flows">How many flows the cell holds.</param>
    /// <param name="flowsWithoutValue">How many of them have no value.</param>
    /// <param name="quantities">The quantities summed per kind (one per kind of quantity), or empty.</param>
    /// <param name="flowsWithQuantity">How many flows have a quantity.</param>
    /// <param name="valueWithQuantity">The value of the flows that have both a value and a quantity (one kind), or null.</param>
    /// <param name="quantityWithValue">Their quantity, or null; given with <paramref name="valueWithQuantity"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="quantities"/> or one of them is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or exceeds the cell's flows.</exception>
    /// <exception cref="ArgumentException">
    /// Two quantities are of one kind, a quantity is negative or not finite, only one of the priced parts is given,
    /// or they are of a kind the cell's quantities do not hold.
    /// </exception>
    public FlowCell(
        FlowKey key,
        Money? total,
        int flows,
        int flowsWithoutValue,
        IReadOnlyList<IQuantity> quantities,
        int flowsWithQuantity,
        Money? valueWithQuantity,
        IQuantity? quantityWithValue
    )
        : this(
            key,
            total,
            CheckedCount(flows, flowsWithoutValue),
            flowsWithoutValue,
            CheckedQuantities(quantities),
            flowsWithQuantity,
            CheckedPriced(quantities, valueWithQuantity, quantityWithValue)
        )
    {
        Internal.Preconditions.CheckArgumentRange(
            nameof(flowsWithQuantity),
            flowsWithQuantity,
            0,
            flows
        );
    }

    private static IReadOnlyList<IQuantity> CheckedQuantities(IReadOnlyList<IQuantity> quantities)
    {
        Internal.Preconditions.CheckNotNull(quantities);
        var kinds = new HashSet<Type>();
        foreach (var quantity in quantities)
        {
            Internal.Preconditions.CheckNotNull(quantity, nameof(quantities));
            Internal.Preconditions.CheckArgument(
                kinds.Add(quantity.Unit.GetType()),
                nameof(quantities),
                $"Two quantities are of the kind {quantity.Unit.GetType().Name}; a cell sums each kind once."
            );
            Internal.Preconditions.CheckArgument(
                (double)quantity.Value >= 0 && double.IsFinite((double)quantity.Value),
                nameof(quantities),
                $"The quantity {quantity} is negative or not finite."
            );
        }
        return [.. quantities];
    }

    private static PricedQuantity? CheckedPriced(
        IReadOnlyList<IQuantity> quantities,
        Money? value,
        IQuantity? quantity
    )
    {
        Internal.Preconditions.CheckArgument(
            value.HasValue == quantity is not null,
            nameof(quantity),
            "The value and the quantity of the flows that have both are given together or not at all."
        );
        if (value is not { } v || quantity is null)
        {
            return null;
        }
        Internal.Preconditions.CheckArgument(
            quantities.Any(q => q.Unit.GetType() == quantity.Unit.GetType())
                && (double)quantity.Value >= 0
                && double.IsFinite((double)quantity.Value),
            nameof(quantity),
            $"The priced quantity {quantity} is negative, not finite, or of a kind the cell's quantities do not hold."
        );
        return new PricedQuantity(v, (double)quantity.Value, quantity.Unit);
    }

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
        this.flows = flows;
        FlowsWithoutValue = flowsWithoutValue;
        Quantities = quantities;
        FlowsWithQuantity = flowsWithQuantity;
        Priced = priced;
    }

    /// <summary>A cube's cell whose flows its cube counts (perhaps when first read).</summary>
    internal FlowCell(
        FlowKey key,
        Money? total,
        CellFlowCounts counts,
        int position,
        IReadOnlyList<IQuantity> quantities,
        int flowsWithQuantity,
        PricedQuantity? priced
    )
        : this(
            key,
            total,
            position,
            counts.Missing[position],
            quantities,
            flowsWithQuantity,
            priced
        ) => countedLater = counts;

    /// <summary>Where the cell sits.</summary>
    public FlowKey Key { get; }

    /// <summary>The sum of the values of the cell's flows that have one, exact; null when none has (missing is not zero).</summary>
    public Money? Total { get; }

    /// <summary>How many flows fall in the cell.</summary>
    /// <remarks>
    /// A cube of values alone may find its cells without counting their flows; it then counts every cell's flows, in
    /// one pass over the rows it was made from, when this is first read on one of its cells.
    /// </remarks>
    public int Flows => countedLater?.FlowsAt(flows) ?? flows;

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

    /// <summary>
    /// The value of the flows that have both a value and a quantity (when the cell's quantities are of one kind), what
    /// <see cref="UnitValue"/> is computed from; null otherwise. With <see cref="QuantityWithValue"/>, what a cell
    /// carried to another process needs to merge into the unit value of the whole.
    /// </summary>
    public Money? ValueWithQuantity => Priced?.Value;

    /// <summary>The quantity of the flows that have both a value and a quantity (see <see cref="ValueWithQuantity"/>); null otherwise.</summary>
    public IQuantity? QuantityWithValue =>
        Priced is { } p ? UnitsNet.Quantity.From(p.Quantity, p.Unit) : null;

    /// <summary>The cell as text: key, total and the flows without value.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Key}: {Total?.ToString() ?? "no value"} ({Flows} flows{(FlowsWithoutValue > 0 ? $", {FlowsWithoutValue} without value" : "")})";
}
