using System.Globalization;
using DuckDB.NET.Native;
using TradeModel.Classifications;
using TradeModel.Data.Mapped;
using TradeModel.Economies;
using TradeModel.Flows;

namespace TradeModel.DuckDb;

/// <summary>
/// Loads rows DuckDB decoded into a collection, one pass over its result chunks read in place
/// (<see cref="ChunkStream"/>): each mapped column comes over as the files hold it (integers as integers, text as text,
/// DECIMAL as decimal, DOUBLE as double) and is read by the rules of the layout, the same rules the in-memory readers
/// apply, with each distinct code resolved once.
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

    /// <summary>The column a mapping names for each of <see cref="Parts"/>, in their order; null where it names none.</summary>
    internal static string?[] ColumnsOf(ColumnMapping map) =>
        [
            map.Reporter,
            map.Partner,
            map.Direction,
            map.Category,
            map.Period,
            map.Value,
            map.UnitMultiplier,
            map.Quantity,
            map.Unit,
            map.Status,
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

    /// <summary>The most rows a DuckDB chunk holds (its vector size, 2,048 in every build so far).</summary>
    private static readonly int ChunkRows = (int)NativeMethods.Helpers.DuckDBVectorSize();

    /// <summary>A status cell that is empty: the row's status follows from its value.</summary>
    private const int NoStatus = -1;

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
    private readonly CellCodes<int> economies;
    private readonly CellCodes<int> categories;
    private readonly CellCodes<int> periods;
    private readonly CellCodes<int> units;
    private readonly CellCodes<TradeDirection> directions;
    private readonly CellCodes<int> statuses;
    private readonly CellCodes<int> multipliers;
    private readonly int world;
    private readonly int fixedUnit;
    private readonly VectorColumn[] cells = new VectorColumn[Parts.Length];

    /// <summary>The current chunk's codes, resolved a column at a time.</summary>
    private readonly int[] reporters = new int[ChunkRows];
    private readonly int[] partners = new int[ChunkRows];
    private readonly int[] categoryCodes = new int[ChunkRows];
    private readonly int[] periodCodes = new int[ChunkRows];
    private readonly TradeDirection[] directionCodes = new TradeDirection[ChunkRows];

    /// <summary>The row being read: its place in the current chunk, and the rows before the chunk.</summary>
    private int at;
    private long row;

    internal FlowLoader(
        FlowLayout layout,
        Classification classification,
        Currency currency,
        int capacity,
        DuckDbFlowEngine.EconomyParser economyCodes
    )
    {
        this.economyCodes = economyCodes;
        this.layout = layout;
        names = [.. ColumnsOf(layout.Columns).Select(name => name ?? "")];
        flows = new TradeFlowCollection(classification, currency, capacity);
        appender = flows.CreateCodedAppender();
        world = appender.CodeOf(Economy.World);
        fixedUnit = layout.QuantityUnit is { } unit ? appender.CodeOf(unit) : -1;
        economies = new(text => EconomyOf(text.Trim()));
        categories = new(text => CategoryOf(text.Trim()));
        periods = new(text => PeriodOf(text.Trim()));
        units = new(text =>
            FlowLayout.TryParseUnit(text.Trim(), out var found) ? appender.CodeOf(found) : null
        );
        directions = new(text =>
            layout.DirectionCodes.TryGetValue(text.Trim(), out var d) ? d : null
        );
        statuses = new(text =>
            text.Trim() is { Length: 0 } ? NoStatus
            : layout.StatusCodes.TryGetValue(text.Trim(), out var status) ? (int)status
            : null
        );
        multipliers = new(text =>
            text.Trim() is { Length: 0 } ? layout.UnitMultiplier
            : int.TryParse(
                text.Trim(),
                NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture,
                out var power
            ) && power is >= -28 and <= 28
                ? power
            : null
        );
    }

    /// <summary>Reads every row of a statement's result into flows.</summary>
    /// <param name="rows">The result of the SELECT of <see cref="Parts"/>, in their order.</param>
    /// <exception cref="FormatException">A row holds a code or value the layout cannot read; the message names the row and column.</exception>
    internal void Load(ChunkStream rows)
    {
        int count;
        while ((count = rows.Next(cells)) > 0)
        {
            // The code columns are resolved a chunk at a time, a tight loop per column; the rest row by row.
            Codes(Reporter, economies, count, reporters);
            if (names[Partner].Length == 0)
            {
                partners.AsSpan(0, count).Fill(world);
            }
            else
            {
                Codes(Partner, economies, count, partners);
            }
            Codes(Category, categories, count, categoryCodes);
            Codes(Period, periods, count, periodCodes);
            if (names[Direction].Length == 0)
            {
                directionCodes.AsSpan(0, count).Fill(layout.Direction!.Value);
            }
            else
            {
                Codes(Direction, directions, count, directionCodes);
            }
            for (at = 0; at < count; at++)
            {
                Add();
            }
            row += count;
        }
    }

    /// <summary>
    /// Resolves a code column of the current chunk into <paramref name="into"/>, or names the first row whose cell is
    /// missing or not a code.
    /// </summary>
    private void Codes<T>(int column, CellCodes<T> codes, int count, T[] into)
        where T : struct
    {
        var failed = codes.Resolve(cells[column], count, into);
        if (failed >= 0)
        {
            at = failed;
            throw Bad(column, cells[column].IsNull(at) ? "is missing" : Reason(column));
        }
    }

    /// <summary>The flows loaded, their excess room given back.</summary>
    internal TradeFlowCollection Result()
    {
        flows.TrimExcess();
        return flows;
    }

    /// <summary>Reads the current row into a flow, its codes resolved.</summary>
    private void Add()
    {
        var reporter = reporters[at];
        var partner = partners[at];
        var category = categoryCodes[at];
        var period = periodCodes[at];
        var direction = directionCodes[at];
        var power = PowerOf();
        var fixedPoint = FixedPointOf(power, out var valueUnits, out var scale);
        var value = fixedPoint ? (decimal?)null : ValueOf(power);
        var status = StatusOf(fixedPoint || value is not null);
        var (quantity, unit) = QuantityOf();
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
                    valueUnits,
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
                fixedPoint ? valueUnits * new decimal(1, 0, 0, false, (byte)scale) : value,
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
                    $"The dataset's row {row + at + 1} (in the order read) is not a flow: {e.Message}"
                ),
                e
            );
        }
    }

    /// <summary>
    /// The value in fixed point, when the file holds it as a DECIMAL of up to 18 digits (DuckDB keeps its whole units in
    /// 64 bits) or an integer, and the multiplier keeps it within 18 digits: the fast way in, exact by construction.
    /// </summary>
    private bool FixedPointOf(int power, out long valueUnits, out int scale)
    {
        (valueUnits, scale) = (0, 0);
        if (cells[Value].IsNull(at) || !cells[Value].TryFixedPoint(at, out valueUnits, out scale))
        {
            return false;
        }
        scale -= power;
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
            if (Math.Abs(valueUnits) > long.MaxValue / factor)
            {
                return false;
            }
            (valueUnits, scale) = (valueUnits * factor, 0);
        }
        return true;
    }

    private string Reason(int column) =>
        column switch
        {
            Direction => "is not one of the layout's direction codes",
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
    private decimal? ValueOf(int power)
    {
        ref readonly var cell = ref cells[Value];
        if (cell.IsNull(at))
        {
            return null;
        }
        decimal value;
        if (cell.Type == DuckDBType.Decimal)
        {
            if (!cell.TryDecimal(at, out value))
            {
                throw Bad(Value, "is not an exact value: decimal cannot hold it");
            }
        }
        else if (cell.Type == DuckDBType.Double && FloatFixedPoint(cell.Double(at)) is { } exact)
        {
            value = exact;
        }
        else if (cell.Type is DuckDBType.Double or DuckDBType.Float)
        {
            var text = cell.Display(at);
            if (!ExactDecimal.TryParse(text, out value) || value.Scale > layout.FloatDecimals)
            {
                throw Bad(
                    Value,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"is a binary floating-point value whose shortest round-trip text ({text}) has more than the layout's {layout.FloatDecimals} decimals: it is not read, never rounded"
                    )
                );
            }
        }
        else if (cell.IsInteger)
        {
            value = cell.Int64(at);
        }
        else
        {
            var text = cell.Display(at).Trim();
            if (text.Length == 0)
            {
                return null;
            }
            if (!ExactDecimal.TryParse(text, out value, out var reason))
            {
                throw Bad(Value, $"is not an exact value: {reason}");
            }
        }
        return power == 0 ? value : Scaled(value, power);
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
        var whole = Math.Round(binary * factor);
        return Math.Abs(whole) < 9007199254740992d && whole / factor == binary
            ? (long)whole * new decimal(1, 0, 0, false, (byte)decimals)
            : null;
    }

    /// <summary>The row's unit multiplier: its column's, or the layout's.</summary>
    private int PowerOf()
    {
        if (names[Multiplier].Length == 0 || cells[Multiplier].IsNull(at))
        {
            return layout.UnitMultiplier;
        }
        return multipliers.TryGet(cells[Multiplier], at, out var power)
            ? power
            : throw Bad(Multiplier, "is not a unit multiplier (a power of ten from −28 to 28)");
    }

    /// <summary>The value times 10^power, exactly, or an error where decimal cannot hold it.</summary>
    private decimal Scaled(decimal value, int power)
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
            Value,
            string.Create(
                CultureInfo.InvariantCulture,
                $"is not an exact value at 10^{power}: decimal cannot hold it"
            )
        );
    }

    private ObservationStatus StatusOf(bool hasValue)
    {
        var fallback = hasValue ? ObservationStatus.Normal : ObservationStatus.Missing;
        if (names[Status].Length == 0 || cells[Status].IsNull(at))
        {
            return fallback;
        }
        return !statuses.TryGet(cells[Status], at, out var status)
                ? throw Bad(Status, "is not one of the layout's status codes")
            : status == NoStatus ? fallback
            : (ObservationStatus)status;
    }

    private (double Quantity, int Unit) QuantityOf()
    {
        if (names[Quantity].Length == 0 || cells[Quantity].IsNull(at))
        {
            return (double.NaN, -1);
        }
        ref readonly var cell = ref cells[Quantity];
        double quantity;
        if (cell.Type == DuckDBType.Double)
        {
            quantity = cell.Double(at);
        }
        else if (cell.Type == DuckDBType.Float)
        {
            quantity = cell.Single(at);
        }
        else if (cell.IsInteger)
        {
            quantity = cell.Int64(at);
        }
        else if (cell.Type == DuckDBType.Decimal && cell.TryDecimal(at, out var exact))
        {
            quantity = (double)exact;
        }
        else
        {
            var text = cell.Display(at).Trim();
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
                    Quantity,
                    "is not a quantity: a finite number of at least 0, NA or blank"
                );
            }
        }
        if (!(quantity >= 0 && double.IsFinite(quantity)))
        {
            throw Bad(Quantity, "is not a quantity: a finite number of at least 0, NA or blank");
        }
        if (names[Unit].Length == 0)
        {
            return (quantity, fixedUnit);
        }
        if (cells[Unit].IsNull(at))
        {
            throw Bad(Unit, "is missing for a quantity");
        }
        return units.TryGet(cells[Unit], at, out var unit)
            ? (quantity, unit)
            : throw Bad(
                Unit,
                "is not a unit: Type.Unit as UnitsNet names it (MassUnit.Tonne), or t, kg, g, l, m3, u"
            );
    }

    private FormatException Bad(int column, string reason) =>
        new(
            string.Create(
                CultureInfo.InvariantCulture,
                $"The dataset's row {row + at + 1} (in the order read) has '{cells[column].Display(at)}' in column '{names[column]}', which {reason}."
            )
        );

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
