using System.Data.Common;
using System.Globalization;
using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Data.Parquet;
using TradeModel.Economies;
using TradeModel.Flows;

namespace TradeModel.DuckDb;

/// <summary>
/// A <see cref="FlowQuery"/> as SQL over the dataset (<c>f</c>): a key column per dimension (joined <c>VALUES</c>
/// tables for levels, groupings and economy groups), the filter as a <c>WHERE</c>, and the sums; and the reading of a
/// result row back into a <see cref="FlowKey"/>.
/// </summary>
internal sealed class SqlPlan
{
    private readonly FlowQuery query;
    private readonly DatasetDictionary dictionary;

    private SqlPlan(
        FlowQuery query,
        DatasetDictionary dictionary,
        string select,
        string valueSelect,
        string? outside
    )
    {
        this.query = query;
        this.dictionary = dictionary;
        Select = select;
        ValueSelect = valueSelect;
        Outside = outside;
    }

    /// <summary>
    /// The statement that gives one row per cell (and per period, for years): keys, total, flows, flows without value,
    /// and, when the dataset has quantities, four sums per unit of <see cref="QuantityUnits"/> (see
    /// <see cref="QuantityAggregates"/>), all in one pass over the data.
    /// </summary>
    internal string Select { get; }

    /// <summary>The same statement without the quantity sums, for streamed cells (which have no quantities).</summary>
    internal string ValueSelect { get; }

    /// <summary>The units whose quantities <see cref="Select"/> sums, in the dictionary's order (a unit's index is the builder's).</summary>
    internal int QuantityUnits => query.SumsQuantities ? dictionary.Units.Count : 0;

    /// <summary>The statement that counts, per period, the matched flows and those no join places; null when every flow has a cell.</summary>
    internal string? Outside { get; }

    internal static SqlPlan For(FlowQuery query, DatasetDictionary dictionary, string source)
    {
        var joined = new Joins();
        var keys = new List<string>();
        for (var d = 0; d < query.Dimensions.Count; d++)
        {
            keys.Add(Key(query.Dimensions[d], d, dictionary, joined));
        }
        var (ctes, joins, unplaced) = (joined.Ctes, joined.Clauses, joined.Unplaced);
        var where = Where(query.Filter, dictionary);
        var with = ctes.Count == 0 ? "" : $"WITH {string.Join(",\n     ", ctes)}\n";
        var keyList = keys.Select((k, i) => $"{k} AS k{i}")
            .Append($"SUM(f.{Column.Value}) AS total")
            .Append("COUNT(*) AS flows")
            .Append($"COUNT(*) - COUNT(f.{Column.Value}) AS without_value");
        var groupBy =
            keys.Count == 0
                ? ""
                : $"\nGROUP BY {string.Join(", ", Enumerable.Range(1, keys.Count).Select(i => Sql.Number(i)))}";
        var from =
            $"\nFROM {source} AS f{string.Concat(joins.Select(j => "\n" + j))}\nWHERE {where}{groupBy}";
        var valueSelect = $"{with}SELECT {string.Join(", ", keyList)}{from}";
        var select =
            dictionary.Units.Count == 0 || !query.SumsQuantities
                ? valueSelect
                : $"{with}SELECT {string.Join(", ", keyList.Concat(QuantityAggregates(dictionary)))}{from}";
        var needsOutside =
            unplaced.Count > 0
            || (query.IndexOf(FlowDimensionKind.Year) >= 0 && dictionary.HasPeriodsAcrossYears);
        var outside = needsOutside
            ? $"{with}SELECT f.{Column.Period}, COUNT(*), CAST(SUM(CASE WHEN {(unplaced.Count == 0 ? "1 = 0" : string.Join(" OR ", unplaced))} THEN 1 ELSE 0 END) AS BIGINT)\nFROM {source} AS f\nWHERE {where}\nGROUP BY f.{Column.Period}"
            : null;
        return new SqlPlan(query, dictionary, select, valueSelect, outside);
    }

