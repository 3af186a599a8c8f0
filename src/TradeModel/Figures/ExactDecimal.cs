using TradeModel.Internal;

namespace TradeModel;

/// <summary>
/// Reads numbers as data files write them (invariant digits, an optional sign, decimal point and exponent:
/// "1234.567", "-0.5", "1.5e3") into <see cref="decimal"/> exactly, or not at all: a number with more decimals than
/// decimal holds (28) or outside its range is refused, never rounded as <see cref="decimal.Parse(string)"/> rounds
/// it. Trailing zeros are kept as scale. This is the reader TradeModel's JSON converters and file readers use.
/// </summary>
public static class ExactDecimal
{
    /// <summary>Reads a number exactly.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The number, or 0.</param>
    /// <returns>Whether the text is a number that <see cref="decimal"/> holds exactly.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value) =>
        DecimalText.TryParse(text, DecimalText.Syntax.Data, out value) == DecimalText.Error.None;

    /// <summary>Reads a number exactly.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">
    /// The text is not a number, has more decimals than <see cref="decimal"/> holds, or is outside its range; the
    /// message quotes the text and says which.
    /// </exception>
    public static decimal Parse(ReadOnlySpan<char> text)
    {
        var error = DecimalText.TryParse(text, DecimalText.Syntax.Data, out var value);
        return error == DecimalText.Error.None
            ? value
            : throw new FormatException(
                Errors.Format(
                    $"'{text.ToString()}' is not an exact number: {DecimalText.Describe(error)}"
                )
            );
    }

    /// <summary>Reads a number exactly, saying why when it cannot.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The number, or 0.</param>
    /// <param name="reason">Null, or why the text is not an exact number ("it has more decimals than System.Decimal holds (28)…").</param>
    /// <returns>Whether the text is a number that <see cref="decimal"/> holds exactly.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value, out string? reason)
    {
        var error = DecimalText.TryParse(text, DecimalText.Syntax.Data, out value);
        reason = error == DecimalText.Error.None ? null : DecimalText.Describe(error);
        return reason is null;
    }

    /// <summary>
    /// Reads a plain number, as machine-written files hold most values, in fixed point: ASCII digits with at most one
    /// decimal point between digits, 18 digits at most, no sign, exponent, space or group separator. The value is
    /// <paramref name="units"/> × 10^-<paramref name="scale"/>, exactly: the form
    /// <see cref="Flows.CodedFlowAppender.AppendFixedPoint"/> takes, so a reader appends it without a decimal in
    /// between. Any other text gives false; <see cref="TryParse(ReadOnlySpan{char}, out decimal, out string?)"/> then
    /// reads it, or says why it is not a number.
    /// </summary>
    /// <param name="text">The text: "1234.567" is 1234567 at scale 3, "2024" is 2024 at scale 0.</param>
    /// <param name="units">The digits as one whole number, or 0.</param>
    /// <param name="scale">The digits after the point, 0 to 17, or 0.</param>
    /// <returns>Whether the text is a plain number of at most 18 digits.</returns>
    public static bool TryParseFixedPoint(ReadOnlySpan<char> text, out long units, out int scale)
    {
        units = 0;
        scale = 0;
        // 18 digits and a point at the most; one pass, the point found on the way.
        if (text.IsEmpty || text.Length > 19)
        {
            return false;
        }
        var point = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit <= 9)
            {
                units = (units * 10) + digit;
            }
            else if (text[i] == '.' && point < 0 && i > 0 && i < text.Length - 1)
            {
                point = i;
            }
            else
            {
                units = 0;
                return false;
            }
        }
        if ((point < 0 ? text.Length : text.Length - 1) > 18)
        {
            // Nineteen digits may not fit a long: refused before the value is used.
            units = 0;
            return false;
        }
        scale = point < 0 ? 0 : text.Length - point - 1;
        return true;
    }
}
