using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using TradeModel.Rates;
using TradeModel.Releases;
using UnitsNet;

namespace TradeModel.Tests.Reliability;

/// <summary>Arithmetic that used to fail with the wrong exception or decimal's generic message.</summary>
public sealed class ArithmeticRegressionTests
{
    private static readonly Money Huge = new(decimal.MaxValue, Currency.CNY);
    private static readonly Money Tiny = new(0.0000000000000000000000000001m, Currency.CNY);

    private static ExchangeRate Rate(Currency from, Currency to, decimal value) =>
        new(from, to, value, ReferencePeriod.ForYear(2024), RateKind.PeriodAverage);

    [Fact]
    public void Compound_growth_down_to_zero_is_minus_one_hundred_percent()
    {
        var growth = ReleaseArithmetic.CompoundGrowth(
            new Money(100m, Currency.CNY),
            Money.Zero(Currency.CNY),
            2
        );

        Assert.Equal(PercentFigure.Percent(-100m), growth);
    }

    public static TheoryData<string, Func<object>> Overflows() =>
        new()
        {
            { "growth from", () => ReleaseArithmetic.Growth(Huge, Tiny) },
            { "share of", () => ReleaseArithmetic.Share(Huge, Tiny) },
            { "growth from", () => ReleaseArithmetic.CompoundGrowth(Tiny, Huge, 1) },
            { "Dividing", () => Huge / Tiny },
            {
                "Converting",
                () =>
                    Rate(Currency.USD, Currency.CNY, 1000m)
                        .Convert(new Money(decimal.MaxValue, Currency.USD))
            },
            {
                "Crossing",
                () =>
                    ExchangeRate.Cross(
                        Rate(Currency.EUR, Currency.USD, 1e20m),
                        Rate(Currency.USD, Currency.CNY, 1e10m)
                    )
            },
            {
                "change from",
                () =>
                    new TradeBalance(Huge, Money.Zero(Currency.CNY))
                        .ChangeFrom(new TradeBalance(Tiny, Money.Zero(Currency.CNY)))
                        .PercentOfBase
            },
        };

    [Theory]
    [MemberData(nameof(Overflows))]
    public void An_overflow_names_the_computation_and_its_values(
        string computation,
        Func<object> compute
    )
    {
        var error = Assert.Throws<OverflowException>(compute);

        Assert.Contains(computation, error.Message, StringComparison.Ordinal);
        Assert.Contains("System.Decimal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flow_total_beyond_decimal_names_the_collection()
    {
        var flows = new TradeFlowCollection(Ebops2010.Classification, Currency.CNY);
        var flow = new TradeFlow(
            Economy.FromCode("CHN"),
            Economy.World,
            TradeDirection.Exports,
            Ebops2010.Services,
            ReferencePeriod.ForYear(2024),
            Huge
        );
        flows.Add(flow);
        flows.Add(flow);

        var error = Assert.Throws<OverflowException>(() => flows.Total(FlowFilter.All));

        Assert.Contains("CNY total of the flows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_inverse_of_a_rate_decimal_cannot_hold_precisely_is_refused()
    {
        var rate = Rate(Currency.USD, Currency.CNY, 3e27m);

        var error = Assert.Throws<OverflowException>(rate.Inverse);

        Assert.Contains("USD/CNY", error.Message, StringComparison.Ordinal);
        var ordinary = Rate(Currency.USD, Currency.CNY, 7.1884m).Inverse();
        Assert.Equal(1m, decimal.Round(ordinary.Rate * 7.1884m, 20));
    }

    [Theory]
    [InlineData(1e-30)]
    [InlineData(1e30)]
    public void A_unit_value_of_a_quantity_decimal_cannot_divide_by_is_an_overflow_naming_the_flow(
        double tonnes
    )
    {
        var flow = new TradeFlow(
            Economy.FromCode("CHN"),
            Economy.FromCode("JPN"),
            TradeDirection.Imports,
            HarmonizedSystem2022.Classification["010121"],
            ReferencePeriod.ForYear(2024),
            new Money(1000m, Currency.USD),
            quantity: Mass.FromTonnes(tonnes)
        );

        var error = Assert.Throws<OverflowException>(() => flow.UnitValue);

        Assert.Contains("010121", error.Message, StringComparison.Ordinal);
    }
}
