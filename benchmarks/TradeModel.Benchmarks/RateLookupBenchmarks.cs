using BenchmarkDotNet.Attributes;
using NodaTime;
using TradeModel.Rates;

namespace TradeModel.Benchmarks;

/// <summary>Looking up the rate of a date in twenty years of daily rates, against a plain dictionary keyed by date.</summary>
[MemoryDiagnoser]
public class RateLookupBenchmarks
{
    private readonly LocalDate first = new(2005, 1, 1);
    private ExchangeRateTable table = null!;
    private Dictionary<LocalDate, decimal> dictionary = [];
    private LocalDate[] queries = [];

    /// <summary>Builds twenty years of weekday USD/CNY rates and 1,024 query dates (weekends included).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var rates = Enumerable
            .Range(0, 20 * 365)
            .Select(first.PlusDays)
            .Where(d => d.DayOfWeek is not IsoDayOfWeek.Saturday and not IsoDayOfWeek.Sunday)
            .Select(d => new ExchangeRate(
                Currency.USD,
                Currency.CNY,
                6m + (random.Next(0, 20000) / 10000m),
                ReferencePeriod.ForDay(d),
                RateKind.Spot
            ))
            .ToList();
        table = new ExchangeRateTable(rates);
        dictionary = rates.ToDictionary(r => r.AppliesTo.Start, r => r.Rate);
        queries =
        [
            .. Enumerable.Range(0, 1024).Select(_ => first.PlusDays(random.Next(7, 20 * 365))),
        ];
    }

    /// <summary>Baseline: exact-date lookups in a <see cref="Dictionary{TKey, TValue}"/>.</summary>
    /// <returns>The sum of rates found.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = 1024)]
    public decimal DictionaryExact()
    {
        var sum = 0m;
        foreach (var date in queries)
        {
            if (dictionary.TryGetValue(date, out var rate))
            {
                sum += rate;
            }
        }
        return sum;
    }

    /// <summary>Exact-date lookups in the table.</summary>
    /// <returns>The sum of rates found.</returns>
    [Benchmark(OperationsPerInvoke = 1024)]
    public decimal TableExact()
    {
        var sum = 0m;
        foreach (var date in queries)
        {
            if (
                table.TryGetRate(
                    Currency.USD,
                    Currency.CNY,
                    date,
                    RateDateMatch.Exact,
                    out var rate
                )
            )
            {
                sum += rate.Rate;
            }
        }
        return sum;
    }

    /// <summary>Latest-on-or-before lookups in the table (weekends take Friday's rate).</summary>
    /// <returns>The sum of rates found.</returns>
    [Benchmark(OperationsPerInvoke = 1024)]
    public decimal TableLatestOnOrBefore()
    {
        var sum = 0m;
        foreach (var date in queries)
        {
            sum += table
                .GetRate(Currency.USD, Currency.CNY, date, RateDateMatch.LatestOnOrBefore)
                .Rate;
        }
        return sum;
    }
}
