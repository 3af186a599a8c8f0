using System.Text.Json;
using TradeModel.Economies;

namespace TradeModel.Tests.Economies;

public sealed class EconomyJsonTests
{
    [Theory]
    [InlineData("CHN", "\"CHN\"")]
    [InlineData("World", "\"WLD\"")]
    [InlineData("142", "\"142\"")]
    [InlineData("002", "\"002\"")]
    public void An_economy_is_written_as_its_code_and_read_back_as_the_same_economy(
        string code,
        string json
    )
    {
        var economy = Economy.FromCode(code);

        Assert.Equal(json, JsonSerializer.Serialize(economy));
        Assert.Same(economy, JsonSerializer.Deserialize<Economy>(json));
    }

    [Fact]
    public void Economies_serve_as_dictionary_keys()
    {
        var exports = new Dictionary<Economy, decimal>
        {
            [Economy.FromCode("JPN")] = 1.5m,
            [Economy.World] = 10m,
        };

        var json = JsonSerializer.Serialize(exports);

        Assert.Equal("""{"JPN":1.5,"WLD":10}""", json);
        Assert.Equal(exports, JsonSerializer.Deserialize<Dictionary<Economy, decimal>>(json));
    }

    [Fact]
    public void A_group_defined_by_the_program_has_no_code_and_is_not_written_silently()
    {
        var bloc = Economy.DefineGroup(
            "Test bloc",
            [Economy.FromCode("CHN"), Economy.FromCode("JPN")]
        );

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(bloc));

        Assert.Contains("Test bloc", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"XQZ\"", "\"XQZ\"")]
    [InlineData("156", "Number")]
    public void An_unknown_or_malformed_economy_is_rejected_quoting_it(string json, string quoted)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Economy>(json));

        Assert.Contains(quoted, error.Message, StringComparison.Ordinal);
    }
}
