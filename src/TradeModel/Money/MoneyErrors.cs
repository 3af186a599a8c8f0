using System.Runtime.CompilerServices;
using TradeModel.Internal;

namespace TradeModel;

/// <summary>
/// The messages about amounts of money, written once (see <see cref="Errors"/> for the rule). Every check that two
/// amounts share a currency, in any layer, goes through <see cref="CheckSameCurrency"/> or
/// <see cref="CurrencyMismatch"/>.
/// </summary>
internal static class MoneyErrors
{
    /// <summary>
    /// Throws a <see cref="CurrencyMismatchException"/> unless the currencies are the same.
    /// </summary>
    /// <param name="expected">The currency the operation works in.</param>
    /// <param name="actual">The currency it was given.</param>
    /// <param name="operation">What could not be done, as a verb phrase: "add", "convert with a USD/CNY rate".</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckSameCurrency(Currency expected, Currency actual, string operation)
    {
        if (expected != actual)
        {
            throw CurrencyMismatch(expected, actual, operation);
        }
    }

    /// <summary>The exception for two currencies where one was needed: "Cannot add amounts in different currencies: CNY and USD."</summary>
    internal static CurrencyMismatchException CurrencyMismatch(
        Currency left,
        Currency right,
        string operation
    ) =>
        new(
            left,
            right,
            Errors.Format(
                $"Cannot {operation} amounts in different currencies: {left.Code} and {right.Code}."
            )
        );

    internal static OverflowException Overflow(
        string operation,
        Money left,
        object right,
        OverflowException inner
    ) =>
        new(
            Errors.Format($"{operation} {left} and {right} overflows the range of System.Decimal."),
            inner
        );

    /// <summary>An overflow of a named computation: "The total of 3 flows overflows the range of System.Decimal."</summary>
    internal static OverflowException Overflow(string computation, OverflowException inner) =>
        new(Errors.Format($"{computation} overflows the range of System.Decimal."), inner);

    internal static FormatException BadMoneyText(ReadOnlySpan<char> text, string reason) =>
        new(Errors.Format($"Cannot parse '{text.ToString()}' as money: {reason}"));

    internal static InvalidOperationException EmptySequenceHasNoCurrency() =>
        new(
            "Cannot sum an empty sequence of Money without a currency; pass the currency of the result."
        );
}
