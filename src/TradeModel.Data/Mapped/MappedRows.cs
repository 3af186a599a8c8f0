using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TradeModel.Classifications;
using TradeModel.Data.Internal;
using TradeModel.Data.Rows;
using TradeModel.Economies;
using TradeModel.Flows;

namespace TradeModel.Data.Mapped;

/// <summary>
/// The rows of a file read through a <see cref="FlowLayout"/>, whatever its format: each format finds its mapped
/// columns and hands their fields over as text (<see cref="IRowSource"/>), and the layout's rules are applied here once.
/// </summary>
internal sealed class MappedRows : IRowReader
{
    private readonly IRowSource source;
    private readonly FlowLayout layout;
    private readonly MappedColumns at;
    private readonly FlowRows rows;
    private readonly TextParser<Economy> economyCodes;
    private readonly string economyReason;
    private readonly TextParser<Category> categoryCodes;
    private readonly string categoryReason;
    private readonly Coded<Enum>? fixedUnit;

    /// <summary>Rows of <paramref name="source"/> in <paramref name="layout"/>, its columns at <paramref name="at"/>.</summary>
    internal MappedRows(
        IRowSource source,
        FlowLayout layout,
        MappedColumns at,
        int capacity,
        DuplicateRows duplicates
    )
    {
        this.source = source;
        this.layout = layout;
        this.at = at;
        rows = new FlowRows(source, layout.Classification, layout.Currency, capacity, duplicates);
        (economyCodes, economyReason) = layout.EconomyCodes switch
        {
            EconomyCodes.Comtrade => (
                (TextParser<Economy>)ComtradeEconomy,
                "is not a UN Comtrade economy code."
            ),
            EconomyCodes.Baci => (ComtradeEconomy, "is not a BACI economy code."),
            _ => (IsoOrM49Economy, "is not an ISO 3166 or M49 economy code."),
        };
        var classification = layout.Classification;
        categoryCodes = layout.CategoryDigits is { } digits
            ? (string code, [NotNullWhen(true)] out Category? found) =>
                classification.TryGet(Restored(code, digits), out found)
            : (string code, [NotNullWhen(true)] out Category? found) =>
                classification.TryGet(code, out found);
        categoryReason = layout.CategoryDigits is { } length
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"is not a code of {classification.Name}, even with its leading zeros restored to {length} digits."
            )
            : $"is not a code of {classification.Name}.";
        fixedUnit = at.Unit < 0 && layout.QuantityUnit is { } unit ? rows.Unit(unit) : null;
    }

    /// <summary>Why a layout cannot read a file whose columns are <paramref name="at"/>, or null when it can.</summary>
    internal static string? Missing(FlowLayout layout, MappedColumns at) =>
        at.Currency < 0 && layout.Currency is null
            ? "is where a currency column was expected: map one, or give the layout's Currency."
        : at.Direction < 0 && layout.Direction is null
            ? "is where a direction column was expected: map one, or give the layout's Direction."
        : at.Quantity >= 0 && at.Unit < 0 && layout.QuantityUnit is null
            ? "is where a unit column was expected for the quantities: map one, or give the layout's QuantityUnit."
        : null;

    /// <summary>A code of digits shorter than <paramref name="digits"/> with its leading zeros back.</summary>
    internal static string Restored(string code, int digits) =>
        code.Length < digits && code.Length > 0 && code.All(char.IsAsciiDigit)
            ? code.PadLeft(digits, '0')
            : code;

    /// <summary>The flows and the report.</summary>
    public ReadResult Result() => rows.Result();

    /// <summary>Reads the current record into a flow, or records why it cannot.</summary>
    public void ReadRow()
    {
        Coded<Enum>? measure = null;
        if (
            !rows.TryEconomy(at.Reporter, economyCodes, economyReason, out var from)
            || !rows.TryPartner(at.Partner, economyCodes, economyReason, out var to)
            || !TryDirection(out var towards)
            || !rows.TryCategory(at.Category, categoryCodes, categoryReason, out var item)
            || !rows.TryPeriod(at.Period, out var when)
            || !rows.TryCurrency(at.Currency, out var money)
            || !TryMultiplier(out var power)
            || !rows.TryValue(at.Value, power, out var amount)
            || !TryStatus(amount, out var observed)
            || !rows.TryQuantity(at.Quantity, out var count)
            || (!double.IsNaN(count) && !TryUnit(out measure))
        )
        {
            return;
        }
        rows.Append(
            money,
            from,
            to,
            towards,
            item,
            when,
            amount,
            observed,
            count,
            measure,
            at.Value
        );
    }

    private static bool IsoOrM49Economy(string code, [NotNullWhen(true)] out Economy? economy) =>
        Economy.TryFromCode(code, out economy);

    private static bool ComtradeEconomy(string code, [NotNullWhen(true)] out Economy? economy)
    {
        economy = null;
        return int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && Economy.TryFromComtradeCode(number, out economy);
    }

    private bool TryDirection(out TradeDirection towards)
    {
        if (at.Direction < 0)
        {
            towards = layout.Direction!.Value;
            return true;
        }
        if (layout.DirectionCodes.TryGetValue(Text(at.Direction), out towards))
        {
            return true;
        }
        source.Fail(at.Direction, "is not one of the layout's direction codes.");
        return false;
    }

    private bool TryMultiplier(out int power)
    {
        if (at.Multiplier < 0)
        {
            power = layout.UnitMultiplier;
            return true;
        }
        return rows.TryMultiplier(at.Multiplier, out power);
    }

    private bool TryStatus(decimal? amount, out ObservationStatus observed)
    {
        observed = amount is null ? ObservationStatus.Missing : ObservationStatus.Normal;
        if (at.Status < 0 || source.Field(at.Status).Trim().IsEmpty)
        {
            return true;
        }
        if (layout.StatusCodes.TryGetValue(Text(at.Status), out observed))
        {
            return true;
        }
        source.Fail(at.Status, "is not one of the layout's status codes.");
        return false;
    }

    private bool TryUnit([NotNullWhen(true)] out Coded<Enum>? measure)
    {
        if (fixedUnit is not null)
        {
            measure = fixedUnit;
            return true;
        }
        return rows.TryUnit(at.Unit, LayoutCodes.TryUnit, LayoutCodes.NotAUnit, out measure);
    }

    private string Text(int column) => source.Field(column).Trim().ToString();
}
