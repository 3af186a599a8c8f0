using TradeModel.Flows;

namespace TradeModel.Tests.Flows;

public sealed class TradeBalanceTests
{
    private static Money Cny(decimal billions) =>
        Money.FromMagnitude(billions, Magnitude.Billion, Currency.CNY);

    [Fact]
    public void Total_trade_is_exports_plus_imports_and_the_balance_exports_minus_imports()
    {
        var trade = new TotalTrade(Cny(3175.56m), Cny(4348.24m));

        Assert.Equal(Cny(7523.8m), trade.Value);
        Assert.Equal(Cny(-1172.68m), trade.Balance.Value);
        Assert.True(trade.Balance.IsDeficit);
        Assert.Equal(Cny(1172.68m), trade.Balance.Deficit);
        Assert.Equal("deficit of CNY 1172680000000", trade.Balance.ToString());
    }

    [Fact]
    public void A_narrowing_deficit_is_a_positive_change_in_the_balance()
    {
        var previous = new TradeBalance(Cny(100m), Cny(140m));
        var current = new TradeBalance(Cny(120m), Cny(150m));

        var change = current.ChangeFrom(previous);

        Assert.Equal(Cny(10m), change.Amount);
        Assert.Equal(Cny(10m), change.DeficitDecrease);
        Assert.Equal(PercentFigure.Percent(25m), change.PercentOfBase);
    }

    [Fact]
    public void The_change_from_a_zero_balance_has_no_percentage()
    {
        var change = new TradeBalance(Cny(5m), Cny(1m)).ChangeFrom(
            new TradeBalance(Cny(1m), Cny(1m))
        );

        Assert.Equal(UndefinedReason.ZeroBase, change.PercentOfBase.Reason);
        Assert.Null(change.DeficitDecrease);
        Assert.True(change.Current.IsSurplus);
    }

    [Fact]
    public void Exports_and_imports_in_different_currencies_make_no_balance()
    {
        Assert.Throws<CurrencyMismatchException>(() =>
            new TradeBalance(Cny(1m), new Money(1m, Currency.USD))
        );
    }
}
