using System.Globalization;
using TradeModel.Data.Mapped;
using TradeModel.Data.Parquet;
using TradeModel.Flows;

namespace TradeModel.DuckDb;

/// <summary>
/// A dataset of any layout as the columns the engine queries (<see cref="TradeParquetSchema"/>): a <c>SELECT</c> over
/// the files that reads each mapped column by the rules <see cref="FlowLayout"/> states, so that DuckDB sums what the
/// in-memory reader would read. The dataset's distinct direction, unit and multiplier codes are mapped in .NET (through
/// the layout's own dictionaries) and written into the statement; values stored as binary floating point are checked
/// to fit the layout's decimals before any query runs.
/// </summary>
internal sealed class LayoutSql
{
    private readonly Func<string, List<string>> strings;
    private readonly string files;
    private readonly FlowLayout layout;
    private readonly Dictionary<string, string> types;

    /// <summary>Checks of every row, run before the first query rather than when the engine opens (each is a scan).</summary>
    private readonly List<(string Sql, Func<string, Exception> Error)> checks = [];

    private LayoutSql(Func<string, List<string>> strings, string files, FlowLayout layout)
    {
        this.strings = strings;
        this.files = files;
        this.layout = layout;
        types = ColumnTypes.Of(strings, files);
    }

    /// <summary>The statement the engine reads as its dataset, and the dataset's currency.</summary>
    /// <param name="strings">Runs a statement and returns its first column as text.</param>
    /// <param name="files">The files as a DuckDB relation (<c>read_parquet(…)</c>).</param>
    /// <param name="layout">The layout.</param>
    /// <exception cref="ArgumentException">A mapped column is not in the dataset, or is of a type the engine does not read.</exception>
    /// <exception cref="FormatException">The dataset holds a code or value the layout cannot read; the message names it.</exception>
    internal static (
        string Source,
        Currency Currency,
        IReadOnlyList<(string Sql, Func<string, Exception> Error)> Checks
    ) Project(Func<string, List<string>> strings, string files, FlowLayout layout)
    {
        var sql = new LayoutSql(strings, files, layout);
        var map = layout.Columns;
        var period = $"trim(CAST({sql.Quoted(map.Period)} AS VARCHAR))";
        var select = string.Join(
            ",\n  ",
            $"{sql.Code(map.Reporter)} AS {Column.Reporter}",
            $"{(map.Partner is null ? Sql.Text(sql.WorldCode) : sql.Code(map.Partner))} AS {Column.Partner}",
            $"{sql.Direction()} AS {Column.Direction}",
            $"{sql.Category()} AS {Column.Category}",
            $"{period} AS {Column.Period}",
            $"TRY_CAST(substr({period}, 1, 4) AS INTEGER) AS {Column.Year}",
            $"{sql.Value()} AS {Column.Value}",
            $"{sql.Quantity()} AS {Column.Quantity}",
            $"{sql.Unit()} AS {Column.Unit}",
            $"{sql.Status()} AS {Column.Status}",
            sql.RawColumns()
        );
        return ($"(SELECT\n  {select}\nFROM {files} AS src)", sql.Currency(), sql.checks);
    }

    /// <summary>The name a mapped column's raw value has in the projection, for loading flows (<see cref="FlowLoader"/>).</summary>
    internal static string Raw(string part) => $"\"__raw_{part}\"";

    /// <summary>The mapped columns as the files hold them, passed through for loading.</summary>
    private string RawColumns()
    {
        var map = layout.Columns;
        return string.Join(
            ",\n  ",
            new (string Part, string? Name)[]
            {
                ("reporter", map.Reporter),
                ("partner", map.Partner),
                ("direction", map.Direction),
                ("category", map.Category),
                ("period", map.Period),
                ("value", map.Value),
                ("multiplier", map.UnitMultiplier),
                ("quantity", map.Quantity),
                ("unit", map.Unit),
                ("status", map.Status),
            }
                .Where(c => c.Name is not null)
                .Select(c => $"{Quoted(c.Name!)} AS {Raw(c.Part)}")
        );
    }

    private string WorldCode => layout.EconomyCodes == EconomyCodes.Iso ? "WLD" : "0";

