using FsCheck.Xunit;
using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Flows;
using UnitsNet;

namespace TradeModel.Tests.Analysis;

/// <summary>
/// A cube sums its flows' quantities in the same pass as their values: per kind of quantity, every unit converted to
/// one, with the count of flows that have a quantity and the unit value of those that have a value too.
/// </summary>
public sealed class QuantityGroupingTests
{
    [Property(MaxTest = 20)]
    public void Every_query_shape_gives_the_quantities_and_unit_values_of_the_naive_computation(
        int seed
    )
    {
        var mixed = RandomFlows.Make(seed, count: 2_000);
        foreach (var flows in new[] { mixed, RandomFlows.InTonnes(mixed) })
        {
            foreach (var (name, query) in QueryShapes.ByName)
            {
                AssertNaiveQuantities(name, flows, flows.Aggregate(query), query);
            }
        }
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    public void A_collection_large_enough_for_every_core_gives_the_naive_quantities(int seed)
    {
        // Odd seeds mix in values kept as decimals, even ones values whose sums need 128 bits.
        var flows = RandomFlows.Make(seed, count: 600_000);
        var query = QueryShapes.ByName["year, reporter, chapter"];

        AssertNaiveQuantities("year, reporter, chapter", flows, flows.Aggregate(query), query);
    }

    [Theory]
    [InlineData(false, "year, reporter, chapter")]
    [InlineData(true, "year, reporter, chapter")]
    [InlineData(false, "reporter, partner, direction, heading")]
    [InlineData(true, "reporter, partner, direction, heading")]
    public void Quantities_come_out_the_same_to_the_last_bit_on_one_thread_and_on_every_core(
        bool oneUnit,
        string shape
    )
    {
        // Several units (tonnes, kilograms, litres) are summed per kind; one unit, as BACI's tonnes, inline in the cell.
        var flows = oneUnit
            ? RandomFlows.InTonnes(RandomFlows.Make(seed: 11, count: 700_000))
            : RandomFlows.Make(seed: 11, count: 700_000);
        // The second shape has 240,688 cells, many more than the first: the parts are merged into the total in order.
        var query = QueryShapes.ByName.TryGetValue(shape, out var known)
            ? known
            : FlowQuery.By(
                FlowDimension.Reporter,
                FlowDimension.Partner,
                FlowDimension.Direction,
                FlowDimension.CategoryAtLevel(HarmonizedSystem2022.HeadingLevel)
            );
        AssertNaiveQuantities(shape, flows, flows.Aggregate(query), query);

        var parallel = flows.Aggregate(query);
        var single = flows.Aggregate(query, new ParallelOptions { MaxDegreeOfParallelism = 1 });
        var three = flows.Aggregate(query, new ParallelOptions { MaxDegreeOfParallelism = 3 });

        static object[] Bits(FlowCube cube) =>
            [
                .. cube.Select(c =>
                    (
                        c.Key,
                        string.Join(
                            ";",
                            c.Quantities.Select(q =>
                                $"{q.Unit}:{BitConverter.DoubleToInt64Bits((double)q.Value)}"
                            )
                        ),
                        c.FlowsWithQuantity,
                        c.UnitValue
                    )
                ),
            ];
        Assert.Equal(Bits(single), Bits(parallel));
        Assert.Equal(Bits(single), Bits(three));
    }

    /// <summary>
    /// Checks each cell against flows summed one by one: quantities per kind within a part in 10^12 (doubles added in
    /// another order), counts exactly, and the unit value of the flows with both within a part in 10^9.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_query_without_quantities_gives_the_same_values_and_counts_and_no_quantities(
        bool oneUnit
    )
    {
        var mixed = RandomFlows.Make(seed: 12, count: 600_000);
        var flows = oneUnit ? RandomFlows.InTonnes(mixed) : mixed;
        foreach (var (name, query) in QueryShapes.ByName)
        {
            var full = flows.Aggregate(query);
            var lean = flows.Aggregate(query.WithoutQuantities());
            var leanOnOneThread = flows.Aggregate(
                query.WithoutQuantities(),
                new ParallelOptions { MaxDegreeOfParallelism = 1 }
            );

            Assert.Contains(full, c => c.Quantities.Count > 0);
            foreach (var cube in new[] { lean, leanOnOneThread })
            {
                Assert.Equal(
                    full.Select(c => (c.Key, c.Total, c.Flows, c.FlowsWithoutValue)),
                    cube.Select(c => (c.Key, c.Total, c.Flows, c.FlowsWithoutValue))
                );
                Assert.All(
                    cube,
                    c =>
                    {
                        Assert.Empty(c.Quantities);
                        Assert.Equal(0, c.FlowsWithQuantity);
                        Assert.Null(c.UnitValue);
                    }
                );
            }
            Assert.False(lean.Query.SumsQuantities, name);
        }
    }

