using TradeModel.Internal;

namespace TradeModel;

/// <summary>The messages about currency codes, written once (see <see cref="Errors"/> for the rule).</summary>
internal static class CurrencyErrors
{
    internal static string UnknownCurrencyMessage(ReadOnlySpan<char> code) =>
        Errors.Format(
            $"'{code.ToString()}' is neither an ISO 4217 currency code nor a registered custom currency."
        );

    internal static ArgumentException UnknownCurrencyCode(string code, string paramName) =>
        new(UnknownCurrencyMessage(code), paramName);

    internal static ArgumentException UnknownNumericCurrencyCode(
        int numericCode,
        string paramName
    ) =>
        new(
            Errors.Format(
                $"{numericCode:000} is not the numeric code of a current ISO 4217 currency."
            ),
            paramName
        );

    internal static ArgumentException InvalidCustomCurrencyCode(string code, string paramName) =>
        new(
            Errors.Format(
                $"'{code}' is not a valid custom currency code: use 3 to 8 ASCII letters or digits, starting with a letter."
            ),
            paramName
        );

    internal static ArgumentException CustomCurrencyClashesWithIso(string code, string paramName) =>
        new(
            Errors.Format(
                $"'{code}' is an ISO 4217 currency code; a custom currency cannot take it."
            ),
            paramName
        );

    internal static ArgumentException CustomCurrencyAlreadyRegistered(
        string code,
        string paramName
    ) =>
        new(
            Errors.Format($"A different custom currency with code '{code}' is already registered."),
            paramName
        );
}
