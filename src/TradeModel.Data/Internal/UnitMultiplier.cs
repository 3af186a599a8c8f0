using System.Globalization;

namespace TradeModel.Data.Internal;

/// <summary>The unit multiplier of SDMX and of mapped files: a power of ten that values are written in.</summary>
internal static class UnitMultiplier
{
    /// <summary>Why a text is not a multiplier, for errors.</summary>
    internal const string Invalid = "is not a unit multiplier (a power of ten from −28 to 28).";

    /// <summary>Reads a multiplier; empty is 0.</summary>
    internal static bool TryParse(string text, out int power)
    {
        power = 0;
        return text.Length == 0
            || (
                int.TryParse(
                    text,
                    NumberStyles.AllowLeadingSign,
                    CultureInfo.InvariantCulture,
                    out power
                ) && power is >= -28 and <= 28
            );
    }

    /// <summary>The text's exact value times 10^power, or why it has none.</summary>
    internal static bool TryScale(string text, int power, out decimal value, out string? reason)
    {
        if (!ExactDecimal.TryParse(text, out value, out reason))
        {
            return false;
        }
        return power == 0
            || ExactDecimal.TryParse(
                string.Create(CultureInfo.InvariantCulture, $"{value}e{power}"),
                out value,
                out reason
            );
    }
}
