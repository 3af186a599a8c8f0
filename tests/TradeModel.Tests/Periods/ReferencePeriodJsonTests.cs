using System.Text.Json;

namespace TradeModel.Tests.Periods;

public sealed class ReferencePeriodJsonTests
{
    // A year, a quarter, a month, a day, January–October (year to date) and an interval.
    public static TheoryData<string> Periods() =>
        new(
            "2024",
            "2024-Q3",
            "2024-M10",
            "2024-03-05",
            "2024-01-01/P10M",
            "2024-03-05/2024-04-10"
        );

    [Theory]
    [MemberData(nameof(Periods))]
    public void Json_writes_a_period_in_SDMX_notation_and_reads_it_back(string text)
    {
        var period = ReferencePeriod.Parse(text, null);

        var json = JsonSerializer.Serialize(period);

        Assert.Equal($"\"{text}\"", json);
        Assert.Equal(period, JsonSerializer.Deserialize<ReferencePeriod>(json));
    }

    [Fact]
    public void The_default_period_round_trips()
    {
        var json = JsonSerializer.Serialize(default(ReferencePeriod));

        Assert.Equal(default, JsonSerializer.Deserialize<ReferencePeriod>(json));
        Assert.Equal(ReferencePeriod.ForYear(1), JsonSerializer.Deserialize<ReferencePeriod>(json));
    }

    [Fact]
    public void The_alternative_month_notation_is_read_and_written_canonically()
    {
        var period = JsonSerializer.Deserialize<ReferencePeriod>("\"2024-10\"");

        Assert.Equal(ReferencePeriod.ForMonth(2024, 10), period);
        Assert.Equal("\"2024-M10\"", JsonSerializer.Serialize(period));
    }

    [Fact]
    public void Periods_and_currencies_serve_as_dictionary_keys()
    {
        var byPeriod = new Dictionary<ReferencePeriod, Money>
        {
            [ReferencePeriod.ForYear(2023)] = new(6575.9m, Currency.CNY),
            [ReferencePeriod.ForYear(2024)] = new(7523.8m, Currency.CNY),
        };
        var byCurrency = new Dictionary<Currency, decimal>
        {
            [Currency.USD] = 7.1217m,
            [Currency.EUR] = 7.7m,
        };

        var periodJson = JsonSerializer.Serialize(byPeriod);
        var currencyJson = JsonSerializer.Serialize(byCurrency);

        Assert.StartsWith("{\"2023\":", periodJson, StringComparison.Ordinal);
        Assert.Equal("{\"USD\":7.1217,\"EUR\":7.7}", currencyJson);
        Assert.Equal(
            byPeriod,
            JsonSerializer.Deserialize<Dictionary<ReferencePeriod, Money>>(periodJson)
        );
        Assert.Equal(
            byCurrency,
            JsonSerializer.Deserialize<Dictionary<Currency, decimal>>(currencyJson)
        );
    }

    [Theory]
    [InlineData("\"2024-Q5\"", "2024-Q5")]
    [InlineData("\"\"", "\"\"")]
    [InlineData("2024", "Number")]
    [InlineData("{\"year\":2024}", "StartObject")]
    public void Malformed_periods_are_rejected_with_a_json_exception_quoting_them(
        string json,
        string quoted
    )
    {
        var error = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<ReferencePeriod>(json)
        );

        Assert.Contains(quoted, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_period_inside_an_object_is_reported_with_its_path()
    {
        var error = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<Dictionary<string, ReferencePeriod>>(
                "{\"period\":\"2024-13\"}"
            )
        );

        Assert.Contains("2024-13", error.Message, StringComparison.Ordinal);
        Assert.Equal("$.period", error.Path);
    }

    [Fact]
    public void A_malformed_key_is_rejected_naming_it()
    {
        var error = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<Dictionary<ReferencePeriod, int>>("{\"2024-W01\":1}")
        );
        var currencyError = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<Dictionary<Currency, int>>("{\"ABQ\":1}")
        );

        Assert.Contains("2024-W01", error.Message, StringComparison.Ordinal);
        Assert.Contains("ABQ", currencyError.Message, StringComparison.Ordinal);
    }
}
