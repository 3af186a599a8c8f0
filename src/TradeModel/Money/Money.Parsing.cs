using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TradeModel.Internal;

namespace TradeModel;

public readonly partial struct Money : ISpanParsable<Money>
{
    private enum ParseError
    {
        None,
        Empty,
        NoCurrency,
        AmbiguousSymbol,
        CurrencyConflict,
        BadNumber,
        TwoSigns,
        UnknownWord,
        TooManyDecimals,
        Overflow,
    }

    /// <summary>
    /// Parses money written with its currency: the round-trip text ("CNY 7523.80"), a code or symbol before or
    /// after the number ("7,523.8 billion CNY", "€126.36M", "US$ 1,047 bn"), and magnitudes in words or
    /// abbreviations (thousand/k, million/m/mn, billion/b/bn, trillion/t/tn, 万, 亿, 万亿), so that
    /// "75,238亿元" and "7,523.8 billion CNY" give the same amount.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">
    /// The culture whose separators the number uses; the invariant culture when null, never the machine's.
    /// The currency never comes from the culture.
    /// </param>
    /// <returns>The amount, exact: the magnitude is applied without rounding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">
    /// The text has no number, no currency, an ambiguous symbol ($, ¥, kr: use
    /// <see cref="Parse(string, Currency, IFormatProvider?)"/>), or an amount outside the range of decimal.
    /// The message quotes the text and says why.
    /// </exception>
    /// <remarks>
    /// <para>"元", "yuan" and "renminbi" are read as CNY, as in publications of the People's Republic of China.</para>
    /// <para>
    /// The number is read strictly, so that no text gives a silently wrong amount: one sign, before the currency
    /// ("-USD 5") or before the number ("USD -5"), never both; group separators only where the culture puts them
    /// ("1,234.5" in en-US; "1,5" is an error there, not 15); the culture's decimal separator only; and never more
    /// decimals than <see cref="decimal"/> holds (28): such a text is an error, not a rounded amount. Trailing zeros
    /// are kept as scale. <c>ToString(null, provider)</c> writes what this reads back with the same provider.
    /// </para>
    /// </remarks>
    public static Money Parse(string s, IFormatProvider? provider)
    {
        Preconditions.CheckNotNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="Parse(string, IFormatProvider?)"/>
    public static Money Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        ThrowIfFailed(
            s,
            TryParseCore(s, null, provider, out var result, out var symbol),
            symbol,
            null,
            result
        );

    /// <summary>
    /// Parses money where the caller knows the currency: text with no currency ("7,523.8 billion") gets
    /// <paramref name="currency"/>, and an ambiguous symbol ("$", "¥", "kr") is read as it, when it is one of
    /// the currencies that use that symbol. A code or symbol naming another currency is an error.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="currency">The currency the text is in.</param>
    /// <param name="provider">The culture of the number; invariant when null.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not money in <paramref name="currency"/>; the message says why.</exception>
    public static Money Parse(string s, Currency currency, IFormatProvider? provider)
    {
        Preconditions.CheckNotNull(s);
        return Parse(s.AsSpan(), currency, provider);
    }

    /// <inheritdoc cref="Parse(string, Currency, IFormatProvider?)"/>
    public static Money Parse(ReadOnlySpan<char> s, Currency currency, IFormatProvider? provider) =>
        ThrowIfFailed(
            s,
            TryParseCore(s, currency, provider, out var result, out var symbol),
            symbol,
            currency,
            result
        );

    /// <summary>Tries to parse money written with its currency; see <see cref="Parse(string, IFormatProvider?)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number; invariant when null.</param>
    /// <param name="result">The amount, or <c>default</c>.</param>
    /// <returns>Whether the text was money.</returns>
    public static bool TryParse(
        [NotNullWhen(true)] string? s,
        IFormatProvider? provider,
        out Money result
    ) => TextFormatting.TryParse(s, provider, out result);

    /// <inheritdoc cref="TryParse(string?, IFormatProvider?, out Money)"/>
    public static bool TryParse(
        ReadOnlySpan<char> s,
        IFormatProvider? provider,
        out Money result
    ) => TryParseCore(s, null, provider, out result, out _) == ParseError.None;

    /// <summary>Tries to parse money in a known currency; see <see cref="Parse(string, Currency, IFormatProvider?)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="currency">The currency the text is in.</param>
    /// <param name="provider">The culture of the number; invariant when null.</param>
    /// <param name="result">The amount, or <c>default</c>.</param>
    /// <returns>Whether the text was money in that currency.</returns>
    public static bool TryParse(
        ReadOnlySpan<char> s,
        Currency currency,
        IFormatProvider? provider,
        out Money result
    ) => TryParseCore(s, currency, provider, out result, out _) == ParseError.None;

    private static Money ThrowIfFailed(
        ReadOnlySpan<char> s,
        ParseError error,
        string? symbol,
        Currency? expected,
        Money result
    ) =>
        error switch
        {
            ParseError.None => result,
            ParseError.Empty => throw MoneyErrors.BadMoneyText(s, "there is no amount."),
            ParseError.NoCurrency => throw MoneyErrors.BadMoneyText(
                s,
                "there is no currency code or symbol; write one (e.g. \"CNY 12.50\") or pass the currency."
            ),
            ParseError.AmbiguousSymbol => throw MoneyErrors.BadMoneyText(
                s,
                $"the symbol '{symbol}' is used by several currencies; pass the intended currency."
            ),
            ParseError.CurrencyConflict => throw MoneyErrors.BadMoneyText(
                s,
                $"the text says '{symbol}', which is not {expected?.Code}."
            ),
            ParseError.Overflow => throw MoneyErrors.BadMoneyText(
                s,
                "the amount is outside the range of System.Decimal."
            ),
            ParseError.TwoSigns => throw MoneyErrors.BadMoneyText(
                s,
                "it has two signs; write one, before the currency or before the number."
            ),
            ParseError.UnknownWord => throw MoneyErrors.BadMoneyText(
                s,
                $"'{symbol}' is neither a currency nor a magnitude (thousand/k, million/m/mn/mln, billion/b/bn/bln, trillion/t/tn/trn, 万, 亿, 万亿)."
            ),
            ParseError.TooManyDecimals => throw MoneyErrors.BadMoneyText(
                s,
                DecimalText.Describe(DecimalText.Error.TooManyDecimals)
            ),
            _ => throw MoneyErrors.BadMoneyText(s, "the number is not valid in the given culture."),
        };

    private static ParseError TryParseCore(
        ReadOnlySpan<char> s,
        Currency? expected,
        IFormatProvider? provider,
        out Money result,
        out string? symbol
    )
    {
        if (TryParseRoundTrip(s, expected, provider, out result))
        {
            symbol = result.Currency.Code;
            return ParseError.None;
        }
        result = default;
        symbol = null;
        var syntax = DecimalText.Syntax.For(provider);
        var text = s.Trim();
        var sign = LeadingSignBeforeCurrency(ref text, syntax);

        var found =
            MatchCurrency(ref text, fromStart: true, out var named, out symbol)
            || MatchCurrency(ref text, fromStart: false, out named, out symbol);
        var magnitude = MatchMagnitude(ref text);
        if (text.IsEmpty)
        {
            return ParseError.Empty;
        }
        var resolved = ResolveCurrency(found, named, expected, out var currency);
        if (resolved != ParseError.None)
        {
            return resolved;
        }
        if (sign != 0 && DecimalText.StartsWithSign(text, syntax))
        {
            return ParseError.TwoSigns;
        }
        // The magnitude shifts the digits before they become a decimal: "0.0…01 thousand" may have more decimals
        // than decimal holds and still be a decimal in units, as ToString("K") writes the smallest amounts.
        var number = ParseNumber(text, syntax, magnitude.Exponent, out var units, out var word);
        if (number != ParseError.None)
        {
            symbol = word ?? symbol;
            return number;
        }
        result = new Money(sign < 0 ? -units : units, currency);
        return ParseError.None;
    }

    /// <summary>The number of a money text in units (its magnitude's shift applied), its currency and magnitude cut off; a word left over is named.</summary>
    private static ParseError ParseNumber(
        ReadOnlySpan<char> text,
        DecimalText.Syntax syntax,
        int shift,
        out decimal value,
        out string? word
    )
    {
        word = null;
        switch (DecimalText.TryParse(text, syntax, out value, shift))
        {
            case DecimalText.Error.None:
                return ParseError.None;
            case DecimalText.Error.TooManyDecimals:
                return ParseError.TooManyDecimals;
            case DecimalText.Error.Overflow:
                return ParseError.Overflow;
            default:
                var letters = TrailingLetters(text);
                if (!letters.IsEmpty && letters.Length < text.Length)
                {
                    word = letters.ToString();
                    return ParseError.UnknownWord;
                }
                return ParseError.BadNumber;
        }
    }

    /// <summary>
    /// The round-trip form <c>R</c> writes ("CNY 7523.80", "USD -0.5"), read without the general parser's search for
    /// symbols, magnitudes and group separators: an upper-case ISO code, one space, an optional minus, at most 19
    /// digits with at most one '.', in a culture whose decimal separator is '.' and negative sign '-'. Anything else
    /// (and a negative zero) goes through the general parser, which gives the same result for these texts.
    /// </summary>
    private static bool TryParseRoundTrip(
        ReadOnlySpan<char> s,
        Currency? expected,
        IFormatProvider? provider,
        out Money result
    )
    {
        result = default;
        if (
            s.Length < 5
            || s[3] != ' '
            || !char.IsAsciiLetterUpper(s[0])
            || !char.IsAsciiLetterUpper(s[1])
            || !char.IsAsciiLetterUpper(s[2])
        )
        {
            return false;
        }
        var format = NumberFormatInfo.GetInstance(provider ?? CultureInfo.InvariantCulture);
        if (format.NumberDecimalSeparator != "." || format.NegativeSign != "-")
        {
            return false;
        }
        if (
            !TryReadPlainNumber(
                s[4..],
                out var negative,
                out var mantissa,
                out var digits,
                out var scale
            )
        )
        {
            return false;
        }
        if (
            digits == 0
            || scale == 0
            || (negative && mantissa == 0)
            || !Currency.TryFromCode(s[..3], out var currency)
            || IsMagnitudeWord(s[..3])
            || (expected is { } hint && hint != currency)
        )
        {
            return false;
        }
        var amount = new decimal(
            (int)(uint)mantissa,
            (int)(uint)(mantissa >> 32),
            0,
            negative,
            (byte)Math.Max(scale, 0)
        );
        result = new Money(amount, currency);
        return true;
    }

    /// <summary>
    /// An optional minus, then at most 19 digits with at most one '.' between digits: the mantissa, its digits and its
    /// scale (−1 when there is no point).
    /// </summary>
    private static bool TryReadPlainNumber(
        ReadOnlySpan<char> s,
        out bool negative,
        out ulong mantissa,
        out int digits,
        out int scale
    )
    {
        negative = s[0] == '-';
        (mantissa, digits, scale) = (0, 0, -1);
        for (var i = negative ? 1 : 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c) && digits < 19)
            {
                mantissa = (mantissa * 10) + (uint)(c - '0');
                digits++;
                scale += scale >= 0 ? 1 : 0;
            }
            else if (c == '.' && scale < 0 && digits > 0)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A sign before the currency ("-USD 5", "−¥3"): cut off and returned (−1 or +1; 0 for none), so that the number
    /// itself may not have one too. A sign before a digit belongs to the number.
    /// </summary>
    private static int LeadingSignBeforeCurrency(
        ref ReadOnlySpan<char> text,
        in DecimalText.Syntax syntax
    )
    {
        if (!DecimalText.StartsWithSign(text, syntax))
        {
            return 0;
        }
        var sign = text.TrimStart("\u200E\u200F\u061C");
        var length =
            sign.StartsWith(syntax.NegativeSign, StringComparison.Ordinal)
            && syntax.NegativeSign.Length > 0
                ? syntax.NegativeSign.Length
                : 1;
        var rest = sign[length..].TrimStart("\u200E\u200F\u061C");
        if (
            rest.IsEmpty
            || char.IsAsciiDigit(rest[0])
            || rest.StartsWith(syntax.DecimalSeparator, StringComparison.Ordinal)
        )
        {
            return 0;
        }
        text = rest.TrimStart();
        return sign[0] == '+' ? 1 : -1;
    }

    /// <summary>The currency of the text: the one it names, the one the caller expects, or why neither will do.</summary>
    private static ParseError ResolveCurrency(
        bool found,
        NamedCurrency named,
        Currency? expected,
        out Currency currency
    )
    {
        currency = default;
        if (!found)
        {
            if (expected is not { } hint)
            {
                return ParseError.NoCurrency;
            }
            currency = hint;
        }
        else if (expected is { } hint)
        {
            if (!named.Includes(hint))
            {
                return ParseError.CurrencyConflict;
            }
            currency = hint;
        }
        else if (named.Family is not null)
        {
            return ParseError.AmbiguousSymbol;
        }
        else
        {
            currency = named.Single;
        }
        return ParseError.None;
    }

    /// <summary>Finds an ISO code or a symbol at one end of the text and cuts it off.</summary>
    private static bool MatchCurrency(
        ref ReadOnlySpan<char> text,
        bool fromStart,
        out NamedCurrency named,
        out string? symbol
    )
    {
        // An ISO code is the common case and a table lookup; the symbol table is scanned only when there is none.
        // A custom code may have digits (XAB1), so the whole run of letters and digits is tried before the letters.
        var code = fromStart ? LeadingCode(text) : TrailingCode(text);
        var isCode = IsCode(code, out var currency);
        if (!isCode)
        {
            code = fromStart ? LeadingLetters(text) : TrailingLetters(text);
            isCode = IsCode(code, out currency);
        }
        if (isCode)
        {
            named = new NamedCurrency(currency, null);
            symbol = currency.Code;
            text = (fromStart ? text[code.Length..] : text[..^code.Length]).Trim();
            return true;
        }
        if (
            fromStart
                ? CurrencySymbols.TryMatchStart(text, out var entry)
                : CurrencySymbols.TryMatchEnd(text, out entry)
        )
        {
            named = entry.IsAmbiguous
                ? new NamedCurrency(default, entry.Currencies)
                : new NamedCurrency(entry.Currencies[0], null);
            symbol = entry.Symbol;
            text = (fromStart ? text[entry.Symbol.Length..] : text[..^entry.Symbol.Length]).Trim();
            return true;
        }
        named = default;
        symbol = null;
        return false;
    }

    /// <summary>What the text names: one currency, or the family of currencies that share an ambiguous symbol.</summary>
    private readonly record struct NamedCurrency(Currency Single, Currency[]? Family)
    {
        internal bool Includes(Currency currency) =>
            Family is null ? Single == currency : Array.IndexOf(Family, currency) >= 0;
    }

    private static Magnitude MatchMagnitude(ref ReadOnlySpan<char> text)
    {
        if (text.EndsWith("万亿", StringComparison.Ordinal))
        {
            text = text[..^2].TrimEnd();
            return Magnitude.WanYi;
        }
        if (text.EndsWith('亿') || text.EndsWith('万'))
        {
            var magnitude = text[^1] == '亿' ? Magnitude.Yi : Magnitude.Wan;
            text = text[..^1].TrimEnd();
            return magnitude;
        }
        var letters = TrailingLetters(text);
        if (letters.IsEmpty || !TryMagnitudeWord(letters, out var word))
        {
            return Magnitude.One;
        }
        text = text[..^letters.Length].TrimEnd();
        return word;
    }

    private static bool IsCode(ReadOnlySpan<char> code, out Currency currency)
    {
        currency = default;
        return code.Length >= 3
            && char.IsAsciiLetter(code[0])
            && !IsMagnitudeWord(code)
            && Currency.TryFromCode(code, out currency);
    }

    private static ReadOnlySpan<char> LeadingCode(ReadOnlySpan<char> text)
    {
        var n = 0;
        while (n < text.Length && char.IsAsciiLetterOrDigit(text[n]))
        {
            n++;
        }
        return text[..n];
    }

    private static ReadOnlySpan<char> TrailingCode(ReadOnlySpan<char> text)
    {
        var n = 0;
        while (n < text.Length && char.IsAsciiLetterOrDigit(text[^(n + 1)]))
        {
            n++;
        }
        return text[^n..];
    }

    private static bool IsMagnitudeWord(ReadOnlySpan<char> letters) =>
        TryMagnitudeWord(letters, out _);

    private static bool TryMagnitudeWord(ReadOnlySpan<char> letters, out Magnitude magnitude)
    {
        Span<char> lower = stackalloc char[8];
        if (letters.Length > lower.Length)
        {
            magnitude = Magnitude.One;
            return false;
        }
        letters.ToLowerInvariant(lower);
        magnitude = lower[..letters.Length] switch
        {
            "k" or "thousand" => Magnitude.Thousand,
            "m" or "mn" or "mln" or "million" => Magnitude.Million,
            "b" or "bn" or "bln" or "billion" => Magnitude.Billion,
            "t" or "tn" or "trn" or "trillion" => Magnitude.Trillion,
            _ => Magnitude.One,
        };
        return magnitude != Magnitude.One;
    }

    private static ReadOnlySpan<char> LeadingLetters(ReadOnlySpan<char> text)
    {
        var n = 0;
        while (n < text.Length && char.IsAsciiLetter(text[n]))
        {
            n++;
        }
        return text[..n];
    }

    private static ReadOnlySpan<char> TrailingLetters(ReadOnlySpan<char> text)
    {
        var n = 0;
        while (n < text.Length && char.IsAsciiLetter(text[^(n + 1)]))
        {
            n++;
        }
        return text[^n..];
    }
}
