using System.Data.Common;
using System.Globalization;
using TradeModel.Classifications;
using TradeModel.Data.Mapped;
using TradeModel.Economies;
using TradeModel.Flows;

namespace TradeModel.DuckDb;

/// <summary>
/// Loads rows DuckDB decoded into a collection, one pass: each mapped column comes over as the files hold it (integers
/// as integers, text as text, DECIMAL as decimal, DOUBLE as double) and is read by the rules of the layout, the same
/// rules the in-memory readers apply, with each distinct code resolved once.
/// </summary>
internal sealed class FlowLoader
{
    /// <summary>The parts a row carries, in the order of the SELECT's columns.</summary>
    internal static readonly string[] Parts =
    [
        "reporter",
        "partner",
        "direction",
        "category",
        "period",
        "value",
        "multiplier",
        "quantity",
        "unit",
        "status",
    ];

    private const int Reporter = 0;
    private const int Partner = 1;
    private const int Direction = 2;
    private const int Category = 3;
    private const int Period = 4;
    private const int Value = 5;
    private const int Multiplier = 6;
    private const int Quantity = 7;
    private const int Unit = 8;
    private const int Status = 9;

    /// <summary>The value's whole units at its DECIMAL's scale, when DuckDB could hand them over as a 64-bit integer.</summary>
    private const int FixedUnits = 10;

    /// <summary>
    /// A text category as its place in the dataset's distinct codes (a DuckDB ENUM), when DuckDB could hand it over
    /// so: no string per row.
    /// </summary>
    private const int CategoryPlace = 11;

    /// <summary>Codes below this, as most economy and year codes are, are cached in an array rather than a dictionary.</summary>
    private const int SmallNumbers = 1 << 16;

    private static readonly double[] DoublePowers =
    [
        .. Enumerable.Range(0, 23).Select(p => Math.Pow(10, p)),
    ];

    private static readonly decimal[] Powers = [.. Enumerable.Range(0, 29).Select(p => Pow10(p))];

    private readonly FlowLayout layout;

    /// <summary>How the dataset's economy codes are read: the engine's reading, the same its queries use.</summary>
    private readonly DuckDbFlowEngine.EconomyParser economyCodes;
    private readonly string[] names;
    private readonly TradeFlowCollection flows;
    private readonly CodedFlowAppender appender;
    private readonly Dictionary<long, int> economyNumbers = [];
    private readonly int[] smallEconomies = new int[SmallNumbers];
    private readonly int[] smallCategories = new int[SmallNumbers];
    private readonly int[] smallPeriods = new int[SmallNumbers];
    private readonly Dictionary<string, int> economyTexts = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> categoryNumbers = [];
    private readonly Dictionary<string, int> categoryTexts = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> periodNumbers = [];
    private readonly Dictionary<string, int> periodTexts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> unitTexts = new(StringComparer.Ordinal);
    private readonly int world;
    private readonly int fixedUnit;
    private Type?[] types = [];
    private long row;

    /// <summary>
    /// The scale of the value column's DECIMAL (0 for integers) when the SELECT's last column holds the value's whole
    /// units; −1 when it does not.
    /// </summary>
    private readonly int valueScale;

    /// <summary>The dataset's distinct text categories, in the order of <see cref="CategoryPlace"/>; empty when not handed over so.</summary>
    private readonly IReadOnlyList<string> categoryPlaces;

    /// <summary>The collection code of each distinct text category, + 1; 0 until resolved.</summary>
    private readonly int[] placeCodes;

    internal FlowLoader(
        FlowLayout layout,
        Classification classification,
        Currency currency,
        int valueScale,
        int capacity,
        IReadOnlyList<string> categoryPlaces,
        DuckDbFlowEngine.EconomyParser economyCodes
    )
    {
        this.economyCodes = economyCodes;
        this.categoryPlaces = categoryPlaces;
        placeCodes = new int[categoryPlaces.Count];
        this.layout = layout;
        this.valueScale = valueScale;
        var map = layout.Columns;
        names =
        [
            map.Reporter,
            map.Partner ?? "",
            map.Direction ?? "",
            map.Category,
            map.Period,
            map.Value,
            map.UnitMultiplier ?? "",
            map.Quantity ?? "",
            map.Unit ?? "",
            map.Status ?? "",
        ];
        flows = new TradeFlowCollection(classification, currency, capacity);
        appender = flows.CreateCodedAppender();
        world = appender.CodeOf(Economy.World);
        fixedUnit = layout.QuantityUnit is { } unit ? appender.CodeOf(unit) : -1;
    }

