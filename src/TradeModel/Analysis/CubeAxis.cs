using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using TradeModel.Internal;

namespace TradeModel.Analysis;

/// <summary>
/// One dimension of a <see cref="FlowCube"/>'s cell space: its values in order (index i is the i-th value) and its
/// stride, so that a cell's index is Σ value index × stride over the axes, and a line's neighbours (the same cell a
/// period earlier, say) are found by arithmetic rather than by hashing keys.
/// </summary>
internal sealed class CubeAxis
{
    private Dictionary<object, int>? indexOf;
    private long stride;
    private FastDivisor byStride;
    private readonly FastDivisor byCardinality;

    internal CubeAxis(FlowDimensionKind kind, IReadOnlyList<object> values)
    {
        Kind = kind;
        Values = values;
        Cardinality = values.Count;
        byCardinality = new FastDivisor((uint)Math.Max(1, Cardinality));
    }

    internal FlowDimensionKind Kind { get; }

    /// <summary>
    /// The canonical order of a dimension's values, which every engine's cube follows: periods by start and end,
    /// economies by their place in the registry (user groups after, by name), groups and groupings as the dimension
    /// lists them, directions as declared, categories in classification order.
    /// </summary>
    internal static IReadOnlyList<object> Canonical(
        FlowDimension dimension,
        IEnumerable<object?> values
    )
    {
        var distinct = values.OfType<object>().Distinct().ToList();
        IEnumerable<object> ordered = dimension.Kind switch
        {
            FlowDimensionKind.Period or FlowDimensionKind.Year => distinct
                .OrderBy(v => ((ReferencePeriod)v).Start)
                .ThenBy(v => ((ReferencePeriod)v).End),
            FlowDimensionKind.Reporter or FlowDimensionKind.Partner => distinct.OrderBy(v =>
                EconomyOrder((Economy)v)
            ),
            FlowDimensionKind.ReporterGroup or FlowDimensionKind.PartnerGroup => distinct.OrderBy(
                v => IndexIn(dimension.EconomyGroups, v)
            ),
            FlowDimensionKind.CategoryGrouping => distinct.OrderBy(v =>
                IndexIn(dimension.CategoryGroupings, v)
            ),
            FlowDimensionKind.Direction => distinct.OrderBy(v => (int)(TradeDirection)v),
            _ => distinct.OrderBy(v => ((Category)v).Index),
        };
        return [.. ordered];
    }

    /// <summary>An economy's place in the canonical order: registry economies by registry index, then user groups by name.</summary>
    private static (bool Group, int Index, string Name) EconomyOrder(Economy economy) =>
        (economy.RegistryIndex < 0, economy.RegistryIndex, economy.Name);

    private static int IndexIn<T>(IReadOnlyList<T> list, object value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (Equals(list[i], value))
            {
                return i;
            }
        }
        return list.Count;
    }

    /// <summary>The values, in the cube's order (periods chronologically, categories in classification order…).</summary>
    internal IReadOnlyList<object> Values { get; }

    /// <summary>What one step along this axis adds to a cell index.</summary>
    internal long Stride
    {
        get => stride;
        set
        {
            stride = value;
            byStride = value is > 0 and <= uint.MaxValue ? new FastDivisor((uint)value) : default;
        }
    }

    internal int Cardinality { get; }

    /// <summary>What this axis adds to a cell index (its value's index times the stride): a cell index less it is the cell's group without this axis.</summary>
    internal long PartOf(long cell) => IndexIn(cell) * Stride;

    /// <summary>The index of this axis's value in a cell index.</summary>
    /// <remarks>
    /// Indicators and series find every cell's neighbours this way, so a cell index that fits 32 bits (nearly every
    /// cube) is divided by multiplications (<see cref="FastDivisor"/>), not by two 64-bit divisions.
    /// </remarks>
    internal int IndexIn(long cell) =>
        (ulong)cell <= uint.MaxValue && stride == byStride.Divisor
            ? (int)byCardinality.Remainder(byStride.Divide((uint)cell))
            : (int)(cell / stride % Math.Max(1, Cardinality));

    /// <summary>The index of a value, or −1.</summary>
    internal int IndexOf(object? value)
    {
        if (value is null)
        {
            return -1;
        }
        indexOf ??= Values.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i);
        return indexOf.TryGetValue(value, out var index) ? index : -1;
    }

    /// <summary>Sets this axis's value in a key.</summary>
    internal FlowKey Apply(FlowKey key, int index) => With(Kind, key, Values[index]);

    /// <summary>A key with the value of a kind of dimension set (the inverse of <see cref="ValueOf"/>).</summary>
    internal static FlowKey With(FlowDimensionKind kind, FlowKey key, object value) =>
        kind switch
        {
            FlowDimensionKind.Period or FlowDimensionKind.Year => key with
            {
                Period = (ReferencePeriod)value,
            },
            FlowDimensionKind.Reporter or FlowDimensionKind.ReporterGroup => key with
            {
                Reporter = (Economy)value,
            },
            FlowDimensionKind.Partner or FlowDimensionKind.PartnerGroup => key with
            {
                Partner = (Economy)value,
            },
            FlowDimensionKind.Direction => key with { Direction = (TradeDirection)value },
            FlowDimensionKind.CategoryGrouping => key with { Grouping = (CategoryGrouping)value },
            _ => key with { Category = (Category)value },
        };

    /// <summary>This axis's value in a key, or null.</summary>
    internal object? Read(FlowKey key) => ValueOf(Kind, key);

    /// <summary>The value of a kind of dimension in a key, or null.</summary>
    internal static object? ValueOf(FlowDimensionKind kind, FlowKey key) =>
        kind switch
        {
            FlowDimensionKind.Period or FlowDimensionKind.Year => key.Period,
            FlowDimensionKind.Reporter or FlowDimensionKind.ReporterGroup => key.Reporter,
            FlowDimensionKind.Partner or FlowDimensionKind.PartnerGroup => key.Partner,
            FlowDimensionKind.Direction => key.Direction,
            FlowDimensionKind.CategoryGrouping => key.Grouping,
            _ => key.Category,
        };
}
