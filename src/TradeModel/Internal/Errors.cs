using System.Globalization;

namespace TradeModel.Internal;

/// <summary>
/// The one place where the library's exception messages are written. Messages are invariant English and
/// always quote the value at fault; callers never need to parse them (overflow, for example, is an
/// <see cref="OverflowException"/> type, not a message to compare).
/// </summary>
internal static class Errors
{
    private static string Format(FormattableString text) =>
        text.ToString(CultureInfo.InvariantCulture);

    internal static string UnknownCurrencyMessage(ReadOnlySpan<char> code) =>
        Format(
            $"'{code.ToString()}' is neither an ISO 4217 currency code nor a registered custom currency."
        );

    internal static ArgumentException UnknownCurrencyCode(string code, string paramName) =>
        new(UnknownCurrencyMessage(code), paramName);

    internal static ArgumentException UnknownNumericCurrencyCode(
        int numericCode,
        string paramName
    ) =>
        new(
            Format($"{numericCode:000} is not the numeric code of a current ISO 4217 currency."),
            paramName
        );

    internal static ArgumentException InvalidCustomCurrencyCode(string code, string paramName) =>
        new(
            Format(
                $"'{code}' is not a valid custom currency code: use 3 to 8 ASCII letters or digits, starting with a letter."
            ),
            paramName
        );

    internal static ArgumentException CustomCurrencyClashesWithIso(string code, string paramName) =>
        new(
            Format($"'{code}' is an ISO 4217 currency code; a custom currency cannot take it."),
            paramName
        );

    internal static ArgumentException CustomCurrencyAlreadyRegistered(
        string code,
        string paramName
    ) =>
        new(
            Format($"A different custom currency with code '{code}' is already registered."),
            paramName
        );

    internal static CurrencyMismatchException CurrencyMismatch(
        Currency left,
        Currency right,
        string operation
    ) =>
        new(
            left,
            right,
            Format(
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
            Format($"{operation} {left} and {right} overflows the range of System.Decimal."),
            inner
        );

    internal static FormatException BadMoneyText(ReadOnlySpan<char> text, string reason) =>
        new(Format($"Cannot parse '{text.ToString()}' as money: {reason}"));

    internal static FormatException BadFormatString(ReadOnlySpan<char> format, string typeName) =>
        new(
            Format(
                $"'{format.ToString()}' is not a format string of {typeName}; see its documentation for the supported formats."
            )
        );

    internal static InvalidOperationException EmptySequenceHasNoCurrency() =>
        new(
            "Cannot sum an empty sequence of Money without a currency; pass the currency of the result."
        );
}
