using System.Globalization;
using TradeModel.Classifications;
using TradeModel.Data.Comtrade;
using TradeModel.Data.Mapped;
using TradeModel.Flows;
using UnitsNet.Units;

namespace TradeModel.DuckDb;

/// <summary>
/// UN Comtrade's bulk and API columns as a relation the layout engine reads (<see cref="LayoutSql"/>), by the rules of
/// <see cref="ComtradeFile"/>: the detail rows only (aggregates — <c>cmdCode</c> TOTAL, in an HS edition chapters and
/// headings, the classification's top categories, or <c>isAggregate</c> 1 — left out, so the two are never added together), the value of the basis asked for, a month
/// 202401 as 2024-M01, and the quantity in its <see cref="ComtradeQuantityUnits"/> unit or else the net weight in
/// kilograms. Breakdowns, a classification code of another edition and negative values are refused before the first
/// query, as the in-memory reader refuses them.
/// </summary>
internal static class ComtradeSql
{
    /// <summary>The layout of the relation's columns.</summary>
    /// <remarks>The relation writes TradeModel's own column names, less the currency and status (every value is in dollars).</remarks>
    internal static FlowLayout Layout(Classification classification) =>
        FlowLayout.TradeModelColumns(classification) with
        {
            Columns = FlowLayout.TradeModelColumns(classification).Columns with
            {
                Currency = null,
                Status = null,
            },
            EconomyCodes = EconomyCodes.Comtrade,
            Currency = TradeModel.Currency.USD,
            DirectionCodes = new Dictionary<string, TradeDirection>(
                StringComparer.OrdinalIgnoreCase
            )
            {
                ["X"] = TradeDirection.Exports,
                ["M"] = TradeDirection.Imports,
                ["RX"] = TradeDirection.ReExports,
                ["RM"] = TradeDirection.ReImports,
            },
        };

    /// <summary>The relation over the files, and the checks of the raw rows it leaves out or reshapes.</summary>
    /// <param name="strings">Runs a statement and returns its first column as text.</param>
    /// <param name="files">The files as a DuckDB relation (<c>read_parquet(…)</c>).</param>
    /// <param name="options">The classification and the value basis.</param>
    /// <exception cref="ArgumentException">A column UN Comtrade always writes is not in the files.</exception>
    /// <exception cref="FormatException">The files hold a classification code of another edition; the message names it.</exception>
    internal static (
        string Relation,
        List<(string Sql, Func<string, Exception> Error)> Checks
    ) Relation(Func<string, List<string>> strings, string files, ComtradeReadOptions options)
    {
        var types = ColumnTypes.Of(strings, files);
        var valueName = options.ValueColumn;
        string Column(string name) =>
            types.ContainsKey(name)
                ? $"src.\"{name}\""
                : throw new ArgumentException(
                    $"The files have no column '{name}', which UN Comtrade's bulk and API files hold; they have {string.Join(", ", types.Keys)}."
                );
        string? Optional(string name) => types.ContainsKey(name) ? $"src.\"{name}\"" : null;
        static string Text(string column) => $"trim(CAST({column} AS VARCHAR))";

        var written = Text(Column("cmdCode"));
        // In an HS edition a code of an odd number of digits lost its leading zero to an integer column.
        var category =
            Code(options.Classification).Length > 0
                ? $"CASE WHEN length({written}) % 2 = 1 AND regexp_full_match({written}, '[0-9]+') THEN '0' || {written} ELSE {written} END"
                : written;
        var period = Text(Column("period"));
        var value = Column(valueName);
        // As ComtradeFile: TOTAL; in an HS edition chapters and headings; in any classification its top; what is marked.
        var tops = string.Join(
            ", ",
            options.Classification.Roots.Select(r =>
                $"'{r.Code.Replace("'", "''", StringComparison.Ordinal)}'"
            )
        );
        var aggregate =
            $"(upper({category}) = 'TOTAL'"
            + (Code(options.Classification).Length > 0 ? $" OR length({category}) < 6" : "")
            + (tops.Length > 0 ? $" OR {category} IN ({tops})" : "");
        if (Optional("isAggregate") is { } isAggregate)
        {
            aggregate += $" OR lower({Text(isAggregate)}) IN ('1', 'true')";
        }
        aggregate += ")";
        var (quantity, unit) = Quantity(
            Optional("qty"),
            Optional("qtyUnitCode"),
            Optional("netWgt")
        );
        var relation = $"""
            (SELECT
              {Column("reporterCode")} AS reporter,
              {Column("partnerCode")} AS partner,
              upper({Text(Column("flowCode"))}) AS direction,
              {category} AS category,
              CASE WHEN length({period}) = 6 THEN substr({period}, 1, 4) || '-M' || substr({period}, 5, 2) ELSE {period} END AS period,
              {value} AS value,
              {quantity} AS quantity,
              {unit} AS unit
            FROM {files} AS src
            WHERE NOT {aggregate})
            """;
        CheckClassification(strings, files, Optional("classificationCode"), options.Classification);
        List<(string Sql, Func<string, Exception> Error)> checks =
        [
            (
                $"SELECT CAST({value} AS VARCHAR) FROM {files} AS src WHERE {value} < 0 LIMIT 1",
                bad => new FormatException(
                    $"The files hold the negative value {bad} in column '{valueName}'."
                )
            ),
        ];
        foreach (var (name, whole) in Breakdowns)
        {
            if (Optional(name) is { } column)
            {
                checks.Add(
                    (
                        $"SELECT {Text(column)} FROM {files} AS src WHERE {column} IS NOT NULL AND {Text(column)} <> '' AND upper({Text(column)}) <> '{whole}' LIMIT 1",
                        bad => new FormatException(
                            $"The files hold a breakdown ('{bad}' in column '{name}', not {whole}), which this model does not hold; it would count trade twice."
                        )
                    )
                );
            }
        }
        return (relation, checks);
    }

