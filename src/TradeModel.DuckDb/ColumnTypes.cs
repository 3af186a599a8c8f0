using System.Globalization;

namespace TradeModel.DuckDb;

/// <summary>DuckDB's column types as text ("INTEGER", "DECIMAL(18,3)"): a relation's columns, and what a type holds.</summary>
internal static class ColumnTypes
{
    /// <summary>Each column of a relation with its type, by name.</summary>
    /// <param name="strings">Runs a statement and returns its first column as text.</param>
    /// <param name="relation">A table, a <c>read_parquet(…)</c> or a parenthesised SELECT.</param>
    internal static Dictionary<string, string> Of(
        Func<string, List<string>> strings,
        string relation
    ) =>
        strings(
                $"SELECT column_name || chr(31) || column_type FROM (DESCRIBE SELECT * FROM {relation})"
            )
            .Select(line => line.Split('\u001f'))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    /// <summary>The scale of a DECIMAL type ("DECIMAL(18,3)" → 3), or null for any other type.</summary>
    internal static int? DecimalScale(string type)
    {
        var comma = type.IndexOf(',', StringComparison.Ordinal);
        return
            type.StartsWith("DECIMAL(", StringComparison.OrdinalIgnoreCase)
            && comma > 0
            && type.EndsWith(')')
            && int.TryParse(
                type.AsSpan(comma + 1, type.Length - comma - 2),
                NumberStyles.None,
                CultureInfo.InvariantCulture,
                out var scale
            )
            ? scale
            : null;
    }

    /// <summary>Whether a type holds whole numbers, signed or not, of any width.</summary>
    internal static bool IsInteger(string type) =>
        type
            is "TINYINT"
                or "SMALLINT"
                or "INTEGER"
                or "BIGINT"
                or "HUGEINT"
                or "UTINYINT"
                or "USMALLINT"
                or "UINTEGER"
                or "UBIGINT";
}
