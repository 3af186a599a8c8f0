using TradeModel.Internal;

namespace TradeModel;

/// <summary>Sums of sequences of <see cref="Money"/>.</summary>
public static class MoneyEnumerable
{
    /// <summary>Sums a non-empty sequence of amounts in one currency, exactly.</summary>
    /// <param name="source">The amounts.</param>
    /// <returns>The total, in the currency of the amounts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The sequence is empty: an empty sum has no currency; use <see cref="Sum(IEnumerable{Money}, Currency)"/>.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are in more than one currency.</exception>
    public static Money Sum(this IEnumerable<Money> source)
    {
        Preconditions.CheckNotNull(source);
        if (TryGetSpan(source, out var span))
        {
            return span.IsEmpty
                ? throw MoneyErrors.EmptySequenceHasNoCurrency()
                : SumSpan(span, span[0].Currency);
        }
        using var e = source.GetEnumerator();
        if (!e.MoveNext())
        {
            throw MoneyErrors.EmptySequenceHasNoCurrency();
        }
        var total = e.Current;
        while (e.MoveNext())
        {
            total = Add(total, e.Current);
        }
        return total;
    }

    /// <summary>Sums amounts in a given currency, exactly; an empty sequence sums to zero in that currency.</summary>
    /// <param name="source">The amounts.</param>
    /// <param name="currency">The currency of the amounts and of the result.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="CurrencyMismatchException">An amount is in another currency.</exception>
    public static Money Sum(this IEnumerable<Money> source, Currency currency)
    {
        Preconditions.CheckNotNull(source);
        if (TryGetSpan(source, out var span))
        {
            return SumSpan(span, currency);
        }
        var total = Money.Zero(currency);
        foreach (var item in source)
        {
            total = Add(total, item);
        }
        return total;
    }

    /// <summary>Sums amounts in memory as decimals, checking each currency; an overflow names the running total and the amount.</summary>
    private static Money SumSpan(ReadOnlySpan<Money> amounts, Currency currency)
    {
        // Amounts add as integers at the largest scale, exactly as decimals would; a total too wide, or another currency,
        // adds decimals, as written below, whose errors say why.
        if (Money.TrySumExactly(amounts, currency.Index, out var exact))
        {
            return new Money(exact, currency);
        }
        var total = 0m;
        var i = 0;
        try
        {
            for (; i < amounts.Length; i++)
            {
                if (amounts[i].Currency != currency)
                {
                    throw MoneyErrors.CurrencyMismatch(currency, amounts[i].Currency, "add");
                }
                total += amounts[i].Amount;
            }
        }
        catch (OverflowException e)
        {
            throw MoneyErrors.Overflow("Adding", new Money(total, currency), amounts[i], e);
        }
        return new Money(total, currency);
    }

    private static bool TryGetSpan(IEnumerable<Money> source, out ReadOnlySpan<Money> span)
    {
        switch (source)
        {
            case Money[] array:
                span = array;
                return true;
            case List<Money> list:
                span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list);
                return true;
            default:
                span = default;
                return false;
        }
    }

    /// <summary>Adds strictly: unlike <c>+</c>, a <c>default(Money)</c> in the sequence must match the currency too.</summary>
    private static Money Add(Money total, Money item) =>
        total.Currency == item.Currency
            ? total + item
            : throw MoneyErrors.CurrencyMismatch(total.Currency, item.Currency, "add");
}