    /// <summary>
    /// Per unit u of the dataset, in the same GROUP BY as the values: the quantities in u (<c>q_u</c>), how many flows
    /// have one (<c>n_u</c>), the quantities of those with a value too (<c>qv_u</c>) and their values (<c>vq_u</c>). A
    /// dataset of one unit, every quantity with it, needs no test of the unit.
    /// </summary>
    private static IEnumerable<string> QuantityAggregates(DatasetDictionary dictionary)
    {
        var (q, v, u) = ($"f.{Column.Quantity}", $"f.{Column.Value}", $"f.{Column.Unit}");
        var units = dictionary.Units.Keys.ToList();
        if (units.Count == 1 && dictionary.EveryQuantityHasUnit)
        {
            // One unit, and no quantity without it: the sums a hand-typed statement would write.
            yield return $"SUM({q}) AS q_0";
            yield return $"COUNT({q}) AS n_0";
            yield return $"SUM({q}) FILTER (WHERE {v} IS NOT NULL) AS qv_0";
            yield return $"SUM({v}) FILTER (WHERE {q} IS NOT NULL) AS vq_0";
            yield break;
        }
        for (var i = 0; i < units.Count; i++)
        {
            var inUnit = units.Count == 1 ? $"{u} IS NOT NULL" : $"{u} = {Sql.Text(units[i])}";
            yield return $"SUM({q}) FILTER (WHERE {inUnit}) AS q_{i}";
            yield return $"COUNT({q}) FILTER (WHERE {inUnit}) AS n_{i}";
            yield return $"SUM({q}) FILTER (WHERE {inUnit} AND {v} IS NOT NULL) AS qv_{i}";
            yield return $"SUM({v}) FILTER (WHERE {inUnit} AND {q} IS NOT NULL) AS vq_{i}";
        }
    }

    /// <summary>How many key columns a result row starts with.</summary>
    internal int KeyColumns => query.Dimensions.Count;

    /// <summary>
    /// Whether each result row is a cell of its own; false when years are computed from periods in .NET, where several
    /// periods' rows make one year's cell.
    /// </summary>
    internal bool RowsAreCells =>
        query.IndexOf(FlowDimensionKind.Year) < 0 || !dictionary.HasPeriodsAcrossYears;

    /// <summary>Whether a period of the dataset spans two calendar years (its flows have no year).</summary>
    internal bool SpansYears(string period) =>
        dictionary.Periods[period] is var p && p.Start.Year != p.End.Year;

    /// <summary>The query the plan answers.</summary>
    internal FlowQuery Query => query;

    /// <summary>Whether key column <paramref name="d"/> holds an integer (a year, or a group's index) rather than a code.</summary>
    internal bool IsNumberKey(int d) =>
        query.Dimensions[d].Kind switch
        {
            FlowDimensionKind.Year => !dictionary.HasPeriodsAcrossYears,
            FlowDimensionKind.ReporterGroup
            or FlowDimensionKind.PartnerGroup
            or FlowDimensionKind.CategoryGrouping => true,
            _ => false,
        };

    /// <summary>The value in the model of an integer key of column <paramref name="d"/>, as a cube key holds it.</summary>
    internal object NumberValue(int d, int number)
    {
        var dimension = query.Dimensions[d];
        return dimension.Kind switch
        {
            FlowDimensionKind.ReporterGroup or FlowDimensionKind.PartnerGroup =>
                dimension.EconomyGroups[number],
            FlowDimensionKind.CategoryGrouping => dimension.CategoryGroupings[number],
            _ => dictionary.Year(number),
        };
    }

    /// <summary>
    /// The value in the model of a code of column <paramref name="d"/>, as a cube key holds it; false in
    /// <paramref name="inCell"/> for a period that spans two years under a year dimension.
    /// </summary>
    internal object TextValue(int d, string text, out bool inCell)
    {
        inCell = true;
        switch (query.Dimensions[d].Kind)
        {
            case FlowDimensionKind.Period:
                return dictionary.Periods[text];
            case FlowDimensionKind.Year:
                var period = dictionary.Periods[text];
                inCell = period.Start.Year == period.End.Year;
                return dictionary.Year(period.Start.Year);
            case FlowDimensionKind.Reporter or FlowDimensionKind.Partner:
                return dictionary.Economies[text];
            case FlowDimensionKind.Direction:
                return Enum.Parse<TradeDirection>(text);
            default:
                return dictionary.Classification[text];
        }
    }

