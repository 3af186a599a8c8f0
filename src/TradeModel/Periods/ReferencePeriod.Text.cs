using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using TradeModel.Internal;

namespace TradeModel;

public readonly partial struct ReferencePeriod
    : ISpanFormattable,
        IUtf8SpanFormattable,
        ISpanParsable<ReferencePeriod>
{
    /// <summary>
    /// The SDMX notation of the period: "2024", "2024-Q3", "2024-M10", "2024-03-05" for a day, SDMX's
    /// reporting time range "2024-01-01/P10M" for January–October 2024, and "2024-03-05/2024-04-10" (start and
    /// end, both included) for an interval. Invariant; <see cref="Parse(string, IFormatProvider?)"/> reads it back.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[32];
        TryFormat(buffer, out var written, default, null);
        return new string(buffer[..written]);
    }

    /// <summary>Formats the period in SDMX notation; the only format is <c>G</c> (or empty) and the provider is ignored.</summary>
    /// <param name="format">"G" or null.</param>
    /// <param name="formatProvider">Ignored: the notation is invariant.</param>
    /// <returns>The text, as <see cref="ToString()"/>.</returns>
    /// <exception cref="FormatException">Another format is given.</exception>
    public string ToString(
        [StringSyntax(StringSyntaxAttribute.DateOnlyFormat)] string? format,
        IFormatProvider? formatProvider
    )
    {
        CheckFormat(format);
        return ToString();
    }

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)" path="/summary"/>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">"G" or empty.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether the destination was large enough.</returns>
    public bool TryFormat(
        Span<char> destination,
        out int charsWritten,
        [StringSyntax(StringSyntaxAttribute.DateOnlyFormat)] ReadOnlySpan<char> format,
        IFormatProvider? provider
    )
    {
        CheckFormat(format);
        var invariant = CultureInfo.InvariantCulture;
        return kind switch
        {
            PeriodKind.Year => destination.TryWrite(invariant, $"{Year:0000}", out charsWritten),
            PeriodKind.Quarter => destination.TryWrite(
                invariant,
                $"{Year:0000}-Q{number}",
                out charsWritten
            ),
            PeriodKind.Month => destination.TryWrite(
                invariant,
                $"{Year:0000}-M{number:00}",
                out charsWritten
            ),
            PeriodKind.YearToDate => destination.TryWrite(
                invariant,
                $"{Year:0000}-01-01/P{number}M",
                out charsWritten
            ),
            PeriodKind.Day => destination.TryWrite(
                invariant,
                $"{start.Year:0000}-{start.Month:00}-{start.Day:00}",
                out charsWritten
            ),
            _ => destination.TryWrite(
                invariant,
                $"{start.Year:0000}-{start.Month:00}-{start.Day:00}/{intervalEnd.Year:0000}-{intervalEnd.Month:00}-{intervalEnd.Day:00}",
                out charsWritten
            ),
        };
    }

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)" path="/summary"/>
    /// <param name="utf8Destination">The UTF-8 span to write to.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format">"G" or empty.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether the destination was large enough.</returns>
    public bool TryFormat(
        Span<byte> utf8Destination,
        out int bytesWritten,
        [StringSyntax(StringSyntaxAttribute.DateOnlyFormat)] ReadOnlySpan<char> format,
        IFormatProvider? provider
    ) => TextFormatting.TryFormatUtf8(this, utf8Destination, out bytesWritten, format, provider);

    /// <summary>
    /// Parses SDMX period notation: "2024", "2024-Q3", "2024-M10" or "2024-10", "2024-03-05", a reporting time
    /// range "2024-01-01/P10M" (January 1 plus whole months is read as year-to-date; any other start as an
    /// interval of whole months), and "2024-03-05/2024-04-10".
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the notation is invariant.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a period (e.g. "2024-Q5", "2024-13", empty); the message quotes it.</exception>
    public static ReferencePeriod Parse(string s, IFormatProvider? provider)
    {
        Preconditions.CheckNotNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="Parse(string, IFormatProvider?)"/>
    public static ReferencePeriod Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result)
            ? result
            : throw new FormatException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"'{s.ToString()}' is not a reference period in SDMX notation (2024, 2024-Q3, 2024-M10, 2024-10, 2024-03-05, 2024-01-01/P10M, or start/end dates)."
                )
            );

    /// <summary>Tries to parse SDMX period notation; see <see cref="Parse(string, IFormatProvider?)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The period, or the default.</param>
    /// <returns>Whether the text was a period.</returns>
    public static bool TryParse(
        [NotNullWhen(true)] string? s,
        IFormatProvider? provider,
        out ReferencePeriod result
    ) => TextFormatting.TryParse(s, provider, out result);

    /// <inheritdoc cref="TryParse(string?, IFormatProvider?, out ReferencePeriod)"/>
    public static bool TryParse(
        ReadOnlySpan<char> s,
        IFormatProvider? provider,
        out ReferencePeriod result
    )
    {
        result = default;
        var text = s.Trim();
        var slash = text.IndexOf('/');
        if (slash >= 0)
        {
            return TryParseRange(text[..slash], text[(slash + 1)..], out result);
        }
        if (!TryParseYear(text, out var year, out var rest))
        {
            return false;
        }
        switch (rest)
        {
            case []:
                result = ForYear(year);
                return true;
            case ['-', 'Q', var q] when q is >= '1' and <= '4':
                result = ForQuarter(year, q - '0');
                return true;
            case ['-', 'M', ..] when TryTwoDigits(rest[2..], 1, 12, out var month):
                result = ForMonth(year, month);
                return true;
            case ['-', _, _] when TryTwoDigits(rest[1..], 1, 12, out var month):
                result = ForMonth(year, month);
                return true;
            default:
                if (TryParseDate(text, out var date))
                {
                    result = ForDay(date);
                    return true;
                }
                return false;
        }
    }

    private static bool TryParseRange(
        ReadOnlySpan<char> from,
        ReadOnlySpan<char> to,
        out ReferencePeriod result
    )
    {
        result = default;
        if (!TryParseDate(from, out var start))
        {
            return false;
        }
        if (to is ['P', .. var digits, 'M'])
        {
            // Whole months from the first of a month, ending by December 9999 (the last month NodaTime's ISO
            // calendar has); a longer span is not a period, and never an overflow.
            if (
                digits.Length is 0 or > 6
                || !int.TryParse(
                    digits,
                    NumberStyles.None,
                    CultureInfo.InvariantCulture,
                    out var months
                )
                || months < 1
                || start.Day != 1
                || (start.Year - 1) * 12 + start.Month - 1 + months > 9999 * 12
            )
            {
                return false;
            }
            if (start.Month == 1 && months <= 12)
            {
                result = ForYearToDate(start.Year, months);
                return true;
            }
            var last = start.PlusMonths(months - 1).With(DateAdjusters.EndOfMonth);
            result = ForInterval(new DateInterval(start, last));
            return true;
        }
        if (!TryParseDate(to, out var end) || end < start)
        {
            return false;
        }
        result = ForInterval(new DateInterval(start, end));
        return true;
    }

    private static bool TryParseYear(
        ReadOnlySpan<char> text,
        out int year,
        out ReadOnlySpan<char> rest
    )
    {
        rest = default;
        year = 0;
        if (
            text.Length < 4
            || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out year)
            || year < 1
        )
        {
            return false;
        }
        rest = text[4..];
        return true;
    }

    private static bool TryParseDate(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        if (
            text is not [_, _, _, _, '-', _, _, '-', _, _]
            || !TryParseYear(text, out var year, out _)
            || !TryTwoDigits(text[5..7], 1, 12, out var month)
            || !TryTwoDigits(
                text[8..10],
                1,
                CalendarSystem.Iso.GetDaysInMonth(year, month),
                out var day
            )
        )
        {
            return false;
        }
        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryTwoDigits(ReadOnlySpan<char> text, int min, int max, out int value)
    {
        value = 0;
        return text.Length == 2
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value)
            && value >= min
            && value <= max;
    }

    private static void CheckFormat(ReadOnlySpan<char> format)
    {
        if (!(format.IsEmpty || format is ['G'] or ['g']))
        {
            throw Errors.BadFormatString(format, nameof(ReferencePeriod));
        }
    }
}
