using System.Globalization;

namespace TradeModel.Internal;

/// <summary>
/// Messages that know no domain. The library's rule for messages: every message is invariant English, quotes the
/// value at fault, and is written once. Argument checks go through <see cref="Preconditions"/>; a message thrown from
/// more than one place lives in the errors class of the concept it is about (<c>CurrencyErrors</c>,
/// <c>MoneyErrors</c>, …, beside that concept); a message thrown from one place only is written at that place.
/// Callers never need to parse messages: overflow, for example, is an <see cref="OverflowException"/> type.
/// </summary>
internal static class Errors
{
    /// <summary>Formats a message with the invariant culture.</summary>
    internal static string Format(FormattableString text) =>
        text.ToString(CultureInfo.InvariantCulture);

    internal static FormatException BadFormatString(ReadOnlySpan<char> format, string typeName) =>
        new(
            Format(
                $"'{format.ToString()}' is not a format string of {typeName}; see its documentation for the supported formats."
            )
        );
}