    /// <summary>The columns that break a flow down, and the code each has on a whole flow.</summary>
    private static readonly (string Name, string Whole)[] Breakdowns =
    [
        ("partner2Code", "0"),
        ("customsCode", "C00"),
        ("motCode", "0"),
    ];

    /// <summary>
    /// <c>qty</c> in its unit when UnitsNet has one (times the code's factor, 1,000 for thousands of items), else the net
    /// weight in kilograms, else none; and the unit as UnitsNet's Type.Unit.
    /// </summary>
    private static (string Quantity, string Unit) Quantity(
        string? qty,
        string? code,
        string? netWgt
    )
    {
        var mapped = Enumerable
            .Range(-1, 200)
            .Select(c =>
                ComtradeQuantityUnits.TryGetUnit(c, out var unit, out var factor)
                    ? (Code: c, Unit: QuantityUnitText.Format(unit), Factor: factor)
                    : default
            )
            .Where(m => m.Unit is not null)
            .ToList();
        var kilograms = netWgt is null ? null : $"CAST({netWgt} AS DOUBLE)";
        if (qty is null || code is null || mapped.Count == 0)
        {
            return (
                kilograms ?? "CAST(NULL AS DOUBLE)",
                kilograms is null
                    ? "CAST(NULL AS VARCHAR)"
                    : $"CASE WHEN {netWgt} IS NULL THEN NULL ELSE {Sql.Text(QuantityUnitText.Format(MassUnit.Kilogram))} END"
            );
        }
        var codeText = $"trim(CAST({code} AS VARCHAR))";
        var stated =
            $"{qty} IS NOT NULL AND {codeText} IN ({string.Join(", ", mapped.Select(m => Sql.Text(Number(m.Code))))})";
        var factor =
            $"CASE {codeText} {string.Join(" ", mapped.Select(m => $"WHEN {Sql.Text(Number(m.Code))} THEN CAST({m.Factor.ToString("R", CultureInfo.InvariantCulture)} AS DOUBLE)"))} END";
        var unitOf =
            $"CASE {codeText} {string.Join(" ", mapped.Select(m => $"WHEN {Sql.Text(Number(m.Code))} THEN {Sql.Text(m.Unit)}"))} END";
        return (
            $"CASE WHEN {stated} THEN CAST({qty} AS DOUBLE) * {factor} ELSE {kilograms ?? "NULL"} END",
            $"CASE WHEN {stated} THEN {unitOf} {(kilograms is null ? "" : $"WHEN {netWgt} IS NOT NULL THEN {Sql.Text(QuantityUnitText.Format(MassUnit.Kilogram))} ")}END"
        );
    }

    /// <summary>Refuses a <c>classificationCode</c> that names another HS edition than the one the rows are read in.</summary>
    private static void CheckClassification(
        Func<string, List<string>> strings,
        string files,
        string? column,
        Classification classification
    )
    {
        if (column is null || Code(classification).Length == 0)
        {
            return;
        }
        foreach (
            var code in strings(
                $"SELECT DISTINCT trim(CAST({column} AS VARCHAR)) FROM {files} AS src WHERE {column} IS NOT NULL AND trim(CAST({column} AS VARCHAR)) <> ''"
            )
        )
        {
            if (
                !HarmonizedSystem.TryGetEdition(code, out var edition)
                || !ReferenceEquals(edition, classification)
            )
            {
                throw new FormatException(
                    $"The files hold the classification code '{code}' in column 'classificationCode', which is not {Code(classification)}, the code of {classification.Name} in which the rows are read."
                );
            }
        }
    }

    /// <summary>UN Comtrade's code of an HS edition (H0 … H6), or an empty text for any other classification.</summary>
    private static string Code(Classification classification) =>
        Enumerable
            .Range(0, 7)
            .Select(i => $"H{i}")
            .FirstOrDefault(code =>
                HarmonizedSystem.TryGetEdition(code, out var edition)
                && ReferenceEquals(edition, classification)
            )
        ?? "";

    private static string Number(int code) => code.ToString(CultureInfo.InvariantCulture);
}