    [Fact]
    public void Without_quantities_is_kept_by_a_filter_and_said_by_the_query_s_text()
    {
        var query = FlowQuery.By(FlowDimension.Year).WithoutQuantities();

        var filtered = query.Where(new FlowFilter(Direction: TradeDirection.Exports));

        Assert.True(FlowQuery.By(FlowDimension.Year).SumsQuantities);
        Assert.False(filtered.SumsQuantities);
        Assert.EndsWith(" without quantities", filtered.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("quantities", FlowQuery.By().ToString(), StringComparison.Ordinal);
    }

    private static void AssertNaiveQuantities(
        string name,
        TradeFlowCollection flows,
        FlowCube cube,
        FlowQuery query
    )
    {
        var naive = NaiveQuantities(flows, query);
        foreach (var cell in cube)
        {
            var expected = naive.GetValueOrDefault(cell.Key) ?? [];
            Assert.True(
                expected.Count == cell.Quantities.Count,
                $"{name} {cell.Key}: kinds {cell.Quantities.Count} vs {expected.Count}"
            );
            Assert.Equal(expected.Values.Sum(k => k.Flows), cell.FlowsWithQuantity);
            foreach (var quantity in cell.Quantities)
            {
                var kind = expected[quantity.GetType()];
                AssertClose(kind.Base, InBaseUnit(quantity), 1e-12, $"{name} {cell.Key}");
            }
            if (
                expected.Count == 1
                && expected.Values.Single() is var only
                && only.BaseWithValue > 0
            )
            {
                var unit = cell.Quantity!;
                var perBaseUnit =
                    (double)cell.UnitValue!.Value.Price.Amount
                    / InBaseUnit(UnitsNet.Quantity.From(1, unit.Unit));
                AssertClose(
                    (double)only.Values / only.BaseWithValue,
                    perBaseUnit,
                    1e-9,
                    $"{name} {cell.Key} unit value"
                );
            }
        }
    }

    private sealed record Kind(double Base, int Flows, double BaseWithValue, decimal Values);

    /// <summary>Per cell and kind of quantity: the quantities in the kind's base unit, the flows, those with a value.</summary>
    private static Dictionary<FlowKey, Dictionary<Type, Kind>> NaiveQuantities(
        TradeFlowCollection flows,
        FlowQuery query
    )
    {
        var result = new Dictionary<FlowKey, Dictionary<Type, Kind>>();
        foreach (var flow in flows)
        {
            if (flow.Quantity is not { } quantity || !RandomFlows.Matches(query.Filter, flow))
            {
                continue;
            }
            foreach (var key in RandomFlows.KeysOf(flow, query.Dimensions))
            {
                var kinds = result.TryGetValue(key, out var k) ? k : result[key] = [];
                var was = kinds.GetValueOrDefault(quantity.GetType()) ?? new Kind(0, 0, 0, 0m);
                var amount = InBaseUnit(quantity);
                kinds[quantity.GetType()] = flow.Value is { } value
                    ? new Kind(
                        was.Base + amount,
                        was.Flows + 1,
                        was.BaseWithValue + amount,
                        was.Values + value.Amount
                    )
                    : was with
                    {
                        Base = was.Base + amount,
                        Flows = was.Flows + 1,
                    };
            }
        }
        return result;
    }

    private static double InBaseUnit(IQuantity quantity) =>
        quantity switch
        {
            Mass m => m.Kilograms,
            Volume v => v.Liters,
            _ => throw new ArgumentException($"No base unit for {quantity}.", nameof(quantity)),
        };

    private static void AssertClose(double expected, double actual, double relative, string what) =>
        Assert.True(
            Math.Abs(expected - actual) <= relative * Math.Max(1, Math.Abs(expected)),
            $"{what}: {actual} vs {expected}"
        );
}
