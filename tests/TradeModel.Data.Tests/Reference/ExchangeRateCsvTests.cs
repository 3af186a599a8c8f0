using NodaTime;
using TradeModel.Data.Reference;
using TradeModel.Rates;

namespace TradeModel.Data.Tests.Reference;

public sealed class ExchangeRateCsvTests
{
    [Fact]
    public void A_rate_table_is_read_from_csv_with_kinds_and_sources()
    {
        var table = ExchangeRateCsv.Parse(
            """
            period,base,quote,rate,kind,source
            2024-12-31,USD,CNY,7.1884,spot,central parity
            2024,usd,cny,7.1217,,published annual average

            2024-Q4,USD,CNY,7.1884,end,
            """
        );

        Assert.Equal(3, table.Count);
        Assert.Equal(
            "central parity",
            table
                .GetRate(
                    Currency.USD,
                    Currency.CNY,
                    new LocalDate(2024, 12, 31),
                    RateDateMatch.Exact
                )
                .Source
        );
        Assert.Equal(
            RateKind.PeriodAverage,
            table.GetAverageRate(Currency.USD, Currency.CNY, ReferencePeriod.ForYear(2024)).Kind
        );
        Assert.True(
            table.TryGetPeriodRate(
                Currency.USD,
                Currency.CNY,
                ReferencePeriod.ForQuarter(2024, 4),
                RateKind.EndOfPeriod,
                out _
            )
        );
    }

    [Fact]
    public void The_four_required_columns_are_enough()
    {
        var table = ExchangeRateCsv.Parse("period,base,quote,rate\n2024-M01,EUR,USD,1.0905\n");

        Assert.Equal(
            1.0905m,
            table.GetAverageRate(Currency.EUR, Currency.USD, ReferencePeriod.ForMonth(2024, 1)).Rate
        );
    }

    [Theory]
    [InlineData(
        "period,base,quote,rate\n2024-13,USD,CNY,7.1",
        "line 2, column 1 (period)",
        "'2024-13'"
    )]
    [InlineData("period,base,quote,rate\n2024,USD,ABQ,7.1", "line 2, column 3 (quote)", "'ABQ'")]
    [InlineData("period,base,quote,rate\n2024,XYZ,CNY,7.1", "line 2, column 2 (base)", "'XYZ'")]
    [InlineData("period,base,quote,rate\n2024,USD,CNY,-7.1", "line 2, column 4 (rate)", "'-7.1'")]
    [InlineData("period,base,quote,rate\n2024,USD,CNY,0", "line 2, column 4 (rate)", "'0'")]
    [InlineData("period,base,quote,rate\n2024,USD,CNY,seven", "line 2, column 4 (rate)", "'seven'")]
    [InlineData("period,base,quote,rate\n2024,USD,USD,1", "line 2, column 3 (quote)", "'USD'")]
    [InlineData("period,base,quote,rate\n2024,USD,CNY", "line 2, column 4 (rate)", "has 3 fields")]
    [InlineData(
        "period,base,quote,rate,kind\n2024,USD,CNY,7.1,weekly",
        "line 2, column 5 (kind)",
        "'weekly'"
    )]
    [InlineData(
        "period,base,quote,rate,kind\n2024,USD,CNY,7.1,spot",
        "line 2, column 5 (kind)",
        "single day"
    )]
    [InlineData("date,from,to,value\n2024,USD,CNY,7.1", "line 1, column 1", "header")]
    [InlineData("", "line 1, column 1", "empty")]
    [InlineData(
        "period,base,quote,rate\n2024,USD,CNY,7.1\n2024,USD,CNY,7.2",
        "line 3, column 1 (period)",
        "line 2"
    )]
    public void Malformed_csv_is_rejected_naming_the_line_and_column(
        string csv,
        string where,
        string what
    )
    {
        var error = Assert.Throws<DataFormatException>(() => ExchangeRateCsv.Parse(csv));

        Assert.Contains(where, error.Message, StringComparison.Ordinal);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
    }
}
