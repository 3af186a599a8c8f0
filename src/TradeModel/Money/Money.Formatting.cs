using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TradeModel.Internal;

namespace TradeModel;

public readonly partial struct Money : ISpanFormattable, IUtf8SpanFormattable
{
    private static readonly string[] NumberFormats =
    [
        .. Enumerable.Range(0, 29).Select(d => "N" + d.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>
    /// The invariant round-trip text: ISO code, a space, and the exact amount with its scale, e.g.
    /// "CNY 7523.80". <see cref="Parse(string, IFormatProvider?)"/> reads it back to an equal value with the
    /// same scale. It never depends on the machine's culture.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats the amount. The currency is always written as its ISO code first; only the number uses the
    /// culture of <paramref name="formatProvider"/>, and the invariant culture when it is null (never the
    /// machine's). Formats, where <c>d</c> is an optional number of decimals (0–28):
    /// <list type="table">
    /// <item><term><c>G</c> or empty</term><description>the exact amount with its scale and no groups, "CNY 7523.80"; with a culture, in its separators and signs ("CNY 7523,80" in de-DE), which <see cref="Parse(string, IFormatProvider?)"/> with the same culture reads back. The default format is culture-sensitive exactly when parsing is.</description></item>
    /// <item><term><c>R</c></term><description>invariant round-trip, "CNY 7523.80", whatever the provider.</description></item>
    /// <item><term><c>Nd</c></term><description>grouped number, "CNY 7,523.80"; d defaults to the minor unit.</description></item>
    /// <item><term><c>Kd</c>, <c>Md</c>, <c>Bd</c>, <c>Td</c></term><description>in thousands, millions, billions, trillions: "CNY 7,523.8 billion".</description></item>
    /// <item><term><c>Wd</c>, <c>Yd</c>, <c>Zd</c></term><description>in 万, 亿, 万亿: "CNY 75,238亿".</description></item>
    /// <item><term><c>Ad</c></term><description>the largest short-scale magnitude not above the amount.</description></item>
    /// <item><term><c>Cd</c></term><description>the largest Chinese magnitude not above the amount.</description></item>
    /// </list>
    /// With a magnitude and no d, every decimal the exact value needs is written. Display rounding (when d is
    /// given) is half away from zero, as statistical tables round; it does not change the value.
    /// </summary>
    /// <param name="format">A format above.</param>
    /// <param name="formatProvider">The culture for the number's separators; invariant when null.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public string ToString(
        [StringSyntax(StringSyntaxAttribute.NumericFormat)] string? format,
        IFormatProvider? formatProvider
    )
    {
        Span<char> buffer = stackalloc char[128];
        if (TryFormat(buffer, out var written, format, formatProvider))
        {
            return new string(buffer[..written]);
        }
        // A culture's separators and signs have no length limit: grow until the text fits.
        for (var size = 1024; ; size *= 4)
        {
            var large = new char[size];
            if (TryFormat(large, out written, format, formatProvider))
            {
                return new string(large, 0, written);
            }
        }
    }

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)" path="/summary"/>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">A format of <see cref="ToString(string?, IFormatProvider?)"/>.</param>
    /// <param name="provider">The culture for the number; invariant when null.</param>
    /// <returns>Whether the destination was large enough.</returns>
    public bool TryFormat(
        Span<char> destination,
        out int charsWritten,
        [StringSyntax(StringSyntaxAttribute.NumericFormat)] ReadOnlySpan<char> format,
        IFormatProvider? provider
    )
    {
        var spec = FormatSpec.Parse(format);
        charsWritten = 0;
        if (
            !TryAppend(destination, ref charsWritten, currency.Code)
            || !TryAppend(destination, ref charsWritten, " ")
        )
        {
            return false;
        }
        return spec.Kind switch
        {
            'R' => TryAppendNumber(
                destination,
                ref charsWritten,
                amount,
                default,
                CultureInfo.InvariantCulture
            ),
            'G' => TryAppendNumber(
                destination,
                ref charsWritten,
                amount,
                default,
                provider ?? CultureInfo.InvariantCulture
            ),
            _ => TryAppendScaled(
                destination,
                ref charsWritten,
                spec,
                provider ?? CultureInfo.InvariantCulture
            ),
        };
    }

    /// <summary>Appends the amount in a magnitude (thousand … trillion, 万, 亿) with the format's decimals, then the magnitude's name.</summary>
    private bool TryAppendScaled(
        Span<char> destination,
        ref int charsWritten,
        FormatSpec spec,
        IFormatProvider provider
    )
    {
        var magnitude = spec.Kind switch
        {
            'A' => Magnitude.ShortScaleFor(amount),
            'C' => Magnitude.ChineseFor(amount),
            _ => spec.Magnitude,
        };
        var format = NumberFormatInfo.GetInstance(provider);
        if (amount < 0m && !TryAppend(destination, ref charsWritten, format.NegativeSign))
        {
            return false;
        }
        var digits = new ShiftedDigits(Math.Abs(amount), magnitude.Exponent, spec.Decimals);
        if (
            !(
                digits.TryGetDecimal(out var value)
                    ? TryAppendNumber(
                        destination,
                        ref charsWritten,
                        value,
                        NumberFormatFor(spec, magnitude, value),
                        provider
                    )
                    : digits.TryAppendText(destination, ref charsWritten, format)
            )
        )
        {
            return false;
        }
        if (magnitude == Magnitude.One)
        {
            return true;
        }
        return (magnitude.IsChinese || TryAppend(destination, ref charsWritten, " "))
            && TryAppend(destination, ref charsWritten, magnitude.Name);
    }

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)" path="/summary"/>
    /// <param name="utf8Destination">The UTF-8 span to write to.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format">A format of <see cref="ToString(string?, IFormatProvider?)"/>.</param>
    /// <param name="provider">The culture for the number; invariant when null.</param>
    /// <returns>Whether the destination was large enough.</returns>
    public bool TryFormat(
        Span<byte> utf8Destination,
        out int bytesWritten,
        [StringSyntax(StringSyntaxAttribute.NumericFormat)] ReadOnlySpan<char> format,
        IFormatProvider? provider
    ) => TextFormatting.TryFormatUtf8(this, utf8Destination, out bytesWritten, format, provider);

    private static bool TryAppend(Span<char> destination, ref int position, string text)
    {
        if (!text.TryCopyTo(destination[position..]))
        {
            return false;
        }
        position += text.Length;
        return true;
    }

    private static bool TryAppendNumber(
        Span<char> destination,
        ref int position,
        decimal value,
        ReadOnlySpan<char> format,
        IFormatProvider provider
    )
    {
        if (!value.TryFormat(destination[position..], out var written, format, provider))
        {
            return false;
        }
        position += written;
        return true;
    }

    /// <summary>"N" and the decimals to show: the format's, or the minor unit in units, or all the value has.</summary>
    private string NumberFormatFor(FormatSpec spec, Magnitude magnitude, decimal value)
    {
        var decimals =
            spec.Decimals >= 0 ? spec.Decimals
            : magnitude == Magnitude.One ? currency.MinorUnit ?? value.Scale
            : value.Scale;
        return NumberFormats[decimals];
    }

    /// <summary>A parsed format string: a kind letter, the magnitude it names, and decimals (−1 when not given).</summary>
    private readonly record struct FormatSpec(char Kind, Magnitude Magnitude, int Decimals)
    {
        internal static FormatSpec Parse(ReadOnlySpan<char> format)
        {
            if (format.IsEmpty)
            {
                return new FormatSpec('G', Magnitude.One, -1);
            }
            var kind = char.ToUpperInvariant(format[0]);
            var digits = format[1..];
            var decimals = -1;
            if (
                !digits.IsEmpty
                && (
                    !int.TryParse(
                        digits,
                        NumberStyles.None,
                        CultureInfo.InvariantCulture,
                        out decimals
                    )
                    || decimals > 28
                )
            )
            {
                throw Errors.BadFormatString(format, nameof(Money));
            }
            return kind switch
            {
                'G' or 'R' when digits.IsEmpty => new FormatSpec(kind, Magnitude.One, -1),
                'N' => new FormatSpec('N', Magnitude.One, decimals),
                'K' => new FormatSpec('N', Magnitude.Thousand, decimals),
                'M' => new FormatSpec('N', Magnitude.Million, decimals),
                'B' => new FormatSpec('N', Magnitude.Billion, decimals),
                'T' => new FormatSpec('N', Magnitude.Trillion, decimals),
                'W' => new FormatSpec('N', Magnitude.Wan, decimals),
                'Y' => new FormatSpec('N', Magnitude.Yi, decimals),
                'Z' => new FormatSpec('N', Magnitude.WanYi, decimals),
                'A' or 'C' => new FormatSpec(kind, Magnitude.One, decimals),
                _ => throw Errors.BadFormatString(format, nameof(Money)),
            };
        }
    }
}
