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
    internal (IReadOnlyList<IQuantity> Quantities, int Flows, PricedQuantity? Priced) Measure()
    {
        var list = new List<IQuantity>();
        var count = 0;
        PricedQuantity? priced = null;
        for (var k = 0; k < unitOfKind.Length; k++)
        {
            if (flows[k] == 0)
            {
                continue;
            }
            count += flows[k];
            list.Add(Quantity.From(all[k], unitOfKind[k]));
            if (withValue[k] > 0)
            {
                priced = new PricedQuantity(
                    new Money(values[k], currency),
                    withValue[k],
                    unitOfKind[k]
                );
            }
        }
        return (list, count, list.Count == 1 ? priced : null);
    }
}
