using TradeModel.Data.Reference;
using TradeModel.Rates;

namespace TradeModel.Data.Tests.Reference;

/// <summary>Exchange-rate files that used to be read in some other way than they say.</summary>
public sealed class RateCsvRegressionTests
{
    [Fact]
    public void An_unterminated_quote_is_an_error_naming_its_line_and_column()
    {
        var error = Assert.Throws<DataFormatException>(() =>
            ExchangeRateCsv.Parse("period,base,quote,rate\n2024,USD,CNY,\"7.1\n")
        );

        Assert.Contains("line 2, column 4", error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be split into fields", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024,USD,CNY,7.1\"2\"")]
    [InlineData("2024,USD,CNY,\"7.12\"x")]
    public void A_stray_quote_is_an_error(string row)
    {
        Assert.Throws<DataFormatException>(() =>
            ExchangeRateCsv.Parse("period,base,quote,rate\n" + row)
        );
    }

    [Fact]
    public void Rates_in_both_directions_that_contradict_each_other_are_an_error()
    {
        const string Csv =
            "period,base,quote,rate\n2024-12-31,USD,CNY,7.1884\n2024-12-31,CNY,USD,0.5\n";

        var error = Assert.Throws<DataFormatException>(() => ExchangeRateCsv.Parse(Csv));

        Assert.Contains("line 3, column 4", error.Message, StringComparison.Ordinal);
        Assert.Contains("on line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rates_in_both_directions_that_agree_at_their_precision_are_read()
    {
        const string Csv =
            "period,base,quote,rate\n2024-12-31,USD,CNY,7.1884\n2024-12-31,CNY,USD,0.1391\n";

        var table = ExchangeRateCsv.Parse(Csv);

        Assert.Equal(
            0.1391m,
            table.GetRate(Currency.CNY, Currency.USD, new NodaTime.LocalDate(2024, 12, 31)).Rate
        );
    }

    [Fact]
    public void A_rate_with_more_decimals_than_decimal_holds_is_refused()
    {
        var error = Assert.Throws<DataFormatException>(() =>
            ExchangeRateCsv.Parse(
                "period,base,quote,rate\n2024,USD,CNY,0.000000000000000000000000000071\n"
            )
        );

        Assert.Contains("28", error.Message, StringComparison.Ordinal);
    }
}
