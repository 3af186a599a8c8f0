using TradeModel.Analysis;
using UnitsNet;

namespace TradeModel.DuckDb;

/// <summary>
/// One cell's quantities as DuckDB sums them per unit, added here per kind of quantity (each unit converted to the
/// kind's unit), with the quantities and values of the flows that have both: the in-memory engine's sums.
/// </summary>
internal sealed class QuantitySums(Enum[] unitOfKind, Currency currency)
{
    private readonly double[] all = new double[unitOfKind.Length];
    private readonly int[] flows = new int[unitOfKind.Length];
    private readonly double[] withValue = new double[unitOfKind.Length];
    private readonly decimal[] values = new decimal[unitOfKind.Length];

    internal void Add(
        int kind,
        double quantity,
        int flowCount,
        double pricedQuantity,
        decimal pricedValue
    )
    {
        all[kind] += quantity;
        flows[kind] += flowCount;
        withValue[kind] += pricedQuantity;
        values[kind] += pricedValue;
    }

    /// <summary>The quantities per kind that have flows, their flows, and the priced part when there is one kind.</summary>
    internal (IReadOnlyList<IQuantity> Quantities, int Flows, PricedQuantity? Priced) Measure() =>
        CubeQuantities.Measure(all, flows, withValue, values, unitOfKind, currency);
}