    /// <summary>The quoted column a mapped name is, matched exactly or, failing that, ignoring case.</summary>
    private string Quoted(string name) =>
        $"src.\"{NameOf(name).Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private string NameOf(string name)
    {
        if (types.ContainsKey(name))
        {
            return name;
        }
        var like = types
            .Keys.Where(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return like.Count == 1
            ? like[0]
            : throw new ArgumentException(
                $"The layout's column '{name}' is not in the dataset, which has {string.Join(", ", types.Keys)}."
            );
    }

    private string TypeOf(string name) => types[NameOf(name)];

    private static bool IsBinaryFloat(string type) => type is "DOUBLE" or "FLOAT" or "REAL";

    private string Code(string name) => $"trim(CAST({Quoted(name)} AS VARCHAR))";

    private string Category()
    {
        var code = Code(layout.Columns.Category);
        return layout.CategoryDigits is { } digits
            ? $"CASE WHEN regexp_full_match({code}, '[0-9]+') AND length({code}) < {Sql.Number(digits)} THEN lpad({code}, {Sql.Number(digits)}, '0') ELSE {code} END"
            : code;
    }

    /// <summary>The direction's name: every distinct code of the column mapped through the layout's direction codes.</summary>
    private string Direction() =>
        layout.Columns.Direction is { } name
            ? MappedCodes(
                name,
                "direction",
                text =>
                    layout.DirectionCodes.TryGetValue(text, out var direction)
                        ? direction.ToString()
                        : null,
                "is not one of the layout's direction codes",
                "NULL",
                emptyIsNone: false
            )
            : Sql.Text(layout.Direction!.Value.ToString());

    /// <summary>
    /// A CASE that maps every distinct code of a column (the empty one too, unless <paramref name="emptyIsNone"/>), read
    /// in .NET by <paramref name="map"/>, to the text the engine queries; a code <paramref name="map"/> refuses is a
    /// <see cref="FormatException"/> naming it.
    /// </summary>
    private string MappedCodes(
        string name,
        string what,
        Func<string, string?> map,
        string refusal,
        string none,
        bool emptyIsNone = true
    )
    {
        var code = Code(name);
        var cases = strings(
                $"SELECT DISTINCT {code} FROM {files} AS src WHERE {code} IS NOT NULL{(emptyIsNone ? $" AND {code} <> ''" : "")}"
            )
            .Select(text =>
                map(text) is { } target
                    ? $"WHEN {Sql.Text(text)} THEN {Sql.Text(target)}"
                    : throw new FormatException(
                        $"The dataset holds the {what} '{text}' in column '{name}', which {refusal}."
                    )
            )
            .ToList();
        return cases.Count == 0 ? none : $"CASE {code} {string.Join(" ", cases)} END";
    }

    /// <summary>The status's name: every distinct code of the column mapped through the layout's status codes; NULL when not mapped.</summary>
    private string Status() =>
        layout.Columns.Status is { } name
            ? MappedCodes(
                name,
                "status",
                text =>
                    layout.StatusCodes.TryGetValue(text, out var status) ? status.ToString() : null,
                "is not one of the layout's status codes",
                "CAST(NULL AS VARCHAR)"
            )
            : "CAST(NULL AS VARCHAR)";

    /// <summary>The value at one scale, times the unit multiplier, exactly; binary floating point checked first.</summary>
    private string Value()
    {
        var name = layout.Columns.Value;
        var column = Quoted(name);
        var type = TypeOf(name);
        int scale;
        if (ColumnTypes.DecimalScale(type) is { } decimals)
        {
            scale = decimals;
        }
        else if (ColumnTypes.IsInteger(type))
        {
            scale = 0;
        }
        else if (IsBinaryFloat(type))
        {
            scale = layout.FloatDecimals;
            var rounded = $"CAST(CAST({column} AS DECIMAL(38, {Sql.Number(scale)})) AS {type})";
            checks.Add(
                (
                    $"SELECT CAST({column} AS VARCHAR) FROM {files} AS src WHERE {column} IS NOT NULL AND (NOT isfinite({column}) OR {rounded} <> {column}) LIMIT 1",
                    bad => new FormatException(
                        $"The dataset holds the value {bad} in column '{name}', a binary floating-point number that needs more than the layout's {layout.FloatDecimals} decimals: it is not read, never rounded."
                    )
                )
            );
        }
        else
        {
            throw new ArgumentException(
                $"The layout's value column '{name}' is {type}: the DuckDB engine reads values stored as DECIMAL, integers or binary floating point (the in-memory reader also reads text)."
            );
        }
        var powers = layout.Columns.UnitMultiplier is { } multiplier
            ? strings(
                    $"SELECT DISTINCT CAST({Quoted(multiplier)} AS VARCHAR) FROM {files} AS src WHERE {Quoted(multiplier)} IS NOT NULL"
                )
                .Select(text =>
                    int.TryParse(
                        text.Trim(),
                        NumberStyles.AllowLeadingSign,
                        CultureInfo.InvariantCulture,
                        out var power
                    ) && power is >= -28 and <= 28
                        ? (Text: text, Power: power)
                        : throw new FormatException(
                            $"The dataset holds the unit multiplier '{text}' in column '{multiplier}', which is not a power of ten from −28 to 28."
                        )
                )
                .ToList()
            : [(Text: "", Power: layout.UnitMultiplier)];
        var target = scale + Math.Max(0, -powers.Min(p => p.Power));
        if (target > 38)
        {
            throw new ArgumentException(
                $"The layout's value column '{name}' needs {target} decimals with its unit multipliers, more than DuckDB's 38."
            );
        }
        string Scaled(int power) =>
            power == 0
                ? $"CAST({column} AS DECIMAL(38, {Sql.Number(target)}))"
                : $"CAST(CAST({column} AS DECIMAL(38, {Sql.Number(target)})) * CAST('1e{Sql.Number(power)}' AS DECIMAL(38, {Sql.Number(Math.Max(0, -power))})) AS DECIMAL(38, {Sql.Number(target)}))";
        return layout.Columns.UnitMultiplier is { } by
            ? $"CASE CAST({Quoted(by)} AS VARCHAR) {string.Join(" ", powers.Select(p => $"WHEN {Sql.Text(p.Text)} THEN {Scaled(p.Power)}"))} WHEN NULL THEN NULL ELSE {Scaled(0)} END"
            : Scaled(powers[0].Power);
    }

    /// <summary>The quantity as a double: NA or blank text is none, and a negative or non-finite one is refused.</summary>
    private string Quantity()
    {
        if (layout.Columns.Quantity is not { } name)
        {
            return "CAST(NULL AS DOUBLE)";
        }
        var column = Quoted(name);
        var quantity =
            TypeOf(name) == "VARCHAR"
                ? $"CASE WHEN upper(trim({column})) IN ('', 'NA') THEN NULL ELSE TRY_CAST(trim({column}) AS DOUBLE) END"
                : $"CAST({column} AS DOUBLE)";
        checks.Add(
            (
                $"SELECT CAST({column} AS VARCHAR) FROM {files} AS src WHERE {column} IS NOT NULL AND ({quantity} IS NULL AND upper(trim(CAST({column} AS VARCHAR))) NOT IN ('', 'NA') OR {quantity} < 0 OR NOT isfinite({quantity})) LIMIT 1",
                bad => new FormatException(
                    $"The dataset holds the quantity '{bad}' in column '{name}', which is not a finite number of at least 0, NA or blank."
                )
            )
        );
        return quantity;
    }

    /// <summary>The unit as UnitsNet's Type.Unit text: the layout's one unit, or each distinct code of the column mapped.</summary>
    private string Unit() =>
        layout.Columns.Quantity is null ? "CAST(NULL AS VARCHAR)"
        : layout.Columns.Unit is { } name
            ? MappedCodes(
                name,
                "unit",
                text =>
                    FlowLayout.TryParseUnit(text, out var unit)
                        ? QuantityUnitText.Format(unit)
                        : null,
                "is not a unit: Type.Unit as UnitsNet names it (MassUnit.Tonne), or t, kg, g, l, m3, u",
                "CAST(NULL AS VARCHAR)"
            )
        : Sql.Text(QuantityUnitText.Format(layout.QuantityUnit!));

    /// <summary>The layout's currency, or the one currency of the currency column.</summary>
    private Currency Currency()
    {
        if (layout.Columns.Currency is not { } name)
        {
            return layout.Currency!.Value;
        }
        var codes = strings(
            $"SELECT DISTINCT {Code(name)} FROM {files} AS src WHERE {Quoted(name)} IS NOT NULL"
        );
        var currencies = codes
            .Select(code =>
                TradeModel.Currency.TryFromCode(code, out var currency)
                    ? currency
                    : throw new FormatException(
                        $"The dataset holds the currency '{code}' in column '{name}', which is not an ISO 4217 code."
                    )
            )
            .Distinct()
            .ToList();
        if (layout.Currency is { } given && currencies.Any(c => c != given))
        {
            throw new FormatException(
                $"The dataset holds values in {string.Join(", ", currencies.Select(c => c.Code))}, not only in the layout's {given.Code}."
            );
        }
        return currencies.Count switch
        {
            1 => currencies[0],
            0 => layout.Currency ?? TradeModel.Currency.None,
            _ => throw new FormatException(
                $"The dataset holds values in {string.Join(", ", currencies.Select(c => c.Code))}: an engine sums one currency."
            ),
        };
    }
}
