using System.Globalization;
using TradeModel.Classifications;
using TradeModel.Data.Internal;
using TradeModel.Economies;

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
        Dictionary<string, Enum> units
    )
    {
        Units = units;
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
        Classification classification
    )
    {
        List<string> Distinct(string sql) => engine.Strings(sql);
        var economies = Distinct(
                $"SELECT DISTINCT \"reporter\" FROM {source} WHERE \"reporter\" IS NOT NULL UNION SELECT DISTINCT \"partner\" FROM {source} WHERE \"partner\" IS NOT NULL"
            )
            .ToDictionary(
                c => c,
                c => Economy.TryFromCode(c, out var e) ? e : throw Unknown("economy", c)
            );
        var categories = Distinct(
                $"SELECT DISTINCT \"category\" FROM {source} WHERE \"category\" IS NOT NULL"
            )
            .ToDictionary(
                c => c,
                c =>
                    classification.TryGet(c, out var k)
                        ? k
                        : throw Unknown($"{classification.Name} category", c)
            );
        var periods = Distinct(
                $"SELECT DISTINCT \"period\" FROM {source} WHERE \"period\" IS NOT NULL"
            )
            .ToDictionary(
                c => c,
                c =>
                    ReferencePeriod.TryParse(c, CultureInfo.InvariantCulture, out var p)
                        ? p
                        : throw Unknown("period", c)
            );
        var columns = Distinct($"SELECT column_name FROM (DESCRIBE SELECT * FROM {source})")
            .ToHashSet(StringComparer.Ordinal);
        var units =
            columns.Contains("quantity") && columns.Contains("unit")
                ? Distinct(
                        $"SELECT DISTINCT \"unit\" FROM {source} WHERE \"unit\" IS NOT NULL AND \"quantity\" IS NOT NULL"
                    )
                    .Order(StringComparer.Ordinal)
                    .ToDictionary(
                        u => u,
                        u =>
                            UnitText.TryParse(u, out var unit)
                                ? unit
                                : throw new FormatException(
                                    $"The dataset holds the unit '{u}', which is not a UnitsNet unit written as Type.Unit."
                                ),
                        StringComparer.Ordinal
                    )
                : new Dictionary<string, Enum>(StringComparer.Ordinal);
        return new DatasetDictionary(classification, economies, categories, periods, units);
    }

    private static FormatException Unknown(string what, string code) =>
        new($"The dataset holds the {what} '{code}', which the model does not know.");
}
