using TradeModel.Flows;
using TradeModel.Tests.Analysis;

namespace TradeModel.Tests.Flows;

/// <summary>
/// A collection's storage is public as read-only columns of codes with their dictionaries, so that a writer or engine
/// outside the core reads millions of flows as fast as the core does, and sees exactly the flows enumeration gives.
/// </summary>
public sealed class TradeFlowColumnsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void The_columns_hold_every_flow_as_enumerating_the_collection_gives_it(int seed)
    {
        var flows = RandomFlows.Make(seed);

        var columns = flows.Columns;

        Assert.Equal(flows.Count, columns.Count);
        var row = 0;
        foreach (var flow in flows)
        {
            var key = columns.Keys[row];
            Assert.Same(flow.Reporter, columns.Economies[columns.ReporterCodes[row]]);
            Assert.Same(flow.Partner, columns.Economies[columns.PartnerCodes[row]]);
            Assert.Same(flow.Category, columns.Categories[columns.CategoryCodes[row]]);
            Assert.Equal(flow.Period, columns.Periods[key.PeriodCode]);
            Assert.Equal(flow.Direction, key.Direction);
            Assert.Equal(flow.Status, key.Status);
            Assert.Equal(flow.Value?.Amount, columns.ValueAt(row));
            var units = columns.ValueUnits[row];
            if (flow.Value is null)
            {
                Assert.Equal(TradeFlowColumns.MissingValue, units);
            }
            else if (units != TradeFlowColumns.ValueHeldApart)
            {
                Assert.Equal(
                    flow.Value.Value.Amount,
                    units / (decimal)Math.Pow(10, columns.ValueScale)
                );
            }
            var (quantity, unit) = columns.QuantityAt(row);
            Assert.Equal(flow.Quantity is null, double.IsNaN(quantity));
            Assert.Equal(flow.Quantity?.Unit, unit);
            Assert.Equal(
                flow.Quantity is null ? -1 : columns.QuantityUnits.ToList().IndexOf(unit!),
                columns.QuantityUnitCodeAt(row)
            );
            if (flow.Quantity is { } q)
            {
                Assert.Equal((double)q.Value, columns.Quantities[row]);
            }
            row++;
        }
    }

    [Fact]
    public void A_value_that_64_bits_cannot_hold_at_the_column_s_scale_is_held_apart_and_read_back_exactly()
    {
        var flows = RandomFlows.Make(1);

        var columns = flows.Columns;

        Assert.True(columns.HasValuesHeldApart);
        var apart = columns.ValueUnits.IndexOf(TradeFlowColumns.ValueHeldApart);
        Assert.True(apart >= 0);
        Assert.Equal(flows.ElementAt(apart).Value!.Value.Amount, columns.ValueAt(apart));
    }

    [Fact]
    public void The_spans_show_the_collection_as_it_is_when_they_are_taken()
    {
        var flows = RandomFlows.Make(2, count: 10);
        var columns = flows.Columns;
        var before = columns.ReporterCodes.Length;

        flows.AddRange(RandomFlows.Make(3, count: 40));

        Assert.Equal(10, before);
        Assert.Equal(50, columns.ReporterCodes.Length);
        Assert.Equal(50, columns.Keys.Length);
        Assert.Equal(50, columns.ValueUnits.Length);
    }

    [Fact]
    public void A_row_outside_the_collection_is_refused_by_name()
    {
        var columns = RandomFlows.Make(2, count: 10).Columns;

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => columns.ValueAt(10));

        Assert.Equal("row", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => columns.QuantityAt(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => columns.QuantityUnitCodeAt(10));
    }

    [Fact]
    public void A_packed_key_keeps_its_period_direction_and_status_and_refuses_what_it_cannot_hold()
    {
        var key = new CodedFlowKey(2047, TradeDirection.ReImports, ObservationStatus.Missing);

        Assert.Equal(2047, key.PeriodCode);
        Assert.Equal(TradeDirection.ReImports, key.Direction);
        Assert.Equal(ObservationStatus.Missing, key.Status);
        Assert.Equal(key, CodedFlowKey.FromBits(key.Bits));
        Assert.Equal("period 2047, ReImports, Missing", key.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new CodedFlowKey(2048, TradeDirection.Exports, ObservationStatus.Normal)
        );
        Assert.Throws<ArgumentException>(() =>
            new CodedFlowKey(0, (TradeDirection)4, ObservationStatus.Normal)
        );
        Assert.Throws<ArgumentException>(() => CodedFlowKey.FromBits(7));
        Assert.Equal(
            new CodedFlowKey(0, TradeDirection.Exports, ObservationStatus.Normal),
            default
        );
    }
}
