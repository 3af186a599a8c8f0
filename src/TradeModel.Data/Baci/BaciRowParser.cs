using System.Globalization;
using TradeModel.Classifications;
using TradeModel.Data.Internal;
using TradeModel.Economies;

namespace TradeModel.Data.Baci;

/// <summary>
/// Parses and checks the six fields of a BACI row, with caches of the codes found good, so that a row's first bad
/// field is known without the collection. One parser a thread: the caches are not shared.
/// </summary>
internal sealed class BaciRowParser(Classification classification)
{
    /// <summary>The economy codes below 1,000 already found to be economies.</summary>
    private readonly bool[] economies = new bool[1000];

    /// <summary>The products already found in the classification, by heading (the code's first four digits) and then subheading.</summary>
    private readonly bool[]?[] products = new bool[]?[10_000];

    /// <summary>The field names, in the order the fields are checked: year, exporter, importer, product, value, quantity.</summary>
    internal static readonly string[] Fields = ["t", "i", "j", "k", "v", "q"];

    internal Classification Classification => classification;

    /// <summary>Parses a row's fields.</summary>
    /// <returns>The first bad field's index in <see cref="Fields"/>, with its reason; −1 when the row is good.</returns>
    internal int Parse(
        ReadOnlySpan<char> t,
        ReadOnlySpan<char> i,
        ReadOnlySpan<char> j,
        ReadOnlySpan<char> k,
        ReadOnlySpan<char> v,
        ReadOnlySpan<char> q,
        out BaciRow row,
        out decimal dollars,
        out string? reason
    )
    {
        row = default;
        dollars = 0m;
        reason = null;
        if (!AsciiNumber.TryParseUnsigned(t, out row.Year) || row.Year is < 1 or > 9999)
        {
            reason = "is not a year.";
            return 0;
        }
        if (!TryEconomy(i, out row.Exporter, out reason))
        {
            return 1;
        }
        if (!TryEconomy(j, out row.Importer, out reason))
        {
            return 2;
        }
        if (!TryProduct(k.Trim(), out row.Product, out reason))
        {
            return 3;
        }
        if (!TryValue(v.Trim(), out row.Units, out row.Scale, out dollars, out reason))
        {
            return 4;
        }
        if (!TryQuantity(q.Trim(), out row.Tonnes))
        {
            reason = "is not a quantity in tonnes, blank or NA.";
            return 5;
        }
        return -1;
    }

    private bool TryEconomy(ReadOnlySpan<char> text, out int code, out string? reason)
    {
        reason = null;
        if (!AsciiNumber.TryParseUnsigned(text, out code))
        {
            reason = "is not a numeric economy code.";
            return false;
        }
        if ((uint)code < (uint)economies.Length && economies[code])
        {
            return true;
        }
        if (!Economy.TryFromComtradeCode(code, out _))
        {
            reason = "is not a BACI or UN Comtrade economy code.";
            return false;
        }
        if ((uint)code < (uint)economies.Length)
        {
            economies[code] = true;
        }
        return true;
    }

    private bool TryProduct(ReadOnlySpan<char> text, out int code, out string? reason)
    {
        reason = null;
        // Five or six digits: a code that lost its leading zero in a spreadsheet (10121) is 010121.
        if (text.Length is < 5 or > 6 || !AsciiNumber.TryParseDigits(text, out code))
        {
            code = 0;
            reason = "is not an HS 6-digit product code.";
            return false;
        }
        if (products[code / 100] is { } subheadings && subheadings[code % 100])
        {
            return true;
        }
        if (ProductOf(classification, code) is null)
        {
            reason = $"is not a 6-digit product of {classification.Name}.";
            return false;
        }
        (products[code / 100] ??= new bool[100])[code % 100] = true;
        return true;
    }

    /// <summary>The classification's 6-digit product of a code, or null.</summary>
    internal static Category? ProductOf(Classification classification, int code) =>
        classification.TryGet(code.ToString("000000", CultureInfo.InvariantCulture), out var found)
        && found.Code.Length == 6
            ? found
            : null;

    /// <summary>
    /// The value in dollars as <paramref name="units"/> × 10^-<paramref name="scale"/>. The common field, digits with
    /// three decimals, is a whole number of dollars and needs no general parser; any other goes through the exact
    /// decimal reader, and a value that does not fit 64 bits comes as <paramref name="dollars"/> with
    /// <see cref="BaciRow.DecimalScale"/>.
    /// </summary>
    private static bool TryValue(
        ReadOnlySpan<char> text,
        out long units,
        out int scale,
        out decimal dollars,
        out string? reason
    )
    {
        dollars = 0m;
        reason = null;
        if (ExactDecimal.TryParseFixedPoint(text, out var mantissa, out var decimals))
        {
            if (decimals >= 3)
            {
                (units, scale) = (mantissa, decimals - 3);
                return true;
            }
            if (mantissa <= long.MaxValue / 1000)
            {
                units =
                    mantissa
                    * (
                        decimals switch
                        {
                            0 => 1000L,
                            1 => 100L,
                            _ => 10L,
                        }
                    );
                scale = 0;
                return true;
            }
        }
        (units, scale) = (0, BaciRow.DecimalScale);
        if (!ExactDecimal.TryParse(text, out var thousands, out var why))
        {
            reason = $"is not an exact value in thousands of US dollars: {why}";
            return false;
        }
        if (thousands < 0m)
        {
            reason = "is a negative value.";
            return false;
        }
        try
        {
            dollars = Magnitude.Thousand.ToUnits(thousands);
        }
        catch (OverflowException)
        {
            reason = "is too large in US dollars for System.Decimal.";
            return false;
        }
        return true;
    }

    private static bool TryQuantity(ReadOnlySpan<char> text, out double tonnes)
    {
        tonnes = double.NaN;
        if (text.IsEmpty || text.Equals("NA", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (AsciiNumber.TryParseShortDouble(text, out tonnes))
        {
            return true;
        }
        if (
            !double.TryParse(
                text,
                NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture,
                out tonnes
            ) || !double.IsFinite(tonnes)
        )
        {
            tonnes = double.NaN;
            return false;
        }
        return true;
    }
}
