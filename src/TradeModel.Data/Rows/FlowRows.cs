using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TradeModel.Classifications;
using TradeModel.Data.Internal;
using TradeModel.Economies;
using TradeModel.Flows;

namespace TradeModel.Data.Rows;

/// <summary>
/// The row-reading pieces every flow reader shares, so that a format's reader holds only what is particular to the
/// format: economies, partner (the World when the format has no partner), category, period, currency, unit multiplier,
/// exact value, quantity and unit, each read from a field of the current record, each failing with the same kind of
/// error; and the collection the rows go to, filled through the public <see cref="CodedFlowAppender"/>.
/// </summary>
/// <remarks>
/// The collection is made at the first accepted row, in that row's currency (a collection holds one currency); an
/// empty one in the options' currency when no row is accepted. Each distinct text of a file is parsed once and each
/// distinct value coded once (<see cref="Coded{T}"/>).
/// </remarks>
internal sealed class FlowRows
{
    private readonly IRowSource row;
    private readonly Classification classification;
    private readonly Currency? given;
    private readonly int capacity;
    private readonly Dictionary<string, Coded<Economy>> economies = new(
        StringComparer.OrdinalIgnoreCase
    );
    private readonly Dictionary<string, Coded<Category>> categories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Coded<ReferencePeriod>> periods = new(
        StringComparer.Ordinal
    );
    private readonly Dictionary<string, Coded<Enum>> units = new(StringComparer.Ordinal);
    private readonly Coded<Economy> world = new(Economy.World);
    private readonly TextParser<Category> categoryCodes;
    private readonly string notACategory;
    private readonly RepeatedFlows? repeats;
    private TradeFlowCollection? flows;
    private CodedFlowAppender? appender;

    /// <summary>Rows of <paramref name="row"/>, in <paramref name="classification"/>.</summary>
    /// <param name="row">The source's current record.</param>
    /// <param name="classification">The classification of the categories.</param>
    /// <param name="given">The currency the options give, or null to take the rows'.</param>
    /// <param name="capacity">The flows to make room for.</param>
    /// <param name="duplicates">Whether a row that repeats an earlier flow is refused.</param>
    public FlowRows(
        IRowSource row,
        Classification classification,
        Currency? given,
        int capacity,
        DuplicateRows duplicates
    )
    {
        repeats = duplicates == DuplicateRows.Refuse ? new RepeatedFlows() : null;
        this.row = row;
        this.classification = classification;
        this.given = given;
        this.capacity = capacity;
        // Made once: a parser or reason made per call would cost an allocation per row.
        categoryCodes = (string code, [NotNullWhen(true)] out Category? found) =>
            classification.TryGet(code, out found);
        notACategory = $"is not a code of {classification.Name}.";
    }

    /// <summary>The flows read; an empty collection in the given currency (or none) when no row was accepted.</summary>
    private TradeFlowCollection Collection =>
        flows ?? new TradeFlowCollection(classification, given ?? Currency.None);

    /// <summary>The flows accepted so far.</summary>
    public int Count => flows?.Count ?? 0;

    /// <summary>The flows and the report.</summary>
    /// <param name="aggregates">Aggregates kept apart, for formats that mix them with the detail.</param>
    /// <param name="flags">Codes kept for flows, for formats that have them (SDMX).</param>
    public ReadResult Result(
        TradeFlowCollection? aggregates = null,
        IReadOnlyList<FlowFlag>? flags = null
    )
    {
        // The room made from the source's size goes back: a read holds 16 bytes a flow (24 with quantities).
        Collection.TrimExcess();
        var written = new WrittenCodes();
        foreach (var (code, economy) in economies)
        {
            if (economy.Code >= 0)
            {
                written.Add(economy.Value, code, row.Report);
            }
        }
        return new(Collection, row.Report, aggregates, written.Codes, flags);
    }

    /// <summary>The economy a field names, or notes that it names none.</summary>
    /// <param name="column">The field.</param>
    /// <param name="parse">The format's economy codes.</param>
    /// <param name="reason">Why a text is not one: "is not a UN Comtrade economy code."</param>
    /// <param name="economy">The economy.</param>
    public bool TryEconomy(
        int column,
        TextParser<Economy> parse,
        string reason,
        [NotNullWhen(true)] out Coded<Economy>? economy
    ) => TryCoded(economies, column, parse, reason, out economy);

    /// <summary>The partner a field names; the World when the format has no partner column (−1).</summary>
    /// <inheritdoc cref="TryEconomy"/>
    public bool TryPartner(
        int column,
        TextParser<Economy> parse,
        string reason,
        [NotNullWhen(true)] out Coded<Economy>? economy
    )
    {
        if (column < 0)
        {
            economy = world;
            return true;
        }
        return TryEconomy(column, parse, reason, out economy);
    }

