using TradeModel.Flows;
using UnitsNet;

namespace TradeModel.Analysis;

/// <summary>The quantities of a cube's cells, by position: per kind of quantity, the flows with a quantity, and the value and quantity of the flows that have both.</summary>
internal sealed record CubeQuantities(
    IReadOnlyList<IQuantity>[] Quantities,
    int[] FlowsWithQuantity,
    PricedQuantity?[] Priced
)
{
    /// <summary>
    /// One cell's quantities from its sums per kind of quantity (each in its kind's unit): the kinds that have flows, how
    /// many flows have a quantity, and the value and quantity of the flows that have both when there is one kind. Every
    /// engine measures its cells with this, so that their cells compare equal.
    /// </summary>
    internal static (
        IReadOnlyList<IQuantity> Quantities,
        int Flows,
        PricedQuantity? Priced
    ) Measure(
        ReadOnlySpan<double> all,
        ReadOnlySpan<int> flows,
        ReadOnlySpan<double> withValue,
        ReadOnlySpan<decimal> values,
        IReadOnlyList<Enum> unitOfKind,
        Currency currency
    )
    {
        var list = new List<IQuantity>();
        var count = 0;
        PricedQuantity? priced = null;
        for (var k = 0; k < unitOfKind.Count; k++)
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
