using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;

namespace TradeModel.Tests.Analysis;

/// <summary>
/// Any engine returns the same typed cube as in-memory aggregation by handing its rows of totals to the public cube
/// builder: axes in canonical order, rows of one cell summed, quantities measured the same way.
/// </summary>
public sealed class FlowCubeBuilderTests
{
    private static readonly Classification Hs = HarmonizedSystem2022.Classification;

    public static TheoryData<string, int> Queries =>
        new()
        {
            { "grand total", 1 },
            { "period, direction", 2 },
            { "every flow as stored", 3 },
            { "every flow as stored", 4 },
            { "year, reporter, partner", 5 },
        };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Rows_of_another_engine_in_any_order_make_the_cube_the_in_memory_engine_makes(
        string shape,
        int seed
    )
    {
        var flows = RandomFlows.Make(seed);
        var query = QueryShapes.ByName.TryGetValue(shape, out var known)
            ? known
            : FlowQuery.By(FlowDimension.Year, FlowDimension.Reporter, FlowDimension.Partner);
        var expected = flows.Aggregate(query);
        var builder = new FlowCubeBuilder(query, Hs, Currency.USD, flows.Columns.QuantityUnits);
        var units = flows.Columns.QuantityUnits.ToList();

        // A hand engine: one row per flow, last flow first; the builder sums rows of one cell.
        foreach (var flow in flows.Reverse())
        {
            var key = KeyOf(query, flow);
            var value = flow.Value?.Amount;
            builder.Add(key, value, 1, value is null ? 1 : 0);
            if (flow.Quantity is { } q)
            {
                var amount = (double)q.Value;
                builder.AddQuantity(
                    key,
                    units.IndexOf(q.Unit),
                    amount,
                    1,
                    value is null ? 0 : amount,
                    value ?? 0m
                );
            }
        }
        var actual = builder.ToCube();

        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.FlowsOutside, actual.FlowsOutside);
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.Equal(e.Key, a.Key);
            Assert.Equal(e.Total, a.Total);
            Assert.Equal(e.Flows, a.Flows);
            Assert.Equal(e.FlowsWithoutValue, a.FlowsWithoutValue);
            Assert.Equal(e.FlowsWithQuantity, a.FlowsWithQuantity);
            Assert.Equal(
                e.Quantities.Select(q => (q.Unit, Math.Round((double)q.Value, 6))),
                a.Quantities.Select(q => (q.Unit, Math.Round((double)q.Value, 6)))
            );
            Assert.Equal(e.UnitValue?.Unit, a.UnitValue?.Unit);
        }
    }

    [Fact]
    public void Rows_with_the_same_codes_are_one_cell_and_values_come_in_canonical_order()
    {
        var query = FlowQuery.By(FlowDimension.Year, FlowDimension.Reporter);
        var builder = new FlowCubeBuilder(query, Hs, Currency.USD);
        int y2024 = builder.CodeOf(0, ReferencePeriod.ForYear(2024)),
            y2023 = builder.CodeOf(0, ReferencePeriod.ForYear(2023));
        int usa = builder.CodeOf(1, Economy.FromCode("USA")),
            chn = builder.CodeOf(1, Economy.FromCode("CHN"));

        builder.Add([y2024, usa], 1.5m, 2, 0);
        builder.Add([y2023, chn], null, 1, 1);
        builder.Add([y2024, usa], 2.25m, 3, 1);
        builder.AddFlowsOutside(4);
        var cube = builder.ToCube();

        Assert.Equal(2, cube.Count);
        Assert.Equal(
            new FlowKey(ReferencePeriod.ForYear(2023), Economy.FromCode("CHN")),
            cube[0].Key
        );
        Assert.Null(cube[0].Total);
        Assert.Equal(
            new FlowKey(ReferencePeriod.ForYear(2024), Economy.FromCode("USA")),
            cube[1].Key
        );
        Assert.Equal(new Money(3.75m, Currency.USD), cube[1].Total);
        Assert.Equal((5, 1), (cube[1].Flows, cube[1].FlowsWithoutValue));
        Assert.Equal(4, cube.FlowsOutside);
        Assert.Equal(3, builder.Rows);
    }

    [Fact]
    public void A_value_the_dimension_cannot_hold_is_refused_with_its_reason()
    {
        var query = FlowQuery.By(
            FlowDimension.Year,
            FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel)
        );
        var builder = new FlowCubeBuilder(query, Hs, Currency.USD);

        Assert.Throws<ArgumentException>(() =>
            builder.CodeOf(0, ReferencePeriod.ForMonth(2024, 3))
        );
        Assert.Throws<ArgumentException>(() => builder.CodeOf(0, Economy.FromCode("CHN")));
        Assert.Throws<ArgumentException>(() => builder.CodeOf(1, Hs["850110"]));
        Assert.Throws<ArgumentException>(() => builder.CodeOf(1, Ebops2010.Classification["S"]));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.CodeOf(2, Hs["85"]));
        Assert.Equal(0, builder.CodeOf(1, Hs["85"]));
    }

    [Fact]
    public void Rows_that_do_not_fit_the_query_are_refused_and_a_builder_builds_one_cube()
    {
        var builder = new FlowCubeBuilder(FlowQuery.By(FlowDimension.Reporter), Hs, Currency.USD);
        var chn = builder.CodeOf(0, Economy.FromCode("CHN"));

        Assert.Throws<ArgumentException>(() => builder.Add([chn, 0], 1m, 1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add([chn + 1], 1m, 1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add([chn], 1m, 1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add([chn], 1m, -1, 0));
        Assert.Throws<InvalidOperationException>(() => builder.AddQuantity([chn], 0, 1, 1, 1, 1m));
        builder.Add([chn], 1m, 1, 0);
        Assert.Single(builder.ToCube());
        Assert.Throws<InvalidOperationException>(() => builder.ToCube());
        Assert.Throws<InvalidOperationException>(() => builder.Add([chn], 1m, 1, 0));
    }

    [Fact]
    public void Quantities_for_a_cell_without_a_row_of_totals_are_an_error_not_a_lost_figure()
    {
        var builder = new FlowCubeBuilder(
            FlowQuery.By(FlowDimension.Reporter),
            Hs,
            Currency.USD,
            [UnitsNet.Units.MassUnit.Tonne]
        );
        int chn = builder.CodeOf(0, Economy.FromCode("CHN")),
            usa = builder.CodeOf(0, Economy.FromCode("USA"));
        builder.Add([chn], 1m, 1, 0);
        builder.AddQuantity([usa], 0, 5, 1, 5, 1m);
        Assert.Throws<ArgumentException>(() => builder.AddQuantity([chn], 0, -1, 1, 0, 0m));

        var e = Assert.Throws<InvalidOperationException>(() => builder.ToCube());

        Assert.Contains("1 cells", e.Message, StringComparison.Ordinal);
        builder.Add([usa], 2m, 1, 0);
        Assert.Equal(5.0, (double)builder.ToCube()[1].Quantities.Single().Value);
    }

    private static FlowKey KeyOf(FlowQuery query, TradeFlow flow)
    {
        var key = default(FlowKey);
        foreach (var dimension in query.Dimensions)
        {
            object value = dimension.Kind switch
            {
                FlowDimensionKind.Period => flow.Period,
                FlowDimensionKind.Year => ReferencePeriod.ForYear(flow.Period.Year),
                FlowDimensionKind.Reporter => flow.Reporter,
                FlowDimensionKind.Partner => flow.Partner,
                FlowDimensionKind.Direction => flow.Direction,
                _ => flow.Category,
            };
            key = key.With(dimension.Kind, value);
        }
        return key;
    }
}
