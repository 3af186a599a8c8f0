using System.Globalization;
using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using UnitsNet;

namespace TradeModel.Orleans.Wire;

/// <summary>
/// One partition's cube as it travels back to the coordinator, compact and exact: each dimension's distinct values
/// once (by code), the cells as codes into them, totals as decimals (never a double), counts, and the quantities and
/// priced parts each cell needs to merge into the unit values of the whole. Carries the partition's id, so that a merge
/// can refuse a partition counted twice. Versioned by Orleans' serializer: fields are added with new ids.
/// </summary>
[GenerateSerializer, Alias("TradeModel.Orleans.CubeMessage")]
internal sealed class CubeMessage
{
    [Id(0)]
    public string PartitionId { get; set; } = string.Empty;

    [Id(1)]
    public string[][] Values { get; set; } = [];

    [Id(2)]
    public int[] Codes { get; set; } = [];

    [Id(3)]
    public decimal?[] Totals { get; set; } = [];

    [Id(4)]
    public int[] Flows { get; set; } = [];

    [Id(5)]
    public int[] FlowsWithoutValue { get; set; } = [];

    [Id(6)]
    public int[] FlowsWithQuantity { get; set; } = [];

    [Id(7)]
    public string[] Units { get; set; } = [];

    [Id(8)]
    public int[] QuantityCounts { get; set; } = [];

    [Id(9)]
    public int[] QuantityUnits { get; set; } = [];

    [Id(10)]
    public double[] QuantityValues { get; set; } = [];

    [Id(11)]
    public decimal?[] PricedValues { get; set; } = [];

    [Id(12)]
    public int[] PricedUnits { get; set; } = [];

    [Id(13)]
    public double[] PricedQuantities { get; set; } = [];

    [Id(14)]
    public int FlowsOutside { get; set; }

