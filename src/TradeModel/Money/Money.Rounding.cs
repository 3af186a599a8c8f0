using TradeModel.Internal;

namespace TradeModel;

public readonly partial struct Money
{
    /// <summary>
    /// Rounds to the currency's minor unit (2 decimals for CNY, 0 for JPY) with banker's rounding
    /// (<see cref="MidpointRounding.ToEven"/>, as <see cref="decimal.Round(decimal, int)"/> does).
    /// A currency whose minor unit is "not applicable" (XAU, XDR, XXX…) has no unit to round to: the amount is
    /// returned unchanged. Use <see cref="Round(int, MidpointRounding)"/> to round those to chosen decimals.
    /// </summary>
    /// <returns>The rounded amount in the same currency.</returns>
    public Money Round() => Round(MidpointRounding.ToEven);

    /// <summary>Rounds to the currency's minor unit with the given midpoint rule; see <see cref="Round()"/>.</summary>
    /// <param name="mode">How to round a value exactly halfway between two minor units.</param>
    /// <returns>The rounded amount in the same currency.</returns>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is not a defined <see cref="MidpointRounding"/>.</exception>
    public Money Round(MidpointRounding mode) =>
        currency.MinorUnit is { } decimals ? Round(decimals, mode) : CheckMode(this, mode);

    /// <summary>Rounds to a number of decimals with banker's rounding (<see cref="MidpointRounding.ToEven"/>).</summary>
    /// <param name="decimals">Decimals to keep, 0 to 28.</param>
    /// <returns>The rounded amount in the same currency.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    public Money Round(int decimals) => Round(decimals, MidpointRounding.ToEven);

    /// <summary>Rounds to a number of decimals with the given midpoint rule.</summary>
    /// <param name="decimals">Decimals to keep, 0 to 28.</param>
    /// <param name="mode">How to round a value exactly halfway.</param>
    /// <returns>The rounded amount in the same currency.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is not a defined <see cref="MidpointRounding"/>.</exception>
    public Money Round(int decimals, MidpointRounding mode)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 28);
        CheckMode(this, mode);
        return new Money(decimal.Round(amount, decimals, mode), currency);
    }

    private static Money CheckMode(Money value, MidpointRounding mode)
    {
        Preconditions.CheckArgument(
            Enum.IsDefined(mode),
            nameof(mode),
            $"{(int)mode} is not a MidpointRounding value."
        );
        return value;
    }
}