    /// <summary>The category whose code the field holds, or notes that it is none.</summary>
    /// <param name="column">The field.</param>
    /// <param name="category">The category.</param>
    public bool TryCategory(int column, [NotNullWhen(true)] out Coded<Category>? category) =>
        TryCoded(categories, column, categoryCodes, notACategory, out category);

    /// <summary>The category a field names through the format's own reading of codes, or notes that it names none.</summary>
    /// <param name="column">The field.</param>
    /// <param name="parse">The format's reading of category codes (leading zeros restored, say).</param>
    /// <param name="reason">Why a text is not a category.</param>
    /// <param name="category">The category.</param>
    public bool TryCategory(
        int column,
        TextParser<Category> parse,
        string reason,
        [NotNullWhen(true)] out Coded<Category>? category
    ) => TryCoded(categories, column, parse, reason, out category);

    /// <summary>The period the field writes in SDMX notation, or notes that it is none.</summary>
    /// <param name="column">The field.</param>
    /// <param name="period">The period.</param>
    public bool TryPeriod(int column, [NotNullWhen(true)] out Coded<ReferencePeriod>? period) =>
        TryPeriod(column, SdmxPeriods, NotAnSdmxPeriod, out period);

    private const string NotAnSdmxPeriod =
        "is not a period in SDMX notation (2024, 2024-Q3, 2024-M10, 2024-03-05).";

    private static readonly TextParser<ReferencePeriod> SdmxPeriods = (
        string text,
        out ReferencePeriod found
    ) => ReferencePeriod.TryParse(text, CultureInfo.InvariantCulture, out found);

    /// <summary>The period the field writes in the format's own notation, or notes that it is none.</summary>
    /// <param name="column">The field.</param>
    /// <param name="parse">The format's notation.</param>
    /// <param name="reason">Why a text is not a period in it.</param>
    /// <param name="period">The period.</param>
    public bool TryPeriod(
        int column,
        TextParser<ReferencePeriod> parse,
        string reason,
        [NotNullWhen(true)] out Coded<ReferencePeriod>? period
    ) => TryCoded(periods, column, parse, reason, out period);

    /// <summary>The unit a field names, or notes that it names none.</summary>
    /// <param name="column">The field.</param>
    /// <param name="parse">The format's unit names or codes.</param>
    /// <param name="reason">Why a text is not a unit.</param>
    /// <param name="unit">The unit.</param>
    public bool TryUnit(
        int column,
        TextParser<Enum> parse,
        string reason,
        [NotNullWhen(true)] out Coded<Enum>? unit
    ) => TryCoded(units, column, parse, reason, out unit);

    /// <summary>A unit the format knows without a field (the net weight's kilograms).</summary>
    /// <param name="unit">The unit.</param>
    public Coded<Enum> Unit(Enum unit)
    {
        var key = QuantityUnitText.Format(unit);
        if (!units.TryGetValue(key, out var coded))
        {
            units[key] = coded = new Coded<Enum>(unit);
        }
        return coded;
    }

    /// <summary>
    /// The row's currency: the field's code when the format has a currency column, else the options' currency; it
    /// must match the options' currency when both are given, and the rows' before (a collection holds one currency).
    /// </summary>
    /// <param name="column">The currency column, or −1.</param>
    /// <param name="currency">The currency.</param>
    public bool TryCurrency(int column, out Currency currency)
    {
        currency = given ?? default;
        if (column >= 0)
        {
            if (!Currency.TryFromCode(row.Field(column).Trim(), out currency))
            {
                row.Fail(column, "is not an ISO 4217 currency code.");
                return false;
            }
            if (given is { } expected && expected != currency)
            {
                row.Fail(column, $"is not {expected.Code}, the currency given in the options.");
                return false;
            }
        }
        if (flows?.Currency is { } before && before != currency)
        {
            row.Fail(
                column,
                $"is not {before.Code}, the currency of the rows before: a collection holds one currency."
            );
            return false;
        }
        return true;
    }

    /// <summary>The power of ten the field says values are written in; blank is 0.</summary>
    /// <param name="column">The unit multiplier column, or −1.</param>
    /// <param name="power">The power, −28 to 28.</param>
    public bool TryMultiplier(int column, out int power)
    {
        power = 0;
        var text = row.Field(column).Trim();
        if (
            text.IsEmpty
            || (
                int.TryParse(
                    text,
                    NumberStyles.AllowLeadingSign,
                    CultureInfo.InvariantCulture,
                    out power
                ) && power is >= -28 and <= 28
            )
        )
        {
            return true;
        }
        row.Fail(column, "is not a unit multiplier (a power of ten from −28 to 28).");
        return false;
    }