    /// <summary>The flows loaded, their excess room given back.</summary>
    internal TradeFlowCollection Result()
    {
        flows.TrimExcess();
        return flows;
    }

    /// <summary>Reads one row into a flow.</summary>
    /// <exception cref="FormatException">The row holds a code or value the layout cannot read; the message names the row and column.</exception>
    internal void Add(DbDataReader reader)
    {
        row++;
        if (types.Length == 0)
        {
            types = [.. Enumerable.Range(0, Parts.Length + 2).Select(c => reader.GetFieldType(c))];
        }
        var reporter = Code(
            reader,
            Reporter,
            smallEconomies,
            economyNumbers,
            economyTexts,
            EconomyOf
        );
        var partner =
            names[Partner].Length == 0
                ? world
                : Code(reader, Partner, smallEconomies, economyNumbers, economyTexts, EconomyOf);
        var category =
            EnumCategory(reader)
            ?? Code(reader, Category, smallCategories, categoryNumbers, categoryTexts, CategoryOf);
        var period = Code(reader, Period, smallPeriods, periodNumbers, periodTexts, PeriodOf);
        var direction =
            names[Direction].Length == 0 ? layout.Direction!.Value
            : layout.DirectionCodes.TryGetValue(Text(reader, Direction), out var d) ? d
            : throw Bad(reader, Direction, "is not one of the layout's direction codes");
        var power = PowerOf(reader);
        var fixedPoint = FixedPointOf(reader, power, out var units, out var scale);
        var value = fixedPoint ? (decimal?)null : ValueOf(reader, power);
        var status = StatusOf(reader, fixedPoint || value is not null);
        var (quantity, unit) = QuantityOf(reader);
        try
        {
            if (fixedPoint && status == ObservationStatus.Normal)
            {
                appender.AppendFixedPoint(
                    reporter,
                    partner,
                    direction,
                    category,
                    period,
                    units,
                    scale,
                    quantity,
                    unit
                );
                return;
            }
            appender.Append(
                reporter,
                partner,
                direction,
                category,
                period,
                fixedPoint ? units * new decimal(1, 0, 0, false, (byte)scale) : value,
                status,
                quantity,
                unit
            );
        }
        catch (ArgumentException e)
        {
            throw new FormatException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The dataset's row {row} (in the order read) is not a flow: {e.Message}"
                ),
                e
            );
        }
    }

    /// <summary>
    /// The value in fixed point, when DuckDB handed it over as whole units of its DECIMAL (or an integer) and the
    /// multiplier keeps it within 18 digits: the fast way in, exact by construction.
    /// </summary>
    private bool FixedPointOf(DbDataReader reader, int power, out long units, out int scale)
    {
        (units, scale) = (0, 0);
        if (valueScale < 0 || reader.IsDBNull(FixedUnits))
        {
            return false;
        }
        units = reader.GetInt64(FixedUnits);
        scale = valueScale - power;
        if (scale > 28)
        {
            return false;
        }
        if (scale < 0)
        {
            if (-scale > 18)
            {
                return false;
            }
            var factor = (long)Math.Pow(10, -scale);
            if (Math.Abs(units) > long.MaxValue / factor)
            {
                return false;
            }
            (units, scale) = (units * factor, 0);
        }
        return true;
    }

    /// <summary>A code column's collection code: an integer or a text looked up once, then cached.</summary>
    private int Code(
        DbDataReader reader,
        int column,
        int[] small,
        Dictionary<long, int> numbers,
        Dictionary<string, int> texts,
        Func<string, int?> resolve
    )
    {
        if (reader.IsDBNull(column))
        {
            throw Bad(reader, column, "is missing");
        }
        if (IsInteger(types[column]))
        {
            var type = types[column];
            var number =
                type == typeof(int) ? reader.GetInt32(column)
                : type == typeof(long) ? reader.GetInt64(column)
                : Convert.ToInt64(reader.GetValue(column), CultureInfo.InvariantCulture);
            if ((ulong)number < SmallNumbers && small[number] > 0)
            {
                return small[number] - 1;
            }
            if (!numbers.TryGetValue(number, out var found))
            {
                numbers[number] = found =
                    resolve(number.ToString(CultureInfo.InvariantCulture))
                    ?? throw Bad(reader, column, Reason(column));
            }
            if ((ulong)number < SmallNumbers)
            {
                small[number] = found + 1;
            }
            return found;
        }
        var text = reader.GetString(column);
        if (!texts.TryGetValue(text, out var code))
        {
            texts[text] = code = resolve(text.Trim()) ?? throw Bad(reader, column, Reason(column));
        }
        return code;
    }

    /// <summary>The category of a row whose text code DuckDB handed over as its place among the distinct codes, or null.</summary>
    private int? EnumCategory(DbDataReader reader)
    {
        if (categoryPlaces.Count == 0 || reader.IsDBNull(CategoryPlace))
        {
            return null;
        }
        var place = reader.GetInt32(CategoryPlace);
        if (placeCodes[place] == 0)
        {
            placeCodes[place] =
                (
                    CategoryOf(categoryPlaces[place].Trim())
                    ?? throw Bad(reader, Category, Reason(Category))
                ) + 1;
        }
        return placeCodes[place] - 1;
    }

    private string Reason(int column) =>
        column switch
        {
            Reporter or Partner => layout.EconomyCodes == EconomyCodes.Iso
                ? "is not an ISO 3166 or M49 economy code"
                : $"is not a {layout.EconomyCodes} economy code",
            Category => layout.CategoryDigits is { } digits
                ? string.Create(
                    CultureInfo.InvariantCulture,
                    $"is not a code of {layout.Classification.Name}, even with its leading zeros restored to {digits} digits"
                )
                : $"is not a code of {layout.Classification.Name}",
            _ => "is not a period in SDMX notation (2024, 2024-Q3, 2024-M10, 2024-03-05)",
        };

    private int? EconomyOf(string text) =>
        economyCodes(text, out var economy) ? appender.CodeOf(economy) : null;

    private int? CategoryOf(string text)
    {
        if (
            layout.CategoryDigits is { } digits
            && text.Length < digits
            && text.Length > 0
            && text.All(char.IsAsciiDigit)
        )
        {
            text = text.PadLeft(digits, '0');
        }
        return layout.Classification.TryGet(text, out var category)
            ? appender.CodeOf(category)
            : null;
    }

    private int? PeriodOf(string text) =>
        ReferencePeriod.TryParse(text, CultureInfo.InvariantCulture, out var period)
            ? appender.CodeOf(period)
            : null;

    /// <summary>The value, exact, times ten to the unit multiplier; null when missing.</summary>
    private decimal? ValueOf(DbDataReader reader, int power)
    {
        if (reader.IsDBNull(Value))
        {
            return null;
        }
        decimal value;
        var type = types[Value];
        if (type == typeof(decimal))
        {
            value = reader.GetDecimal(Value);
        }
        else if (type == typeof(double) && FloatFixedPoint(reader.GetDouble(Value)) is { } exact)
        {
            value = exact;
        }
        else if (type == typeof(double) || type == typeof(float))
        {
            var text =
                type == typeof(double)
                    ? reader.GetDouble(Value).ToString("R", CultureInfo.InvariantCulture)
                    : reader.GetFloat(Value).ToString("R", CultureInfo.InvariantCulture);
            if (!ExactDecimal.TryParse(text, out value) || value.Scale > layout.FloatDecimals)
            {
                throw Bad(
                    reader,
                    Value,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"is a binary floating-point value whose shortest round-trip text ({text}) has more than the layout's {layout.FloatDecimals} decimals: it is not read, never rounded"
                    )
                );
            }
        }
        else if (IsInteger(type))
        {
            value = Convert.ToDecimal(reader.GetValue(Value), CultureInfo.InvariantCulture);
        }
        else
        {
            var text = reader.GetString(Value).Trim();
            if (text.Length == 0)
            {
                return null;
            }
            if (!ExactDecimal.TryParse(text, out value, out var reason))
            {
                throw Bad(reader, Value, $"is not an exact value: {reason}");
            }
        }
        return power == 0 ? value : Scaled(reader, value, power);
    }

    /// <summary>
    /// A double as the decimal with at most the layout's decimals that reads back as the same double, found without
    /// text: the number its shortest round-trip text writes, when that text has so few decimals; null otherwise (the
    /// text path then decides, and names the value).
    /// </summary>
    private decimal? FloatFixedPoint(double binary)
    {
        var decimals = layout.FloatDecimals;
        var factor = DoublePowers[decimals];
        var units = Math.Round(binary * factor);
        return Math.Abs(units) < 9007199254740992d && units / factor == binary
            ? (long)units * new decimal(1, 0, 0, false, (byte)decimals)
            : null;
    }

    /// <summary>The row's unit multiplier: its column's, or the layout's.</summary>
    private int PowerOf(DbDataReader reader)
    {
        var power = layout.UnitMultiplier;
        if (names[Multiplier].Length > 0 && !reader.IsDBNull(Multiplier))
        {
            var text = Convert
                .ToString(reader.GetValue(Multiplier), CultureInfo.InvariantCulture)!
                .Trim();
            if (
                text.Length > 0
                && !(
                    int.TryParse(
                        text,
                        NumberStyles.AllowLeadingSign,
                        CultureInfo.InvariantCulture,
                        out power
                    ) && power is >= -28 and <= 28
                )
            )
            {
                throw Bad(
                    reader,
                    Multiplier,
                    "is not a unit multiplier (a power of ten from −28 to 28)"
                );
            }
        }
        return power;
    }

    /// <summary>The value times 10^power, exactly, or an error where decimal cannot hold it.</summary>
    private decimal Scaled(DbDataReader reader, decimal value, int power)
    {
        try
        {
            var factor = Powers[Math.Abs(power)];
            var scaled = power > 0 ? value * factor : value / factor;
            // Exact when undoing the scaling gives the value back: decimal rounds, silently, what it cannot hold.
            if ((power > 0 ? scaled / factor : scaled * factor) == value)
            {
                return scaled;
            }
        }
        catch (OverflowException)
        {
            // Named below.
        }
        throw Bad(
            reader,
            Value,
            string.Create(
                CultureInfo.InvariantCulture,
                $"is not an exact value at 10^{power}: decimal cannot hold it"
            )
        );
    }

    private ObservationStatus StatusOf(DbDataReader reader, bool hasValue)
    {
        var fallback = hasValue ? ObservationStatus.Normal : ObservationStatus.Missing;
        if (names[Status].Length == 0 || reader.IsDBNull(Status))
        {
            return fallback;
        }
        var text = Text(reader, Status);
        return text.Length == 0 ? fallback
            : layout.StatusCodes.TryGetValue(text, out var status) ? status
            : throw Bad(reader, Status, "is not one of the layout's status codes");
    }

    private (double Quantity, int Unit) QuantityOf(DbDataReader reader)
    {
        if (names[Quantity].Length == 0 || reader.IsDBNull(Quantity))
        {
            return (double.NaN, -1);
        }
        var type = types[Quantity];
        double quantity;
        if (type == typeof(double))
        {
            quantity = reader.GetDouble(Quantity);
        }
        else if (type == typeof(string))
        {
            var text = reader.GetString(Quantity).Trim();
            if (text.Length == 0 || text.Equals("NA", StringComparison.OrdinalIgnoreCase))
            {
                return (double.NaN, -1);
            }
            if (
                !double.TryParse(
                    text,
                    NumberStyles.Float,
                    CultureInfo.InvariantCulture,
                    out quantity
                )
            )
            {
                throw Bad(
                    reader,
                    Quantity,
                    "is not a quantity: a finite number of at least 0, NA or blank"
                );
            }
        }
        else
        {
            quantity = Convert.ToDouble(reader.GetValue(Quantity), CultureInfo.InvariantCulture);
        }
        if (!(quantity >= 0 && double.IsFinite(quantity)))
        {
            throw Bad(
                reader,
                Quantity,
                "is not a quantity: a finite number of at least 0, NA or blank"
            );
        }
        if (names[Unit].Length == 0)
        {
            return (quantity, fixedUnit);
        }
        if (reader.IsDBNull(Unit))
        {
            throw Bad(reader, Unit, "is missing for a quantity");
        }
        var unitText = reader.GetString(Unit).Trim();
        if (!unitTexts.TryGetValue(unitText, out var unit))
        {
            unitTexts[unitText] = unit = FlowLayout.TryParseUnit(unitText, out var found)
                ? appender.CodeOf(found)
                : throw Bad(
                    reader,
                    Unit,
                    "is not a unit: Type.Unit as UnitsNet names it (MassUnit.Tonne), or t, kg, g, l, m3, u"
                );
        }
        return (quantity, unit);
    }

    private static string Text(DbDataReader reader, int column) =>
        Convert.ToString(reader.GetValue(column), CultureInfo.InvariantCulture)!.Trim();

    private FormatException Bad(DbDataReader reader, int column, string reason) =>
        new(
            string.Create(
                CultureInfo.InvariantCulture,
                $"The dataset's row {row} (in the order read) has '{(reader.IsDBNull(column) ? "" : Convert.ToString(reader.GetValue(column), CultureInfo.InvariantCulture))}' in column '{names[column]}', which {reason}."
            )
        );

    private static bool IsInteger(Type? type) =>
        type == typeof(int)
        || type == typeof(long)
        || type == typeof(short)
        || type == typeof(sbyte)
        || type == typeof(byte)
        || type == typeof(ushort)
        || type == typeof(uint)
        || type == typeof(ulong);

    private static decimal Pow10(int power)
    {
        var result = 1m;
        for (var i = 0; i < power; i++)
        {
            result *= 10;
        }
        return result;
    }
}
