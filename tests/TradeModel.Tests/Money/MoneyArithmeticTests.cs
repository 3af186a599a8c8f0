namespace TradeModel.Tests.Amounts;

public sealed class MoneyArithmeticTests
{
    private static Money Cny(decimal amount) => new(amount, Currency.CNY);

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    [Fact]
    public void Adding_amounts_is_exact_where_binary_floating_point_is_not()
    {
        Assert.Equal(Cny(0.3m), Cny(0.1m) + Cny(0.2m));
        Assert.NotEqual(0.3, 0.1 + 0.2);
    }

    [Fact]
    public void The_seed_deficit_is_exports_minus_imports_to_the_yuan()
    {
        var exports = Money.FromMagnitude(3175.56m, Magnitude.Billion, Currency.CNY);
        var imports = Money.FromMagnitude(4348.24m, Magnitude.Billion, Currency.CNY);

        Assert.Equal(
            Money.FromMagnitude(-1172.68m, Magnitude.Billion, Currency.CNY),
            exports - imports
        );
        Assert.Equal(
            Money.FromMagnitude(7523.8m, Magnitude.Billion, Currency.CNY),
            exports + imports
        );
    }

    [Fact]
    public void Adding_amounts_in_different_currencies_throws_a_mismatch_naming_both()
    {
        var error = Assert.Throws<CurrencyMismatchException>(() => Cny(1m) + Usd(1m));

        Assert.Equal(Currency.CNY, error.Left);
        Assert.Equal(Currency.USD, error.Right);
        Assert.Contains("CNY", error.Message, StringComparison.Ordinal);
        Assert.Contains("USD", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<InvalidOperationException>(error);
    }

    [Fact]
    public void A_zero_in_another_currency_is_still_another_currency()
    {
        Assert.Throws<CurrencyMismatchException>(() => Cny(5m) + Usd(0m));
        Assert.Throws<CurrencyMismatchException>(() => Cny(5m) - Usd(0m));
        Assert.Throws<CurrencyMismatchException>(() => Cny(0m) < Usd(0m));
    }

    [Fact]
    public void The_default_value_is_the_additive_identity_of_every_currency()
    {
        Assert.Equal(Cny(5m), default(Money) + Cny(5m));
        Assert.Equal(Cny(5m), Cny(5m) + default(Money));
        Assert.Equal(Cny(-5m), default(Money) - Cny(5m));
        Assert.Equal(Cny(5m), Cny(5m) - Money.AdditiveIdentity);
    }

    [Fact]
    public void A_nonzero_amount_without_currency_is_not_an_identity()
    {
        Assert.Throws<CurrencyMismatchException>(() => new Money(1m, Currency.None) + Cny(5m));
    }

    [Fact]
    public void Multiplying_and_dividing_by_a_number_keep_the_currency_and_do_not_round()
    {
        Assert.Equal(Cny(1.0005m), Cny(0.3335m) * 3m);
        Assert.Equal(Cny(1.0005m), 3m * Cny(0.3335m));
        Assert.Equal(Cny(0.3335m), Cny(1.0005m) / 3m);
        Assert.Equal(Cny(0.3335m), Money.Divide(Cny(1.0005m), 3m));
    }

    [Fact]
    public void Dividing_money_by_money_gives_a_ratio_and_needs_one_currency()
    {
        var travel = Money.FromMagnitude(2051.15m, Magnitude.Billion, Currency.CNY);
        var total = Money.FromMagnitude(7523.8m, Magnitude.Billion, Currency.CNY);

        Assert.Equal(2051.15m / 7523.8m, travel / total);
        Assert.Throws<CurrencyMismatchException>(() => travel / Usd(1m));
        Assert.Throws<DivideByZeroException>(() => travel / Cny(0m));
    }

    [Fact]
    public void Negation_absolute_value_and_sign_behave_like_numbers()
    {
        Assert.Equal(Cny(-2m), -Cny(2m));
        Assert.Equal(Cny(2m), Cny(-2m).Abs());
        Assert.Equal(-1, Cny(-2m).Sign);
        Assert.True(Cny(0.00m).IsZero);
        Assert.Equal(Cny(2m), +Cny(2m));
    }

    [Fact]
    public void Amounts_in_one_currency_are_ordered_by_value()
    {
        Assert.True(Cny(1m) < Cny(2m));
        Assert.True(Cny(2m) >= Cny(2.00m));
        Assert.Equal([Cny(-1m), Cny(0m), Cny(3m)], new[] { Cny(3m), Cny(-1m), Cny(0m) }.Order());
    }

    [Fact]
    public void Overflow_throws_an_overflow_exception_that_names_the_operation()
    {
        var huge = Cny(decimal.MaxValue);

        var add = Assert.Throws<OverflowException>(() => huge + Cny(1m));
        var subtract = Assert.Throws<OverflowException>(() => -huge - Cny(1m));
        var multiply = Assert.Throws<OverflowException>(() => huge * 2m);
        var divide = Assert.Throws<OverflowException>(() => huge / 0.5m);

        Assert.StartsWith("Adding", add.Message, StringComparison.Ordinal);
        Assert.StartsWith("Subtracting", subtract.Message, StringComparison.Ordinal);
        Assert.StartsWith("Multiplying", multiply.Message, StringComparison.Ordinal);
        Assert.StartsWith("Dividing", divide.Message, StringComparison.Ordinal);
        Assert.IsType<OverflowException>(add.InnerException);
    }

    [Fact]
    public void Named_methods_match_the_operators()
    {
        Assert.Equal(Cny(3m), Money.Add(Cny(1m), Cny(2m)));
        Assert.Equal(Cny(-1m), Money.Subtract(Cny(1m), Cny(2m)));
        Assert.Equal(Cny(-1m), Money.Negate(Cny(1m)));
        Assert.Equal(Cny(1m), Money.Plus(Cny(1m)));
        Assert.Equal(Cny(4m), Money.Multiply(Cny(2m), 2m));
        Assert.Equal(0.5m, Money.Divide(Cny(1m), Cny(2m)));
    }

    [Fact]
    public void Generic_math_sums_work_through_the_operator_interfaces()
    {
        Assert.Equal(Cny(6m), GenericSum([Cny(1m), Cny(2m), Cny(3m)]));
    }

    private static T GenericSum<T>(IEnumerable<T> values)
        where T : System.Numerics.IAdditionOperators<T, T, T>,
            System.Numerics.IAdditiveIdentity<T, T>
    {
        var total = T.AdditiveIdentity;
        foreach (var value in values)
        {
            total += value;
        }
        return total;
    }

    [Fact]
    public void A_sum_is_decimal_addition_bit_for_bit_at_every_scale_sign_and_size_carries_and_negative_zero_included()
    {
        var random = new Random(24);
        for (var n = 0; n < 100_000; n++)
        {
            var left = RandomAmount(random);
            var right =
                random.Next(3) == 0 ? RandomAmount(random) : WithScaleAndSignOf(left, random);

            var sum = new Money(left, Currency.USD) + new Money(right, Currency.USD);

            Assert.Equal(decimal.GetBits(left + right), decimal.GetBits(sum.Amount));
            Assert.Equal(Currency.USD, sum.Currency);
        }
    }

    /// <summary>Amounts of 0 to 96 bits of units, any scale and sign, zeros and negative zeros among them.</summary>
    private static decimal RandomAmount(Random random)
    {
        var bits = random.Next(5) switch
        {
            0 => 0,
            1 => 32,
            2 => 64,
            3 => 65,
            _ => random.Next(0, 96),
        };
        var lo = bits > 0 ? (uint)random.NextInt64(0, 1L << Math.Min(bits, 32)) : 0u;
        var mid = bits > 32 ? (uint)random.NextInt64(0, 1L << Math.Min(bits - 32, 32)) : 0u;
        var hi = bits > 64 ? (uint)random.NextInt64(0, 1L << Math.Min(bits - 64, 31)) : 0u;
        if (random.Next(6) == 0)
        {
            (lo, mid) = (uint.MaxValue, uint.MaxValue);
        }
        return new decimal(
            (int)lo,
            (int)mid,
            (int)hi,
            random.Next(2) == 0,
            (byte)random.Next(0, 29)
        );
    }

    /// <summary>Another amount of the same scale and sign, within 64 bits of units.</summary>
    private static decimal WithScaleAndSignOf(decimal amount, Random random)
    {
        var bits = decimal.GetBits(amount);
        var scale = (byte)((bits[3] >> 16) & 0xFF);
        var lo = random.Next(4) == 0 ? uint.MaxValue : (uint)random.NextInt64(0, 1L << 32);
        var mid = random.Next(4) == 0 ? uint.MaxValue : (uint)random.NextInt64(0, 1L << 32);
        return new decimal((int)lo, (int)mid, 0, bits[3] < 0, scale);
    }
}
