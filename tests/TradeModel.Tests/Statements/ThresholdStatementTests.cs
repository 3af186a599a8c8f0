using TradeModel.Rates;
using TradeModel.Statements;
using static TradeModel.Tests.Statements.Releases;

namespace TradeModel.Tests.Statements;

/// <summary>Thresholds in another currency: "exceeded US$1 trillion", at a stated rate.</summary>
public sealed class ThresholdStatementTests
{
    private static readonly ExchangeRate Rate = new(
        Currency.USD,
        Currency.CNY,
        7.1217m,
        ReferencePeriod.Parse("2024", null),
        RateKind.PeriodAverage
    );

    private static readonly Money Trillion = Money.FromMagnitude(
        1m,
        Magnitude.Trillion,
        Currency.USD
    );

    [Fact]
    public void A_value_above_the_threshold_exceeded_it_at_the_stated_rate()
    {
        var data = Data((Services, StatementMeasure.TotalTrade, 7523.8m, 6575.43m));

        var statement = data.Threshold(Services, StatementMeasure.TotalTrade, Trillion, Rate);

        // 7523.8 / 7.1217 = 1056.46 billion dollars.
        Assert.Equal(
            "In 2024, total trade in services exceeded US$1 trillion (US$1,056.5 billion at 7.1217 yuan per US dollar).",
            English(data, statement)
        );
        Assert.Equal(
            "2024年，服务进出口超过1万亿美元（按1美元兑7.1217元折算为10565亿美元）。",
            Chinese(data, statement)
        );
    }

    [Fact]
    public void A_value_below_the_threshold_did_not_reach_it()
    {
        var data = Data((Services, StatementMeasure.TotalTrade, 7000m, 6575.43m));

        var text = English(
            data,
            data.Threshold(Services, StatementMeasure.TotalTrade, Trillion, Rate)
        );

        // 7000 / 7.1217 = 982.9 billion dollars.
        Assert.Equal(
            "In 2024, total trade in services did not reach US$1 trillion (US$982.9 billion at 7.1217 yuan per US dollar).",
            text
        );
    }

    [Fact]
    public void The_conversion_can_be_left_to_the_proof()
    {
        var data = Data((Services, StatementMeasure.TotalTrade, 7523.8m, 6575.43m));
        var style = ReleaseStyle.English with { ShowConversion = false };

        var rendered = data.Release(
                data.Threshold(Services, StatementMeasure.TotalTrade, Trillion, Rate)
            )
            .Render(style);

        Assert.Equal("In 2024, total trade in services exceeded US$1 trillion.", rendered.Text);
        Assert.Contains(
            rendered.Statements[0].Figures,
            f => f.Role == FigureRole.Converted && !f.InSentence
        );
        Assert.Contains(
            rendered.Checks,
            c => c.Check.Statement == "total trade in services above US$1 trillion, in billion"
        );
    }

    [Fact]
    public void A_rate_that_cannot_convert_to_the_threshold_currency_is_refused()
    {
        var data = Data((Services, StatementMeasure.TotalTrade, 7523.8m, 6575.43m));
        var euros = Money.FromMagnitude(1m, Magnitude.Trillion, Currency.EUR);

        var error = Assert.Throws<ArgumentException>(() =>
            data.Threshold(Services, StatementMeasure.TotalTrade, euros, Rate)
        );

        Assert.StartsWith(
            "A USD/CNY rate cannot convert CNY to EUR.",
            error.Message,
            StringComparison.Ordinal
        );
    }
}
