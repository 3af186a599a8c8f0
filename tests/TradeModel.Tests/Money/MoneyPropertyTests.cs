using System.Text.Json;
using FsCheck.Xunit;
using TradeModel.Tests.Support;

namespace TradeModel.Tests.Amounts;

/// <summary>Algebraic laws of money, checked on random amounts in currencies with 0 to 4 minor units.</summary>
[Properties(Arbitrary = [typeof(Generators)], MaxTest = 300)]
public sealed class MoneyPropertyTests
{
    [Property]
    public bool Addition_is_exact_and_commutative(Money a, Money b)
    {
        var c = new Money(b.Amount, a.Currency);
        return a + c == c + a && (a + c).Amount == a.Amount + b.Amount;
    }

    [Property]
    public bool Adding_then_subtracting_an_amount_gives_back_the_original(Money a, Money b)
    {
        var c = new Money(b.Amount, a.Currency);
        return (a + c) - c == a;
    }

    [Property]
    public bool Allocation_conserves_the_total(Money money, Ratios ratios) =>
        money.Allocate(ratios.Values).Sum() == money;

    [Property]
    public bool Every_allocated_part_is_within_one_smallest_unit_of_its_exact_share(
        Money money,
        Ratios ratios
    )
    {
        var parts = money.Allocate(ratios.Values);
        var total = ratios.Values.Sum();
        var unit = 1m / Pow10(Math.Max(money.Currency.MinorUnit ?? 0, money.Amount.Scale));
        return parts
            .Select((part, i) => Math.Abs(part.Amount - money.Amount * ratios.Values[i] / total))
            .All(difference => difference < unit);
    }

    [Property]
    public bool Allocating_a_negative_amount_mirrors_allocating_the_positive_one(
        Money money,
        Ratios ratios
    ) =>
        money
            .Allocate(ratios.Values)
            .Select(p => -p)
            .SequenceEqual((-money).Allocate(ratios.Values));

    [Property]
    public bool Parsing_the_invariant_format_gives_back_the_same_amount_and_scale(Money money)
    {
        var parsed = Money.Parse(money.ToString(), null);
        return parsed == money && parsed.Amount.Scale == money.Amount.Scale;
    }

    [Property]
    public bool Json_round_trips_amount_currency_and_scale(Money money)
    {
        var back = JsonSerializer.Deserialize<Money>(JsonSerializer.Serialize(money));
        return back == money && back.Amount.Scale == money.Amount.Scale;
    }

    [Property]
    public bool Equal_amounts_have_equal_hash_codes_whatever_their_scale(Money money)
    {
        var rescaled = new Money(money.Amount * 1.000m, money.Currency);
        return rescaled == money && rescaled.GetHashCode() == money.GetHashCode();
    }

    [Property]
    public bool Reading_a_figure_in_any_magnitude_and_back_is_exact(Money money) =>
        Magnitude.All.All(m => Money.FromMagnitude(money.AmountIn(m), m, money.Currency) == money);

    private static decimal Pow10(int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++)
        {
            result *= 10m;
        }
        return result;
    }
}