    /// <summary>The message of a partition's cube.</summary>
    internal static CubeMessage From(string partitionId, FlowCube cube)
    {
        var dimensions = cube.Query.Dimensions;
        var kinds = dimensions.Select(d => d.Kind).ToArray();
        var values = kinds.Select(_ => new List<string>()).ToArray();
        var index = kinds
            .Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))
            .ToArray();
        var units = new List<string>();
        var unitIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        int UnitCode(Enum unit)
        {
            var name = unit.GetType().Name + "." + unit;
            if (!unitIndex.TryGetValue(name, out var code))
            {
                unitIndex[name] = code = units.Count;
                units.Add(name);
            }
            return code;
        }
        var message = new CubeMessage
        {
            PartitionId = partitionId,
            FlowsOutside = cube.FlowsOutside,
        };
        var codes = new List<int>(cube.Count * kinds.Length);
        var (totals, flows, without, withQuantity) = (
            new List<decimal?>(),
            new List<int>(),
            new List<int>(),
            new List<int>()
        );
        var (counts, quantityUnits, quantityValues) = (
            new List<int>(),
            new List<int>(),
            new List<double>()
        );
        var (pricedValues, pricedUnits, pricedQuantities) = (
            new List<decimal?>(),
            new List<int>(),
            new List<double>()
        );
        foreach (var cell in cube)
        {
            for (var d = 0; d < kinds.Length; d++)
            {
                var text = Encode(dimensions[d], cell.Key);
                if (!index[d].TryGetValue(text, out var code))
                {
                    index[d][text] = code = values[d].Count;
                    values[d].Add(text);
                }
                codes.Add(code);
            }
            totals.Add(cell.Total?.Amount);
            flows.Add(cell.Flows);
            without.Add(cell.FlowsWithoutValue);
            withQuantity.Add(cell.FlowsWithQuantity);
            counts.Add(cell.Quantities.Count);
            foreach (var quantity in cell.Quantities)
            {
                quantityUnits.Add(UnitCode(quantity.Unit));
                quantityValues.Add((double)quantity.Value);
            }
            pricedValues.Add(cell.ValueWithQuantity?.Amount);
            if (cell.QuantityWithValue is { } priced)
            {
                pricedUnits.Add(UnitCode(priced.Unit));
                pricedQuantities.Add((double)priced.Value);
            }
        }
        message.Values = [.. values.Select(v => v.ToArray())];
        message.Codes = [.. codes];
        message.Totals = [.. totals];
        message.Flows = [.. flows];
        message.FlowsWithoutValue = [.. without];
        message.FlowsWithQuantity = [.. withQuantity];
        message.Units = [.. units];
        message.QuantityCounts = [.. counts];
        message.QuantityUnits = [.. quantityUnits];
        message.QuantityValues = [.. quantityValues];
        message.PricedValues = [.. pricedValues];
        message.PricedUnits = [.. pricedUnits];
        message.PricedQuantities = [.. pricedQuantities];
        return message;
    }

    /// <summary>The cube again, for the query it answers, in the dataset's classification and currency.</summary>
    internal FlowCube ToCube(FlowQuery query, Classification classification, Currency currency)
    {
        var kinds = query.Dimensions.Select(d => d.Kind).ToArray();
        var decoded = Values
            .Select(
                (v, d) =>
                    v.Select(text => Decode(query.Dimensions[d], text, classification)).ToArray()
            )
            .ToArray();
        var units = Units.Select(DecodeUnit).ToArray();
        var cells = new List<FlowCell>(Flows.Length);
        var (q, p) = (0, 0);
        for (var c = 0; c < Flows.Length; c++)
        {
            var key = default(FlowKey);
            for (var d = 0; d < kinds.Length; d++)
            {
                key = key.With(kinds[d], decoded[d][Codes[(c * kinds.Length) + d]]);
            }
            var quantities = new IQuantity[QuantityCounts[c]];
            for (var k = 0; k < quantities.Length; k++, q++)
            {
                quantities[k] = Quantity.From(QuantityValues[q], units[QuantityUnits[q]]);
            }
            IQuantity? priced = null;
            if (PricedValues[c] is not null)
            {
                priced = Quantity.From(PricedQuantities[p], units[PricedUnits[p]]);
                p++;
            }
            cells.Add(
                new FlowCell(
                    key,
                    Totals[c] is { } total ? new Money(total, currency) : null,
                    Flows[c],
                    FlowsWithoutValue[c],
                    quantities,
                    FlowsWithQuantity[c],
                    PricedValues[c] is { } value ? new Money(value, currency) : null,
                    priced
                )
            );
        }
        return FlowCube.FromCells(query, classification, currency, cells, FlowsOutside);
    }

    /// <summary>A key's value on a dimension as text: a code, or for a group its position among the dimension's groups.</summary>
    private static string Encode(FlowDimension dimension, FlowKey key) =>
        dimension.Kind switch
        {
            FlowDimensionKind.Period or FlowDimensionKind.Year => key.Period!.Value.ToString(),
            FlowDimensionKind.Reporter => key.Reporter!.Code!,
            FlowDimensionKind.Partner => key.Partner!.Code!,
            FlowDimensionKind.ReporterGroup => Position(dimension.EconomyGroups, key.Reporter!),
            FlowDimensionKind.PartnerGroup => Position(dimension.EconomyGroups, key.Partner!),
            FlowDimensionKind.CategoryGrouping => Position(
                dimension.CategoryGroupings,
                key.Grouping!
            ),
            FlowDimensionKind.Direction => ((int)key.Direction!.Value).ToString(
                CultureInfo.InvariantCulture
            ),
            _ => key.Category!.Code,
        };

    private static string Position<T>(IReadOnlyList<T> groups, T group)
        where T : class
    {
        for (var i = 0; i < groups.Count; i++)
        {
            if (ReferenceEquals(groups[i], group))
            {
                return i.ToString(CultureInfo.InvariantCulture);
            }
        }
        throw new InvalidOperationException(
            $"A cell's key holds {group}, which is not among its dimension's groups."
        );
    }

    /// <summary>
    /// A value again; a group is the caller's own group object at that position, so that the cube's keys are those the
    /// in-memory engine gives.
    /// </summary>
    private static object Decode(
        FlowDimension dimension,
        string text,
        Classification classification
    ) =>
        dimension.Kind switch
        {
            FlowDimensionKind.Period or FlowDimensionKind.Year => ReferencePeriod.Parse(
                text,
                CultureInfo.InvariantCulture
            ),
            FlowDimensionKind.Reporter or FlowDimensionKind.Partner => Economy.FromCode(text),
            FlowDimensionKind.ReporterGroup or FlowDimensionKind.PartnerGroup =>
                dimension.EconomyGroups[int.Parse(text, CultureInfo.InvariantCulture)],
            FlowDimensionKind.CategoryGrouping => dimension.CategoryGroupings[
                int.Parse(text, CultureInfo.InvariantCulture)
            ],
            FlowDimensionKind.Direction => (TradeDirection)
                int.Parse(text, CultureInfo.InvariantCulture),
            _ => classification[text],
        };

    private static Enum DecodeUnit(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var type = typeof(UnitsNet.Units.MassUnit).Assembly.GetType(
            "UnitsNet.Units." + name[..dot],
            throwOnError: true
        )!;
        return (Enum)Enum.Parse(type, name[(dot + 1)..]);
    }
}