    /// <summary>
    /// The key of the reader's current row (the key columns first); false in <paramref name="inCell"/> for a period that
    /// spans two years under a year dimension. Columns are read typed: codes as strings, indexes and years as integers.
    /// </summary>
    internal FlowKey KeyOf(DbDataReader row, out bool inCell)
    {
        inCell = true;
        var key = default(FlowKey);
        for (var d = 0; d < query.Dimensions.Count; d++)
        {
            var inside = true;
            var value = IsNumberKey(d)
                ? NumberValue(d, Integer(row, d))
                : TextValue(d, row.GetString(d), out inside);
            inCell &= inside;
            key = key.With(query.Dimensions[d].Kind, value);
        }
        return key;
    }

    /// <summary>
    /// A row of <see cref="Select"/>: its key, then the total (null when no flow has a value), the flows and the flows
    /// without value; false in <paramref name="inCell"/> as for <see cref="KeyOf"/>.
    /// </summary>
    internal (FlowKey Key, decimal? Total, int Flows, int Missing) RowOf(
        DbDataReader row,
        out bool inCell
    )
    {
        var at = KeyColumns;
        return (
            KeyOf(row, out inCell),
            row.IsDBNull(at) ? null : dictionary.AtValueScale(row.GetDecimal(at)),
            checked((int)row.GetInt64(at + 1)),
            checked((int)row.GetInt64(at + 2))
        );
    }

    /// <summary>A sum of values, read from a chunk, at the dataset's scale, as the in-memory engine writes it.</summary>
    internal decimal AtValueScale(decimal total) => dictionary.AtValueScale(total);

    /// <summary>An integer column (a group index, or the year, which a Hive partition may make a BIGINT).</summary>
    internal static int Integer(DbDataReader row, int column)
    {
        var type = row.GetFieldType(column);
        return type == typeof(int) ? row.GetInt32(column)
            : type == typeof(long) ? checked((int)row.GetInt64(column))
            : Convert.ToInt32(row.GetValue(column), CultureInfo.InvariantCulture);
    }

    /// <summary>The SQL of a dimension's key: a column, a prefix of one, or the target of a joined table.</summary>
    private static string Key(
        FlowDimension dimension,
        int d,
        DatasetDictionary dictionary,
        Joins joins
    ) =>
        dimension.Kind switch
        {
            // Every period lies in one calendar year: the year column is the year.
            FlowDimensionKind.Year when !dictionary.HasPeriodsAcrossYears => $"f.{Column.Year}",
            FlowDimensionKind.Period or FlowDimensionKind.Year => $"f.{Column.Period}",
            FlowDimensionKind.Reporter => $"f.{Column.Reporter}",
            FlowDimensionKind.Partner => $"f.{Column.Partner}",
            FlowDimensionKind.Direction => $"f.{Column.Direction}",
            FlowDimensionKind.Category => $"f.{Column.Category}",
            // Every code of the dataset starts with its ancestor's code, all of one length (HS chapters are the first
            // two digits of a subheading): a prefix, as typed by hand, rather than a join.
            FlowDimensionKind.CategoryLevel
                when PrefixLength(dictionary, dimension.Level) is { } length =>
                $"substr(f.{Column.Category}, 1, {Sql.Number(length)})",
            FlowDimensionKind.CategoryLevel => joins.Add(
                $"lv{d}",
                "ancestor",
                Ancestors(dictionary, dimension.Level),
                false,
                TradeParquetSchema.Category,
                dictionary.Categories.Keys
            ),
            FlowDimensionKind.CategoryGrouping => joins.Add(
                $"cg{d}",
                "g",
                GroupingMembers(dictionary, dimension.CategoryGroupings),
                true,
                TradeParquetSchema.Category,
                dictionary.Categories.Keys
            ),
            _ => joins.Add(
                $"eg{d}",
                "g",
                EconomyGroupMembers(dictionary, dimension.EconomyGroups),
                true,
                dimension.Kind == FlowDimensionKind.ReporterGroup
                    ? TradeParquetSchema.Reporter
                    : TradeParquetSchema.Partner,
                dictionary.Economies.Keys
            ),
        };

    /// <summary>Each category code of the dataset with its ancestor's code at a level, where it adds up to one.</summary>
    private static List<(string, string)> Ancestors(DatasetDictionary dictionary, int level) =>
        dictionary
            .Categories.Where(c =>
                c.Value.TryGetAncestorAtLevel(level, out var a) && c.Value.AddsUpTo(a)
            )
            .Select(c => (c.Key, c.Value.AncestorAtLevel(level).Code))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>Each category code of the dataset with the index of every grouping it falls in.</summary>
    private static List<(string, string)> GroupingMembers(
        DatasetDictionary dictionary,
        IReadOnlyList<CategoryGrouping> groupings
    ) =>
        Members(
            dictionary.Categories,
            groupings.Count,
            (g, category) => groupings[g].Members.Any(category.AddsUpTo)
        );

