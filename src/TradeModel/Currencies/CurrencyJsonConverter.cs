using TradeModel.Internal;

namespace TradeModel;

/// <summary>
/// Writes a <see cref="Currency"/> as its alphabetic code, <c>"CNY"</c>, and reads it back (case-insensitive), also
/// as a dictionary key. Applied to <see cref="Currency"/> by its attribute; <c>default(Currency)</c> is written as
/// <c>"XXX"</c>.
/// </summary>
internal sealed class CurrencyJsonConverter : StringValueJsonConverter<Currency>
{
    protected override string Noun => "A currency";

    protected override string Example => "CNY";

    protected override bool TryParse(ReadOnlySpan<char> text, out Currency value) =>
        Currency.TryFromCode(text, out value);

    protected override string Invalid(ReadOnlySpan<char> text) =>
        CurrencyErrors.UnknownCurrencyMessage(text);

    protected override string Format(Currency value) => value.Code;
}
