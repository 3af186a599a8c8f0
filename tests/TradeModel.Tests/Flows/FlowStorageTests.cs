using FsCheck.Xunit;
using TradeModel.Analysis;
using TradeModel.Flows;
using TradeModel.Tests.Analysis;

namespace TradeModel.Tests.Flows;

/// <summary>
/// The collection keeps values as 64-bit fixed point where they fit and exactly as decimals where they do not: every
/// value comes back equal to the one added, whatever its size or number of decimals, and missing stays missing.
/// </summary>
public sealed class FlowStorageTests
{
    [Property(MaxTest = 40)]
    public void Every_value_added_comes_back_equal_and_every_missing_value_stays_missing(int seed)
    {
        var flows = RandomFlows.Make(seed);
        var added = RandomFlows.Make(seed).Select(f => f.Value).ToList();

        Assert.Equal(added, flows.Select(f => f.Value));
    }

    [Theory]
    [InlineData("0.1", "123456789012.5")]
    [InlineData("1", "0.000000001")]
    [InlineData("9223372036854775807", "0.5")]
    [InlineData("79228162514264337593543950335", "-79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001", "1")]
    [InlineData("1.500", "-2.25")]
    public void Values_of_any_size_and_scale_survive_side_by_side(string first, string second)
    {
        var values = new[]
        {
            decimal.Parse(first, System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(second, System.Globalization.CultureInfo.InvariantCulture),
        };
        var flows = new TradeFlowCollection(SmallFlows.Hs, Currency.USD);
        foreach (var value in values)
        {
            flows.Add(
                new TradeFlow(
                    SmallFlows.China,
                    SmallFlows.Usa,
                    TradeDirection.Exports,
                    SmallFlows.Hs["850110"],
                    ReferencePeriod.ForYear(2024),
                    new Money(value, Currency.USD)
                )
            );
        }

        Assert.Equal(values, flows.Select(f => f.Value!.Value.Amount));
        Assert.Equal(values.Sum(), flows.Total(new FlowFilter()).Value.Amount);
    }

    [Fact]
    public void A_collection_trimmed_of_spare_room_keeps_every_flow_and_grows_again_when_added_to()
    {
        var source = RandomFlows.Make(seed: 3, count: 500);
        var flows = new TradeFlowCollection(
            source.Classification,
            source.Currency,
            capacity: 10_000
        );
        foreach (var flow in source.Take(400))
        {
            flows.Add(flow);
        }
        var columns = flows.Columns;

        flows.TrimExcess();
        var trimmed = JsonRows(flows);
        foreach (var flow in source.Skip(400))
        {
            flows.Add(flow);
        }

        Assert.Equal(JsonRows(source.Take(400)), trimmed);
        Assert.Equal(JsonRows(source), JsonRows(flows));
        Assert.Equal(500, columns.ReporterCodes.Length);
        Assert.Equal(
            source
                .Aggregate(QueryShapes.ByName["year, reporter, chapter"])
                .Select(c => (c.Key, c.Total, c.FlowsWithQuantity)),
            flows
                .Aggregate(QueryShapes.ByName["year, reporter, chapter"])
                .Select(c => (c.Key, c.Total, c.FlowsWithQuantity))
        );
    }

    [Fact]
    public void A_collection_refuses_a_2049th_period_and_says_how_to_split()
    {
        var flows = new TradeFlowCollection(SmallFlows.Hs, Currency.USD);
        var start = new NodaTime.LocalDate(2000, 1, 1);
        for (var day = 0; day < 2_048; day++)
        {
            flows.Add(
                new TradeFlow(
                    SmallFlows.China,
                    SmallFlows.Usa,
                    TradeDirection.Exports,
                    SmallFlows.Hs["850110"],
                    ReferencePeriod.ForDay(start.PlusDays(day)),
                    SmallFlows.Usd(1m)
                )
            );
        }

        var e = Assert.Throws<InvalidOperationException>(() =>
            flows.Add(
                new TradeFlow(
                    SmallFlows.China,
                    SmallFlows.Usa,
                    TradeDirection.Exports,
                    SmallFlows.Hs["850110"],
                    ReferencePeriod.ForDay(start.PlusDays(2_048)),
                    SmallFlows.Usd(1m)
                )
            )
        );

        Assert.Contains("2,048 periods", e.Message, StringComparison.Ordinal);
        Assert.Equal(2_048, flows.Count);
    }

    private static string[] JsonRows(IEnumerable<TradeFlow> flows) =>
        [.. flows.Select(f => System.Text.Json.JsonSerializer.Serialize(f))];
}
