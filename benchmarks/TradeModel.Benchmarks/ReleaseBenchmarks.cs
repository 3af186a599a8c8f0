using BenchmarkDotNet.Attributes;
using TradeModel.Classifications;
using TradeModel.Releases;

namespace TradeModel.Benchmarks;

/// <summary>Growth, share and contribution for every EBOPS 2010 category over two years, against a hand-written decimal loop.</summary>
[MemoryDiagnoser]
public class ReleaseBenchmarks
{
    private CategoryValues current = null!;
    private CategoryValues previous = null!;
    private Category[] categories = [];
    private decimal[] currentTotals = [];
    private decimal[] previousTotals = [];

    /// <summary>Gives every leaf of services a value in 2024 and 2023.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var ebops = Ebops2010.Classification;
        var random = new Random(42);
        current = new CategoryValues(ebops, Currency.CNY);
        previous = new CategoryValues(ebops, Currency.CNY);
        foreach (var leaf in Ebops2010.Services.Leaves())
        {
            current.Set(leaf, new Money(random.Next(1_000, 1_000_000) / 100m, Currency.CNY));
            previous.Set(leaf, new Money(random.Next(1_000, 1_000_000) / 100m, Currency.CNY));
        }
        categories = [.. ebops.Categories];
        var now = current.RollUp();
        var before = previous.RollUp();
        currentTotals = [.. categories.Select(c => now.TryGetTotal(c, out var m) ? m.Amount : 0m)];
        previousTotals =
        [
            .. categories.Select(c => before.TryGetTotal(c, out var m) ? m.Amount : 0m),
        ];
    }

    /// <summary>Baseline: growth, share and contribution over two arrays of pre-computed totals.</summary>
    /// <returns>A checksum of the figures.</returns>
    [Benchmark(Baseline = true)]
    public decimal HandWrittenLoop()
    {
        var totalNow = currentTotals[0];
        var totalBefore = previousTotals[0];
        var checksum = 0m;
        for (var i = 0; i < currentTotals.Length; i++)
        {
            if (previousTotals[i] == 0m)
            {
                continue;
            }
            var growth = ((currentTotals[i] / previousTotals[i]) - 1m) * 100m;
            var share = currentTotals[i] / totalNow * 100m;
            var contribution = (currentTotals[i] - previousTotals[i]) / totalBefore * 100m;
            checksum += growth + share + contribution;
        }
        return checksum;
    }

    /// <summary>Both roll-ups and a release table of every category (values, growth, share, contribution).</summary>
    /// <returns>The table.</returns>
    [Benchmark]
    public IReadOnlyList<ReleaseRow> RollUpsAndReleaseTable() =>
        ReleaseTable.FromRollUps(
            current.RollUp(),
            previous.RollUp(),
            Ebops2010.Services,
            categories
        );
}
