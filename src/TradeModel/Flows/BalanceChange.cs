using TradeModel.Internal;

namespace TradeModel.Flows;

/// <summary>
/// The change of a trade balance between two periods: as an amount (how MOFCOM states it: the deficit "decreased
/// by 31.43 billion" is a change of +31.43 billion in the balance) and as a percentage of the earlier balance's
/// absolute value (how others state it).
/// </summary>
/// <remarks>
/// The default value is the change between two default balances: a zero <see cref="Amount"/> in
/// <see cref="Currency.None"/>, no <see cref="DeficitDecrease"/>, and an undefined <see cref="PercentOfBase"/> (zero base).
/// </remarks>
public readonly struct BalanceChange : IEquatable<BalanceChange>
{
    internal BalanceChange(TradeBalance previous, TradeBalance current)
    {
        Amount = current.Value - previous.Value;
        Previous = previous;
        Current = current;
    }

    /// <summary>The earlier balance.</summary>
    public TradeBalance Previous { get; }

    /// <summary>The later balance.</summary>
    public TradeBalance Current { get; }

    /// <summary>Current − previous balance: positive when the balance improved (a deficit narrowed or a surplus grew).</summary>
    public Money Amount { get; }

    /// <summary>How much the deficit shrank, when both balances are deficits: previous deficit − current deficit; null otherwise.</summary>
    public Money? DeficitDecrease =>
        Previous.IsDeficit && Current.IsDeficit ? Previous.Deficit - Current.Deficit : null;

    /// <summary>The change as a percentage of |previous balance|; undefined (zero base) when the previous balance is zero.</summary>
    /// <exception cref="OverflowException">The percentage is outside the range of <see cref="decimal"/>; the message names the balances.</exception>
    public PercentFigure PercentOfBase
    {
        get
        {
            if (Previous.Value.IsZero)
            {
                return PercentFigure.Undefined(UndefinedReason.ZeroBase, FigureUnit.Percent);
            }
            try
            {
                return PercentFigure.Percent(
                    Amount.Amount / Math.Abs(Previous.Value.Amount) * 100m
                );
            }
            catch (OverflowException e)
            {
                throw MoneyErrors.Overflow(
                    Errors.Format($"The change from {Previous} to {Current} in percent"),
                    e
                );
            }
        }
    }

    /// <summary>Whether two changes are between the same balances.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(BalanceChange left, BalanceChange right) => left.Equals(right);

    /// <summary>Whether two changes differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(BalanceChange left, BalanceChange right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(BalanceChange other) =>
        Previous == other.Previous && Current == other.Current;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BalanceChange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Previous, Current);

    /// <summary>"balance changed by CNY 31430000000 (+2.6% of |base|)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"balance changed by {Amount} ({PercentOfBase} of |base|)";
}
