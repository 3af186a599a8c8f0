using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using TradeModel.Internal;

namespace TradeModel.Rates;

/// <summary>
/// Amounts in several currencies held side by side, one total per currency, as a flow table in original
/// currencies before conversion. Immutable: adding returns a new bag.
/// </summary>
/// <remarks>
/// A currency whose total becomes zero leaves the bag, so two bags are equal when they hold the same nonzero
/// totals. Enumeration is ordered by currency code.
/// </remarks>
[SuppressMessage(
    "Naming",
    "CA1710:Identifiers should have correct suffix",
    Justification = "\"Money bag\" is the established name of this concept in money libraries."
)]
public sealed class MoneyBag : IReadOnlyCollection<Money>, IEquatable<MoneyBag>
{
    private readonly SortedDictionary<Currency, decimal> totals;

    private MoneyBag(SortedDictionary<Currency, decimal> totals) => this.totals = totals;

    /// <summary>The empty bag.</summary>
    public static MoneyBag Empty { get; } = new(new SortedDictionary<Currency, decimal>());

    /// <summary>How many currencies the bag holds.</summary>
    public int Count => totals.Count;

    /// <summary>The currencies held, ordered by code.</summary>
    public IEnumerable<Currency> Currencies => totals.Keys;

    /// <summary>The total in a currency: zero in that currency when the bag holds none.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The total.</returns>
    public Money this[Currency currency] =>
        new(totals.TryGetValue(currency, out var amount) ? amount : 0m, currency);

    /// <summary>Creates a bag holding amounts, summed per currency.</summary>
    /// <param name="amounts">The amounts.</param>
    /// <returns>The bag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    public static MoneyBag Of(IEnumerable<Money> amounts)
    {
        Preconditions.CheckNotNull(amounts);
        var bag = Empty;
        foreach (var amount in amounts)
        {
            bag = bag.Add(amount);
        }
        return bag;
    }

    /// <summary>Adds an amount to the total of its currency.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The new bag.</returns>
    public MoneyBag Add(Money amount)
    {
        var copy = new SortedDictionary<Currency, decimal>(totals);
        var total =
            (
                copy.TryGetValue(amount.Currency, out var existing)
                    ? new Money(existing, amount.Currency)
                    : Money.Zero(amount.Currency)
            ) + amount;
        if (total.IsZero)
        {
            copy.Remove(amount.Currency);
        }
        else
        {
            copy[amount.Currency] = total.Amount;
        }
        return new MoneyBag(copy);
    }

    /// <summary>Subtracts an amount from the total of its currency.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The new bag.</returns>
    public MoneyBag Subtract(Money amount) => Add(-amount);

    /// <summary>Adds every total of another bag.</summary>
    /// <param name="other">The other bag.</param>
    /// <returns>The new bag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public MoneyBag Add(MoneyBag other)
    {
        Preconditions.CheckNotNull(other);
        var bag = this;
        foreach (var amount in other)
        {
            bag = bag.Add(amount);
        }
        return bag;
    }

    /// <inheritdoc cref="Add(Money)" path="/summary"/>
    /// <param name="bag">The bag.</param>
    /// <param name="amount">The amount.</param>
    /// <returns>The new bag.</returns>
    public static MoneyBag operator +(MoneyBag bag, Money amount) =>
        Preconditions.CheckNotNull(bag).Add(amount);

    /// <inheritdoc cref="Subtract(Money)" path="/summary"/>
    /// <param name="bag">The bag.</param>
    /// <param name="amount">The amount.</param>
    /// <returns>The new bag.</returns>
    public static MoneyBag operator -(MoneyBag bag, Money amount) =>
        Preconditions.CheckNotNull(bag).Subtract(amount);

    /// <inheritdoc cref="Add(MoneyBag)"/>
    /// <param name="left">The first bag.</param>
    /// <param name="right">The second bag.</param>
    public static MoneyBag operator +(MoneyBag left, MoneyBag right) =>
        Preconditions.CheckNotNull(left).Add(right);

    /// <summary>
    /// Converts every total to one currency with the rates of a date and adds them up, exactly (round the
    /// result if needed).
    /// </summary>
    /// <param name="target">The currency of the result.</param>
    /// <param name="rates">Where the rates come from.</param>
    /// <param name="asOf">The date of the rates.</param>
    /// <param name="match">Whether only rates of that exact date will do.</param>
    /// <returns>The total in <paramref name="target"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="MissingExchangeRateException">A rate is missing; the message names the pair.</exception>
    public Money ConvertTo(
        Currency target,
        IExchangeRateSource rates,
        LocalDate asOf,
        RateDateMatch match = RateDateMatch.Exact
    )
    {
        Preconditions.CheckNotNull(rates);
        return ConvertWith(target, currency => rates.GetRate(currency, target, asOf, match));
    }

    /// <summary>
    /// Converts every total to one currency with the average rates of a period, as statistical offices convert
    /// period totals, and adds them up, exactly.
    /// </summary>
    /// <param name="target">The currency of the result.</param>
    /// <param name="rates">Where the rates come from.</param>
    /// <param name="period">The period whose average rates to use.</param>
    /// <returns>The total in <paramref name="target"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="MissingExchangeRateException">A rate is missing; the message names the pair and period.</exception>
    public Money ConvertTo(Currency target, IExchangeRateSource rates, ReferencePeriod period)
    {
        Preconditions.CheckNotNull(rates);
        return ConvertWith(target, currency => rates.GetAverageRate(currency, target, period));
    }

    private Money ConvertWith(Currency target, Func<Currency, ExchangeRate> rateFor)
    {
        var total = Money.Zero(target);
        foreach (var amount in this)
        {
            total += amount.Currency == target ? amount : rateFor(amount.Currency).Convert(amount);
        }
        return total;
    }

    /// <inheritdoc/>
    public IEnumerator<Money> GetEnumerator() =>
        totals.Select(p => new Money(p.Value, p.Key)).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Whether two bags hold the same nonzero totals (scale ignored).</summary>
    /// <param name="other">The other bag.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(MoneyBag? other) =>
        other is not null && (ReferenceEquals(this, other) || this.SequenceEqual(other));

    /// <summary>Whether two bags hold the same nonzero totals; two nulls are equal.</summary>
    /// <param name="left">The first bag.</param>
    /// <param name="right">The second bag.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(MoneyBag? left, MoneyBag? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Whether two bags differ.</summary>
    /// <param name="left">The first bag.</param>
    /// <param name="right">The second bag.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(MoneyBag? left, MoneyBag? right) => !(left == right);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MoneyBag);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var amount in this)
        {
            hash.Add(amount);
        }
        return hash.ToHashCode();
    }

    /// <summary>For display: "CNY 5, USD 3", each amount as <see cref="Money.ToString()"/> writes it, in the invariant culture whatever the machine's.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Count == 0
            ? "(empty)"
            : string.Join(", ", this.Select(m => m.ToString(null, CultureInfo.InvariantCulture)));
}
