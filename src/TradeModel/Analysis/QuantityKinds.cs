using TradeModel.Flows;
using UnitsNet;

namespace TradeModel.Analysis;

/// <summary>
/// How a collection's quantities are summed: one sum per kind of quantity (mass, volume, count…), each in the first unit
/// of its kind the collection holds; every other unit is converted to it by a factor.
/// </summary>
internal sealed class QuantityKinds
{
    private QuantityKinds(Enum[] unitOfKind, int[] kindOf, double[] factor)
    {
        UnitOfKind = unitOfKind;
        KindOf = kindOf;
        Factor = factor;
    }

    /// <summary>The unit each kind's sums are in.</summary>
    internal Enum[] UnitOfKind { get; }

    /// <summary>The kind of each unit, by the collection's unit code.</summary>
    internal int[] KindOf { get; }

    /// <summary>What a quantity in each unit (by code) is multiplied by to be in its kind's unit.</summary>
    internal double[] Factor { get; }

    /// <summary>How many kinds.</summary>
    internal int Count => UnitOfKind.Length;

    /// <summary>The kinds of a collection's quantities, or null when it holds none.</summary>
    internal static QuantityKinds? Of(TradeFlowCollection flows)
    {
        var units = flows.Units;
        if (flows.QuantityColumn is null || units.Count == 0)
        {
            return null;
        }
        var kinds = units.Select(u => u.GetType()).Distinct().ToList();
        var unitOfKind = kinds.Select(k => units.First(u => u.GetType() == k)).ToArray();
        var kindOf = units.Select(u => kinds.IndexOf(u.GetType())).ToArray();
        var factor = units
            .Select(u => Quantity.From(1, u).As(unitOfKind[kinds.IndexOf(u.GetType())]))
            .ToArray();
        return new QuantityKinds(unitOfKind, kindOf, factor);
    }
}
