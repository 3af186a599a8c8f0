using System.Text.Json;

namespace TradeModel.Tests.Amounts;

public sealed class MoneyJsonTests
{
    [Fact]
    public void Json_writes_the_amount_as_a_string_keeping_exact_value_and_scale()
    {
        var json = JsonSerializer.Serialize(new Money(7523.80m, Currency.CNY));

        Assert.Equal("""{"amount":"7523.80","currency":"CNY"}""", json);
        var back = JsonSerializer.Deserialize<Money>(json);
        Assert.Equal(2, back.Amount.Scale);
        Assert.Equal(new Money(7523.80m, Currency.CNY), back);
    }

    [Fact]
    public void The_default_value_round_trips()
    {
        var json = JsonSerializer.Serialize(default(Money));

        Assert.Equal("""{"amount":"0","currency":"XXX"}""", json);
        Assert.Equal(default, JsonSerializer.Deserialize<Money>(json));
    }

    [Fact]
    public void Numbers_and_any_property_case_are_accepted_when_reading()
    {
        var money = JsonSerializer.Deserialize<Money>("""{"Currency":"cny","Amount":12.50}""");

        Assert.Equal(new Money(12.50m, Currency.CNY), money);
        Assert.Equal(2, money.Amount.Scale);
    }

    [Fact]
    public void Money_inside_other_objects_round_trips()
    {
        var original = new Dictionary<string, Money>
        {
            ["exports"] = new(3175.56m, Currency.CNY),
            ["imports"] = new(4348.24m, Currency.CNY),
        };

        var back = JsonSerializer.Deserialize<Dictionary<string, Money>>(
            JsonSerializer.Serialize(original)
        );

        Assert.Equal(original, back);
    }

    [Theory]
    [InlineData("""{"amount":"1"}""", "currency")]
    [InlineData("""{"currency":"CNY"}""", "amount")]
    [InlineData("""{"amount":"one","currency":"CNY"}""", "amount")]
    [InlineData("""{"amount":true,"currency":"CNY"}""", "amount")]
    [InlineData("""{"amount":"1","currency":"CNY","note":"x"}""", "note")]
    [InlineData("""{"amount":"1","currency":"ABQ"}""", "ABQ")]
    [InlineData("""["CNY",1]""", "object")]
    public void Malformed_json_is_rejected_with_a_json_exception_naming_the_property(
        string json,
        string named
    )
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>(json));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