    /// <summary>Each economy code of the dataset with the index of every group that covers it.</summary>
    private static List<(string, string)> EconomyGroupMembers(
        DatasetDictionary dictionary,
        IReadOnlyList<Economy> groups
    ) => Members(dictionary.Economies, groups.Count, (g, economy) => groups[g].Covers(economy));

    /// <summary>Each code with the index of every group (0 to <paramref name="count"/> − 1) that holds its value, by code.</summary>
    private static List<(string, string)> Members<T>(
        Dictionary<string, T> codes,
        int count,
        Func<int, T, bool> holds
    ) =>
        codes
            .SelectMany(c =>
                Enumerable
                    .Range(0, count)
                    .Where(g => holds(g, c.Value))
                    .Select(g => (c.Key, Sql.Number(g)))
            )
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The length of the ancestors' codes at a level when every category of the dataset adds up to an ancestor at that
    /// level whose code starts its own and all those codes have that one length; null otherwise (a join is needed).
    /// </summary>
    private static int? PrefixLength(DatasetDictionary dictionary, int level)
    {
        int? length = null;
        foreach (var (code, category) in dictionary.Categories)
        {
            if (
                !category.TryGetAncestorAtLevel(level, out var ancestor)
                || !category.AddsUpTo(ancestor)
                || !code.StartsWith(ancestor.Code, StringComparison.Ordinal)
                || (length is { } l && l != ancestor.Code.Length)
            )
            {
                return null;
            }
            length = ancestor.Code.Length;
        }
        return length;
    }

    /// <summary>The tables a statement joins: their definitions, their joins, and the conditions of unplaced codes.</summary>
    private sealed class Joins
    {
        internal List<string> Ctes { get; } = [];

        internal List<string> Clauses { get; } = [];

        internal List<string> Unplaced { get; } = [];

        /// <summary>
        /// Joins a (code, target) table; a code of the dataset that the table lacks leaves its flows in no cell, and
        /// only then is a condition added to count them (so that a join that places every code costs no second scan).
        /// </summary>
        /// <returns>The SQL of the joined target.</returns>
        internal string Add(
            string name,
            string target,
            IReadOnlyList<(string, string)> pairs,
            bool number,
            string column,
            IEnumerable<string> codes
        )
        {
            Ctes.Add(Sql.Pairs(name, target, pairs, number));
            Clauses.Add($"JOIN {name} ON {name}.code = f.\"{column}\"");
            var placed = pairs.Select(p => p.Item1).ToHashSet(StringComparer.Ordinal);
            if (!codes.All(placed.Contains))
            {
                Unplaced.Add(
                    $"NOT EXISTS (SELECT 1 FROM {name} WHERE {name}.code = f.\"{column}\")"
                );
            }
            return $"{name}.{target}";
        }
    }

    internal static string Where(FlowFilter filter, DatasetDictionary dictionary)
    {
        var conditions = new List<string>();
        if (filter.Reporter is { } reporter)
        {
            conditions.Add(
                Sql.In(
                    $"f.{Column.Reporter}",
                    dictionary.Economies.Where(e => reporter.Covers(e.Value)).Select(e => e.Key)
                )
            );
        }
        if (filter.Partner is { } partner)
        {
            conditions.Add(
                Sql.In(
                    $"f.{Column.Partner}",
                    dictionary.Economies.Where(e => partner.Covers(e.Value)).Select(e => e.Key)
                )
            );
        }
        if (filter.Direction is { } direction)
        {
            conditions.Add($"f.{Column.Direction} = {Sql.Text(direction.ToString())}");
        }
        if (filter.Period is { } period)
        {
            conditions.Add(
                Sql.In(
                    $"f.{Column.Period}",
                    dictionary.Periods.Where(p => p.Value == period).Select(p => p.Key)
                )
            );
        }
        if (filter.Category is { } category)
        {
            conditions.Add(
                Sql.In(
                    $"f.{Column.Category}",
                    dictionary.Categories.Where(c => c.Value.AddsUpTo(category)).Select(c => c.Key)
                )
            );
        }
        return conditions.Count == 0 ? "1 = 1" : string.Join("\n  AND ", conditions);
    }
}
