using System.Globalization;
using TradeModel.Classifications;

namespace TradeModel.Data.Internal;

/// <summary>The fields every format reads alike: a category code, a period in SDMX notation, a currency.</summary>
internal static class FieldReaders
{
    /// <summary>The category with the field's code, or notes that there is none.</summary>
    internal static bool TryCategory(
        this CsvSource csv,
        int column,
        Classification classification,
        out Category category
    )
    {
        if (classification.TryGet(csv.Text(column), out category!))
        {
            return true;
        }
        csv.Fail(column, $"is not a code of {classification.Name}.");
        return false;
    }

    /// <summary>The period the field writes in SDMX notation, or notes that it is none.</summary>
    internal static bool TryPeriod(this CsvSource csv, int column, out ReferencePeriod period)
    {
        if (
            ReferencePeriod.TryParse(
                csv.Field(column).Trim(),
                CultureInfo.InvariantCulture,
                out period
            )
        )
        {
            return true;
        }
        csv.Fail(column, "is not a period in SDMX notation (2024, 2024-Q3, 2024-M10, 2024-03-05).");
        return false;
    }

    /// <summary>
    /// The row's currency: the field's code when there is a currency column, else the options' currency; it must
    /// match the options' currency when both are given, and the rows' before (a collection holds one currency).
    /// </summary>
    internal static bool TryCurrency(
        this CsvSource csv,
        int column,
        Currency? expected,
        Currency? before,
        out Currency currency
    )
    {
        currency = expected ?? default;
        if (column >= 0)
        {
            if (!Currency.TryFromCode(csv.Field(column).Trim(), out currency))
            {
                csv.Fail(column, "is not an ISO 4217 currency code.");
                return false;
            }
            if (expected is { } given && given != currency)
            {
                csv.Fail(column, $"is not {given.Code}, the currency given in the options.");
                return false;
            }
        }
        if (before is { } earlier && earlier != currency)
        {
            csv.Fail(
                column,
                $"is not {earlier.Code}, the currency of the rows before: a collection holds one currency."
            );
            return false;
        }
        return true;
    }
}
