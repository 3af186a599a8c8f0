namespace TradeModel.Tests.Amounts;

public sealed class MoneyEqualityTests
{
    [Fact]
    public void Equality_ignores_the_decimal_scale_and_the_hash_code_agrees()
    {
        var a = new Money(1.0m, Currency.CNY);
        var b = new Money(1.00m, Currency.CNY);

        Assert.True(a == b);
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Single(new HashSet<Money> { a, b });
    }

    [Fact]
    public void The_same_amount_in_two_currencies_is_not_equal_and_comparing_for_equality_never_throws()
    {
        Assert.False(new Money(1m, Currency.CNY) == new Money(1m, Currency.USD));
        Assert.True(new Money(0m, Currency.CNY) != new Money(0m, Currency.USD));
        Assert.False(new Money(1m, Currency.CNY).Equals("CNY 1"));
    }

    [Fact]
    public void The_default_value_is_zero_with_no_currency_and_is_safe_to_use()
    {
        var none = default(Money);

        Assert.Equal(0m, none.Amount);
        Assert.Equal(Currency.None, none.Currency);
        Assert.Equal("XXX 0", none.ToString());
        Assert.Equal(none, Money.Zero(Currency.None));
        Assert.Equal(none.GetHashCode(), Money.Zero(Currency.None).GetHashCode());
    }

    [Fact]
    public void Comparing_across_currencies_throws_and_comparing_with_a_non_money_object_is_rejected()
    {
        Assert.Throws<CurrencyMismatchException>(() =>
            new Money(1m, Currency.CNY).CompareTo(new Money(1m, Currency.USD))
        );
        IComparable comparable = new Money(1m, Currency.CNY);
        Assert.Throws<ArgumentException>(() => comparable.CompareTo("x"));
        Assert.Equal(1, comparable.CompareTo(null));
    }
}
