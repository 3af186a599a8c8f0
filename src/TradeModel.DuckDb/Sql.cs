using System.Globalization;

namespace TradeModel.DuckDb;

/// <summary>SQL literals and lists, written the standard way.</summary>
internal static class Sql
{
    /// <summary>A string literal: 'it''s'.</summary>
    internal static string Text(string value) =>
        "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>An IN list of strings, or a condition that is false for an empty list.</summary>
    internal static string In(string column, IEnumerable<string> values)
    {
        var list = values.Select(Text).ToList();
        return list.Count == 0 ? "FALSE" : $"{column} IN ({string.Join(", ", list)})";
    }

    /// <summary>A CTE of (code, target) pairs; an empty one when there are none (VALUES may not be empty).</summary>
    internal static string Pairs(
        string name,
        string targetColumn,
        IReadOnlyList<(string Code, string Target)> pairs,
        bool targetIsNumber
    )
    {
        if (pairs.Count == 0)
        {
            var type = targetIsNumber ? "INTEGER" : "VARCHAR";
            return $"{name}(code, {targetColumn}) AS (SELECT CAST(NULL AS VARCHAR), CAST(NULL AS {type}) WHERE 1 = 0)";
        }
        var rows = pairs.Select(p =>
            $"({Text(p.Code)}, {(targetIsNumber ? p.Target : Text(p.Target))})"
        );
        return $"{name}(code, {targetColumn}) AS (VALUES {string.Join(", ", rows)})";
    }

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
