using System.Text.Json;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using TradeModel.Tests.Support;

namespace TradeModel.Tests.Classifications;

public sealed class CategoryJsonTests
{
    private static readonly Classification Sectors = TestTables.Classification(
        "Sectors",
        "1",
        "code,parent,name\nT,,Total\nA,T,Agriculture\nM,T,Manufacturing\n"
    );

    private static readonly JsonSerializerOptions KnowsSectors = new()
    {
        Converters = { new CategoryJsonConverter(Sectors) },
    };

    private static readonly JsonSerializerOptions FlowsKnowSectors = new()
    {
        Converters = { new TradeFlowJsonConverter(Sectors) },
    };

    [Fact]
    public void A_built_in_category_is_written_with_its_classification_and_read_back_as_the_same_category()
    {
        var travel = Ebops2010.Classification["SD"];

        var json = JsonSerializer.Serialize(travel);

        Assert.Equal("""{"classification":"EBOPS 2010","code":"SD"}""", json);
        Assert.Same(travel, JsonSerializer.Deserialize<Category>(json));
        Assert.Same(
            HarmonizedSystem2022.Classification["010121"],
            JsonSerializer.Deserialize<Category>("""{"classification":"HS 2022","code":"010121"}""")
        );
    }

    [Fact]
    public void A_category_of_a_custom_classification_is_read_by_a_converter_that_knows_it()
    {
        var json = JsonSerializer.Serialize(Sectors["M"]);
        var options = new JsonSerializerOptions
        {
            Converters = { new CategoryJsonConverter(Sectors) },
        };

        var unknown = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<Category>(json)
        );

        Assert.Contains("\"Sectors\"", unknown.Message, StringComparison.Ordinal);
        Assert.Same(Sectors["M"], JsonSerializer.Deserialize<Category>(json, KnowsSectors));
    }

    [Fact]
    public void A_flow_converter_that_knows_a_custom_classification_reads_its_flows()
    {
        var flow = new TradeFlow(
            Economy.FromCode("CHN"),
            Economy.World,
            TradeDirection.Exports,
            Sectors["A"],
            ReferencePeriod.ForYear(2024),
            new Money(5m, Currency.CNY)
        );
        var options = new JsonSerializerOptions
        {
            Converters = { new TradeFlowJsonConverter(Sectors) },
        };

        var back = JsonSerializer.Deserialize<TradeFlow>(
            JsonSerializer.Serialize(flow),
            FlowsKnowSectors
        )!;

        Assert.Same(Sectors["A"], back.Category);
    }

    [Fact]
    public void Classifications_given_to_a_converter_must_have_names_of_their_own()
    {
        var twin = TestTables.Classification("Sectors", "2", "code,parent,name\nT,,Total\n");
        var ebopsTwin = TestTables.Classification(
            "EBOPS 2010",
            "x",
            "code,parent,name\nS,,Services\n"
        );

        Assert.Throws<ArgumentException>(() => new CategoryJsonConverter(Sectors, twin));
        var clash = Assert.Throws<ArgumentException>(() => new TradeFlowJsonConverter(ebopsTwin));
        Assert.Contains("EBOPS 2010", clash.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"SD\"", "found String")]
    [InlineData("""{"code":"SD"}""", "missing the \"classification\"")]
    [InlineData("""{"classification":"EBOPS 2010"}""", "missing the \"code\"")]
    [InlineData("""{"classification":"EBOPS 2010","code":"SD","name":"Travel"}""", "\"name\"")]
    [InlineData("""{"classification":"EBOPS 2010","code":7}""", "must be a string")]
    public void A_malformed_category_is_rejected_naming_the_problem(string json, string named)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Category>(json));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
