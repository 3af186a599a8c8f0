using System.Globalization;
using TradeModel.Classifications;
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
        Dictionary<string, ReferencePeriod> periods
    )
    {
        Classification = classification;
        Economies = economies;
        Categories = categories;
        Periods = periods;
    }

    internal Classification Classification { get; }

    internal Dictionary<string, Economy> Economies { get; }

    internal Dictionary<string, Category> Categories { get; }

    internal Dictionary<string, ReferencePeriod> Periods { get; }

    /// <summary>Whether some period of the dataset spans two calendar years.</summary>
    internal bool HasPeriodsAcrossYears => Periods.Values.Any(p => p.Start.Year != p.End.Year);

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
        string[] Distinct(string sql) =>
            [.. engine.Read(sql, 1, CancellationToken.None).Select(r => (string)r[0]!)];
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
        return new DatasetDictionary(classification, economies, categories, periods);
    }

    private static FormatException Unknown(string what, string code) =>
        new($"The dataset holds the {what} '{code}', which the model does not know.");
}
