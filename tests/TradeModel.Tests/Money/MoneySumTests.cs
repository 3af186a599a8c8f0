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

    [Theory]
    [InlineData(2)]
    [InlineData(0)]
    [InlineData(7)]
    public void Amounts_of_one_scale_sum_to_the_decimal_sum_with_either_sign(int scale)
    {
        var random = new Random(scale);
        var amounts = Enumerable
            .Range(0, 5_000)
            .Select(_ => new decimal(
                random.Next(),
                random.Next(),
                0,
                random.Next(2) == 0,
                (byte)scale
            ))
            .ToArray();

        var total = amounts.Select(a => new Money(a, Currency.EUR)).ToArray().Sum();

        Assert.Equal(amounts.Sum(), total.Amount);
        Assert.Equal(scale, total.Amount.Scale);
        Assert.Equal(Currency.EUR, total.Currency);
    }

    [Fact]
    public void A_total_too_wide_for_its_scale_is_the_decimal_sum_and_beyond_decimal_an_overflow()
    {
        // Two amounts of 28 significant digits at scale 2: the sum needs one more digit than a decimal holds at that
        // scale, so it is the decimal sum (rounded to one decimal fewer) or, at the top of the range, an overflow error.
        Money[] near =
        [
            new(decimal.MaxValue / 100m, Currency.EUR),
            new(decimal.MaxValue / 100m, Currency.EUR),
        ];
        Money[] over = [new(decimal.MaxValue, Currency.EUR), new(1m, Currency.EUR)];

        Assert.Equal(decimal.MaxValue / 100m + decimal.MaxValue / 100m, near.Sum().Amount);
        Assert.Throws<OverflowException>(() => over.Sum());
    }

    [Fact]
    public void Amounts_of_several_scales_sum_exactly_with_the_largest_scale()
    {
        Money[] mixed =
        [
            new(1.5m, Currency.EUR),
            new(2.25m, Currency.EUR),
            new(-0.125m, Currency.EUR),
        ];

        Assert.Equal(3.625m, mixed.Sum().Amount);
        Assert.Equal(3, mixed.Sum().Amount.Scale);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Amounts_of_random_scales_and_signs_sum_to_the_decimal_sum_digit_for_digit(int seed)
    {
        var random = new Random(seed);
        var amounts = Enumerable
            .Range(0, 5_000)
            .Select(_ => new decimal(
                random.Next(),
                random.Next(4) == 0 ? random.Next() : 0,
                0,
                random.Next(2) == 0,
                (byte)random.Next(0, 12)
            ))
            .ToArray();
        var expected = 0m;
        foreach (var a in amounts)
        {
            expected += a;
        }

        var total = amounts.Select(a => new Money(a, Currency.EUR)).ToArray().Sum().Amount;

        Assert.Equal(expected, total);
        Assert.Equal(expected.Scale, total.Scale);
    }

    [Fact]
    public void A_null_sequence_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => ((IEnumerable<Money>)null!).Sum());
    }
}
