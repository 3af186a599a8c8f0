using System.Globalization;
using TradeModel.Classifications;
using TradeModel.Data.Parquet;
using TradeModel.Economies;
using TradeModel.Flows;

namespace TradeModel.DuckDb;

/// <summary>The distinct economies, categories and periods of a dataset, read once and mapped to the model.</summary>
internal sealed class DatasetDictionary
{
    private readonly Dictionary<int, ReferencePeriod> years = [];

    private DatasetDictionary(
        Classification classification,
        Dictionary<string, Economy> economies,
        Dictionary<string, Category> categories,
        Dictionary<string, ReferencePeriod> periods,
        (Dictionary<string, Enum> Units, bool EveryQuantityHasUnit) units,
        int valueScale
    )
    {
        (Units, EveryQuantityHasUnit) = units;
        ValueScale = valueScale;
        HasPeriodsAcrossYears = periods.Values.Any(p => p.Start.Year != p.End.Year);
        Classification = classification;
        Economies = economies;
        Categories = categories;
        Periods = periods;
    }

    internal Classification Classification { get; }

    internal Dictionary<string, Economy> Economies { get; }

    internal Dictionary<string, Category> Categories { get; }

    internal Dictionary<string, ReferencePeriod> Periods { get; }

    /// <summary>
    /// The units of the dataset's quantities (written as <c>MassUnit.Tonne</c>), in the order of their text; empty when
    /// the dataset has no quantity column or no quantity.
    /// </summary>
    internal Dictionary<string, Enum> Units { get; }

    /// <summary>
    /// Whether every quantity of the dataset has a unit (as every file TradeModel writes): then, with one unit, summing
    /// the quantities needs no test of the unit.
    /// </summary>
    internal bool EveryQuantityHasUnit { get; }

    /// <summary>
    /// The scale of the dataset's value column as DuckDB reads it (the widest of its files): the scale of the sums, which
    /// DuckDB's driver hands over without their trailing zeros.
    /// </summary>
    internal int ValueScale { get; }

    /// <summary>A total at the dataset's scale (3 becomes 3.000 at scale 3), as the in-memory engine writes it.</summary>
    internal decimal AtValueScale(decimal total) =>
        total.Scale >= ValueScale ? total : total + new decimal(0, 0, 0, false, (byte)ValueScale);

    /// <summary>Whether some period of the dataset spans two calendar years.</summary>
    internal bool HasPeriodsAcrossYears { get; }

    /// <summary>The year as a period, made once per year.</summary>
    internal ReferencePeriod Year(int year)
    {
        if (!years.TryGetValue(year, out var period))
        {
            years[year] = period = ReferencePeriod.ForYear(year);
        }
        return period;
    }

    internal static DatasetDictionary Read(
        DuckDbFlowEngine engine,
        string source,
        Classification classification,
        DuckDbFlowEngine.EconomyParser? economyCodes = null
    )
    {
        economyCodes ??= DuckDbFlowEngine.IsoEconomy;
        List<string> Distinct(string sql) => engine.Strings(sql);
        var economies = Distinct(
                $"SELECT DISTINCT {Column.Reporter} FROM {source} WHERE {Column.Reporter} IS NOT NULL UNION SELECT DISTINCT {Column.Partner} FROM {source} WHERE {Column.Partner} IS NOT NULL"
            )
            .ToDictionary(
                c => c,
                c => economyCodes(c, out var e) ? e : throw Unknown("economy", c)
            );
        var categories = Distinct(
                $"SELECT DISTINCT {Column.Category} FROM {source} WHERE {Column.Category} IS NOT NULL"
            )
            .ToDictionary(
                c => c,
                c =>
                    classification.TryGet(c, out var k)
                        ? k
                        : throw Unknown($"{classification.Name} category", c)
            );
        var periods = Distinct(
                $"SELECT DISTINCT {Column.Period} FROM {source} WHERE {Column.Period} IS NOT NULL"
            )
            .ToDictionary(
                c => c,
                c =>
                    ReferencePeriod.TryParse(c, CultureInfo.InvariantCulture, out var p)
                        ? p
                        : throw Unknown("period", c)
            );
        return new DatasetDictionary(
            classification,
            economies,
            categories,
            periods,
            UnitsOf(engine, source),
            ValueScaleOf(engine, source)
        );
    }

    /// <summary>
    /// The units of the dataset's quantities, by their text, and whether every quantity has one; none (and true) when it
    /// has no quantity column.
    /// </summary>
    private static (Dictionary<string, Enum>, bool) UnitsOf(DuckDbFlowEngine engine, string source)
    {
        var columns = ColumnTypes.Of(engine.Strings, source);
        if (!columns.ContainsKey("quantity") || !columns.ContainsKey("unit"))
        {
            return (new Dictionary<string, Enum>(StringComparer.Ordinal), true);
        }
        // A quantity without a unit reads as the empty text: it is no quantity of any unit, and it is noted.
        var texts = engine.Strings(
            $"SELECT DISTINCT COALESCE({Column.Unit}, '') FROM {source} WHERE {Column.Quantity} IS NOT NULL"
        );
        var units = texts
            .Where(u => u.Length > 0)
            .Order(StringComparer.Ordinal)
            .ToDictionary(
                u => u,
                u =>
                    QuantityUnitText.TryParse(u, out var unit)
                        ? unit
                        : throw new FormatException(
                            $"The dataset holds the unit '{u}', which is not a UnitsNet unit written as Type.Unit."
                        ),
                StringComparer.Ordinal
            );
        return (units, !texts.Contains(""));
    }

    /// <summary>The scale of the dataset's value column as DuckDB reads it; 0 for an empty dataset.</summary>
    private static int ValueScaleOf(DuckDbFlowEngine engine, string source) =>
        engine.Strings($"SELECT typeof({Column.Value}) FROM {source} LIMIT 1") is [var type]
            ? ScaleOf(type)
            : 0;

    /// <summary>The scale of a DuckDB decimal type, "DECIMAL(18,3)" → 3; 0 for any other type.</summary>
    private static int ScaleOf(string type) =>
        ColumnTypes.DecimalScale(type) is { } scale and <= 28 ? scale : 0;

    private static FormatException Unknown(string what, string code) =>
        new($"The dataset holds the {what} '{code}', which the model does not know.");
}
