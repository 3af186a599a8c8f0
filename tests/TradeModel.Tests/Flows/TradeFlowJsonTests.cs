using System.Text.Json;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using UnitsNet;
using UnitsNet.Units;

namespace TradeModel.Tests.Flows;

public sealed class TradeFlowJsonTests
{
    private static readonly Economy China = Economy.FromCode("CHN");
    private static readonly ReferencePeriod Y2024 = ReferencePeriod.ForYear(2024);

    private static readonly TradeFlow Travel = new(
        China,
        Economy.World,
        TradeDirection.Exports,
        Ebops2010.Classification["SD"],
        Y2024,
        new Money(2051.15m, Currency.CNY)
    );

    [Fact]
    public void A_flow_is_written_as_one_flat_record_of_codes()
    {
        Assert.Equal(
            """{"reporter":"CHN","partner":"WLD","direction":"Exports","category":{"classification":"EBOPS 2010","code":"SD"},"period":"2024","value":{"amount":"2051.15","currency":"CNY"},"status":"Normal"}""",
            JsonSerializer.Serialize(Travel)
        );
    }

    [Fact]
    public void A_flow_of_goods_round_trips_with_its_quantity_and_status()
    {
        var horses = new TradeFlow(
            China,
            Economy.FromCode("JPN"),
            TradeDirection.Imports,
            HarmonizedSystem2022.Classification["010121"],
            ReferencePeriod.ForQuarter(2024, 3),
            new Money(1_250_000m, Currency.USD),
            ObservationStatus.Provisional,
            Mass.FromTonnes(12.5)
        );

        var json = JsonSerializer.Serialize(horses);
        var back = JsonSerializer.Deserialize<TradeFlow>(json)!;

        Assert.Contains(
            "\"quantity\":{\"value\":12.5,\"unit\":\"MassUnit.Tonne\"}",
            json,
            StringComparison.Ordinal
        );
        Assert.Same(horses.Category, back.Category);
        Assert.Same(horses.Partner, back.Partner);
        Assert.Equal(horses.Period, back.Period);
        Assert.Equal(horses.Value, back.Value);
        Assert.Equal(ObservationStatus.Provisional, back.Status);
        Assert.Equal(Mass.FromTonnes(12.5), back.Quantity);
        Assert.Equal(horses.UnitValue, back.UnitValue);
        Assert.Equal(json, JsonSerializer.Serialize(back));
    }

    [Fact]
    public void A_missing_value_is_written_as_null_and_read_back_as_missing_not_zero()
    {
        var missing = new TradeFlow(
            China,
            Economy.World,
            TradeDirection.Imports,
            Ebops2010.Classification["SD"],
            Y2024,
            null,
            ObservationStatus.Missing
        );

        var json = JsonSerializer.Serialize(missing);
        var back = JsonSerializer.Deserialize<TradeFlow>(json)!;

        Assert.Contains("\"value\":null", json, StringComparison.Ordinal);
        Assert.Null(back.Value);
        Assert.Equal(ObservationStatus.Missing, back.Status);
    }

    [Fact]
    public void Reading_takes_any_property_order_and_case_and_defaults_the_status()
    {
        var flow = JsonSerializer.Deserialize<TradeFlow>(
            """{"Period":"2024-M10","Category":{"Code":"sd","Classification":"EBOPS 2010"},"Value":{"amount":"1","currency":"CNY"},"Direction":"imports","Partner":"142","Reporter":"cn"}"""
        )!;

        Assert.Equal(China, flow.Reporter);
        Assert.Equal("Asia", flow.Partner.Name);
        Assert.Equal(TradeDirection.Imports, flow.Direction);
        Assert.Equal(ReferencePeriod.ForMonth(2024, 10), flow.Period);
        Assert.Equal(ObservationStatus.Normal, flow.Status);
        Assert.Same(Ebops2010.Classification["SD"], flow.Category);
    }

    [Theory]
    [InlineData("""{"reporter":"CHN"}""", "missing the \"partner\"")]
    [InlineData(
        """{"reporter":"CHN","partner":"WLD","direction":"Exports","category":{"classification":"EBOPS 2010","code":"SD"},"period":"2024","value":null,"status":"Normal","note":1}""",
        "unexpected property \"note\""
    )]
    [InlineData(
        """{"reporter":"XXY","partner":"WLD","direction":"Exports","category":{"classification":"EBOPS 2010","code":"SD"},"period":"2024","value":null}""",
        "\"XXY\""
    )]
    [InlineData(
        """{"reporter":"CHN","partner":"WLD","direction":"Sideways","category":{"classification":"EBOPS 2010","code":"SD"},"period":"2024","value":null}""",
        "\"Sideways\""
    )]
    [InlineData(
        """{"reporter":"CHN","partner":"WLD","direction":1,"category":{"classification":"EBOPS 2010","code":"SD"},"period":"2024","value":null}""",
        "found Number"
    )]
    [InlineData(
        """{"reporter":"CHN","partner":"WLD","direction":"Exports","category":{"classification":"EBOPS 2010","code":"SZZ"},"period":"2024","value":null}""",
        "\"SZZ\" is not a category of EBOPS 2010"
    )]
    [InlineData(
        """{"reporter":"CHN","partner":"WLD","direction":"Exports","category":{"classification":"SITC 4","code":"0"},"period":"2024","value":null}""",
        "\"SITC 4\" is not a classification this converter knows"
    )]
    [InlineData(
        """{"reporter":"CHN","partner":"WLD","direction":"Exports","category":{"classification":"EBOPS 2010","code":"SD"},"period":"2024","value":null}""",
        "needs a value"
    )]
    [InlineData(
        """{"reporter":"CHN","partner":"WLD","direction":"Exports","category":{"classification":"EBOPS 2010","code":"SD"},"period":"2024","value":{"amount":"1","currency":"CNY"},"status":"Missing"}""",
        "A missing flow has no value"
    )]
    [InlineData(
        """{"reporter":"CHN","partner":"WLD","direction":"Exports","category":{"classification":"HS 2022","code":"0101"},"period":"2024","value":{"amount":"1","currency":"CNY"},"quantity":{"value":3,"unit":"Tonnes"}}""",
        "\"Tonnes\" is not a UnitsNet unit"
    )]
    public void A_malformed_flow_is_rejected_with_a_json_exception_that_says_why(
        string json,
        string reason
    )
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TradeFlow>(json));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flow_collection_is_written_as_an_array_of_flows_that_reads_back_into_a_new_collection()
    {
        var flows = new TradeFlowCollection(Ebops2010.Classification, Currency.CNY);
        flows.Add(Travel);
        flows.Add(
            new TradeFlow(
                China,
                Economy.World,
                TradeDirection.Imports,
                Ebops2010.Classification["SD"],
                Y2024,
                new Money(100m, Currency.CNY)
            )
        );

        var read = JsonSerializer.Deserialize<List<TradeFlow>>(JsonSerializer.Serialize(flows))!;
        var again = new TradeFlowCollection(Ebops2010.Classification, Currency.CNY);
        again.AddRange(read);

        Assert.Equal(2, again.Count);
        Assert.Equal(flows.Total(FlowFilter.All), again.Total(FlowFilter.All));
    }
}