    /// <summary>
    /// The field's exact value times 10^<paramref name="power"/>; null for a blank field (a missing value, never
    /// zero). A value the decimal type cannot hold exactly is an error, never rounded.
    /// </summary>
    /// <param name="column">The value column.</param>
    /// <param name="power">The unit multiplier (<see cref="TryMultiplier"/>).</param>
    /// <param name="amount">The value, or null.</param>
    public bool TryValue(int column, int power, out decimal? amount)
    {
        amount = null;
        var text = row.Field(column).Trim();
        if (text.IsEmpty)
        {
            return true;
        }
        if (!ExactDecimal.TryParse(text, out var value, out var reason))
        {
            row.Fail(column, $"is not an exact value: {reason}");
            return false;
        }
        if (
            power != 0
            && !ExactDecimal.TryParse(
                string.Create(CultureInfo.InvariantCulture, $"{value}e{power}"),
                out value,
                out reason
            )
        )
        {
            row.Fail(column, $"is not an exact value at 10^{power}: {reason}");
            return false;
        }
        if (power != 0)
        {
            row.Report.Note(
                string.Create(CultureInfo.InvariantCulture, $"unit multiplier {power}")
            );
        }
        amount = value;
        return true;
    }

    /// <summary>
    /// The field's physical quantity: a finite number of at least 0; <see cref="double.NaN"/> (none) for a blank
    /// field, NA, or an absent column (−1).
    /// </summary>
    /// <param name="column">The quantity column, or −1.</param>
    /// <param name="quantity">The quantity, or NaN.</param>
    public bool TryQuantity(int column, out double quantity)
    {
        quantity = double.NaN;
        var text = row.Field(column).Trim();
        if (text.IsEmpty || text.Equals("NA", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out quantity)
            && double.IsFinite(quantity)
            && quantity >= 0
        )
        {
            return true;
        }
        quantity = double.NaN;
        row.Fail(column, "is not a quantity: a finite number of at least 0, NA or blank.");
        return false;
    }

    /// <summary>
    /// Adds the row's flow, and counts the row accepted; a flow the model refuses (a value that does not fit its
    /// status, say) fails at <paramref name="column"/> instead.
    /// </summary>
    /// <param name="currency">The row's currency (<see cref="TryCurrency"/>).</param>
    /// <param name="reporter">The reporter.</param>
    /// <param name="partner">The partner.</param>
    /// <param name="direction">The direction.</param>
    /// <param name="category">The category.</param>
    /// <param name="period">The period.</param>
    /// <param name="amount">The value, or null.</param>
    /// <param name="status">The observation status.</param>
    /// <param name="quantity">The quantity, or NaN.</param>
    /// <param name="unit">The quantity's unit, null exactly when there is no quantity.</param>
    /// <param name="column">The field to blame when the model refuses the flow.</param>
    public bool Append(
        Currency currency,
        Coded<Economy> reporter,
        Coded<Economy> partner,
        TradeDirection direction,
        Coded<Category> category,
        Coded<ReferencePeriod> period,
        decimal? amount,
        ObservationStatus status,
        double quantity,
        Coded<Enum>? unit,
        int column
    )
    {
        flows ??= new TradeFlowCollection(classification, currency, capacity);
        appender ??= flows.CreateCodedAppender();
        var (from, to, item, when) = (
            reporter.Code >= 0 ? reporter.Code : reporter.Code = appender.CodeOf(reporter.Value),
            partner.Code >= 0 ? partner.Code : partner.Code = appender.CodeOf(partner.Value),
            category.Code >= 0 ? category.Code : category.Code = appender.CodeOf(category.Value),
            period.Code >= 0 ? period.Code : period.Code = appender.CodeOf(period.Value)
        );
        // Looked for only when asked: a key and a lookup per row otherwise saved.
        var key = repeats is null ? 0 : RepeatedFlows.KeyOf(from, to, direction, item, when);
        if (repeats is not null && repeats.TryGetFirst(key, out var first))
        {
            row.Fail(-1, RepeatedFlows.Reason(first));
            return false;
        }
        try
        {
            appender.Append(
                from,
                to,
                direction,
                item,
                when,
                amount,
                status,
                quantity,
                unit is null ? -1
                    : unit.Code >= 0 ? unit.Code
                    : unit.Code = appender.CodeOf(unit.Value)
            );
        }
        catch (ArgumentException e)
        {
            row.Fail(column, $"does not make a flow: {e.Message}");
            return false;
        }
        repeats?.Add(key, row.Line);
        row.Report.Accept();
        return true;
    }

    private bool TryCoded<T>(
        Dictionary<string, Coded<T>> cache,
        int column,
        TextParser<T> parse,
        string reason,
        [NotNullWhen(true)] out Coded<T>? coded
    )
        where T : notnull
    {
        var text = row.Field(column).Trim();
        if (cache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out coded))
        {
            return true;
        }
        var key = text.ToString();
        if (!parse(key, out var value))
        {
            row.Fail(column, reason);
            return false;
        }
        cache[key] = coded = new Coded<T>(value);
        return true;
    }
}
