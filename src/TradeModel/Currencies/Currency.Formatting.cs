using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TradeModel.Internal;

namespace TradeModel;

public readonly partial struct Currency
    : ISpanFormattable,
        IUtf8SpanFormattable,
        ISpanParsable<Currency>
{
    /// <summary>The alphabetic code, e.g. "CNY".</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    /// <summary>
    /// Formats the currency. Formats: <c>G</c>, <c>C</c> or empty: the alphabetic code ("CNY");
    /// <c>N</c>: the numeric code with three digits ("156"), or an empty string when there is none;
    /// <c>F</c>: the English name ("Yuan Renminbi"). The format provider is not used: none of these depend on culture.
    /// </summary>
    /// <param name="format">One of the formats above.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The formatted text.</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public string ToString(
        [StringSyntax(StringSyntaxAttribute.NumericFormat)] string? format,
        IFormatProvider? formatProvider
    ) =>
        Select(format) switch
        {
            'N' => NumericCode is { } n
                ? n.ToString("000", CultureInfo.InvariantCulture)
                : string.Empty,
            'F' => EnglishName,
            _ => Code,
        };

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)" path="/summary"/>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">One of the formats of <see cref="ToString(string?, IFormatProvider?)"/>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether the destination was large enough.</returns>
    public bool TryFormat(
        Span<char> destination,
        out int charsWritten,
        [StringSyntax(StringSyntaxAttribute.NumericFormat)] ReadOnlySpan<char> format,
        IFormatProvider? provider
    )
    {
        switch (Select(format))
        {
            case 'N':
                if (NumericCode is { } n)
                {
                    return n.TryFormat(
                        destination,
                        out charsWritten,
                        "000",
                        CultureInfo.InvariantCulture
                    );
                }
                charsWritten = 0;
                return true;
            case 'F':
                return TryCopy(EnglishName, destination, out charsWritten);
            default:
                return TryCopy(Code, destination, out charsWritten);
        }
    }

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)" path="/summary"/>
    /// <param name="utf8Destination">The UTF-8 span to write to.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format">One of the formats of <see cref="ToString(string?, IFormatProvider?)"/>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether the destination was large enough.</returns>
    public bool TryFormat(
        Span<byte> utf8Destination,
        out int bytesWritten,
        [StringSyntax(StringSyntaxAttribute.NumericFormat)] ReadOnlySpan<char> format,
        IFormatProvider? provider
    ) => TextFormatting.TryFormatUtf8(this, utf8Destination, out bytesWritten, format, provider);

    /// <summary>Parses an alphabetic currency code, ignoring case and surrounding white space.</summary>
    /// <param name="s">The code, e.g. "CNY".</param>
    /// <param name="provider">Ignored: currency codes do not depend on culture.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">No currency has that code; the message quotes it.</exception>
    public static Currency Parse(string s, IFormatProvider? provider)
    {
        Preconditions.CheckNotNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="Parse(string, IFormatProvider?)"/>
    public static Currency Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result)
            ? result
            : throw new FormatException(CurrencyErrors.UnknownCurrencyMessage(s));

    /// <summary>Tries to parse an alphabetic currency code, ignoring case and surrounding white space.</summary>
    /// <param name="s">The code, e.g. "CNY".</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The currency, or <see cref="None"/>.</param>
    /// <returns>Whether a currency has that code.</returns>
    public static bool TryParse(
        [NotNullWhen(true)] string? s,
        IFormatProvider? provider,
        out Currency result
    ) => TextFormatting.TryParse(s, provider, out result);

    /// <inheritdoc cref="TryParse(string?, IFormatProvider?, out Currency)"/>
    public static bool TryParse(
        ReadOnlySpan<char> s,
        IFormatProvider? provider,
        out Currency result
    ) => TryFromCode(s.Trim(), out result);

    private static char Select(ReadOnlySpan<char> format) =>
        format switch
        {
            [] or ['G'] or ['g'] or ['C'] or ['c'] => 'G',
            ['N'] or ['n'] => 'N',
            ['F'] or ['f'] => 'F',
            _ => throw Errors.BadFormatString(format, nameof(Currency)),
        };

    private static bool TryCopy(string text, Span<char> destination, out int charsWritten)
    {
        if (text.TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }
        charsWritten = 0;
        return false;
    }
}
