namespace TradeModel.Tests.Amounts;

public sealed class MoneySumTests
{
    [Fact]
    public void Summing_the_seed_exports_and_imports_gives_the_total_exactly()
    {
        Money[] flows = [new(3175.56m, Currency.CNY), new(4348.24m, Currency.CNY)];

        Assert.Equal(new Money(7523.80m, Currency.CNY), flows.Sum());
    }

    [Fact]
    public void An_empty_sequence_has_no_currency_unless_one_is_given()
    {
        Assert.Throws<InvalidOperationException>(() => Array.Empty<Money>().Sum());
        Assert.Equal(Money.Zero(Currency.USD), Array.Empty<Money>().Sum(Currency.USD));
    }

    [Fact]
    public void Summing_mixed_currencies_throws_even_when_a_currency_is_given()
    {
        Money[] mixed = [new(1m, Currency.CNY), new(1m, Currency.USD)];

        Assert.Throws<CurrencyMismatchException>(() => mixed.Sum());
        Assert.Throws<CurrencyMismatchException>(() => mixed.Sum(Currency.CNY));
        Assert.Throws<CurrencyMismatchException>(() => new[] { default(Money) }.Sum(Currency.CNY));
    }

    [Fact]
    public void A_null_sequence_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => ((IEnumerable<Money>)null!).Sum());
    }
}
