using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using UnitsNet;

namespace TradeModel.Tests.Analysis;

/// <summary>
/// Small random flow collections from a seed, with the awkward cases mixed in: missing and withheld values, values of
/// several scales, values too large for 64-bit fixed point, months and years, headings beside subheadings, quantities
/// in tonnes, kilograms and litres; and the straightforward decimal computation of a grouping to check against.
/// </summary>
internal static class RandomFlows
{
    private static readonly Economy[] Economies =
    [
        .. new[] { "CHN", "USA", "DEU", "JPN", "BRA", "KEN", "FRA" }.Select(Economy.FromCode),
    ];

    private static readonly string[] CategoryCodes =
    [
        "010121",
        "010129",
        "0102",
        "020110",
        "850110",
        "850120",
        "8502",
        "870321",
        "85",
        "300212",
    ];

    /// <summary>Random flows from a seed.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="count">How many flows.</param>
    /// <param name="aboveZero">Whether every value is above zero (as in BACI), rather than some zero or negative.</param>
    /// <param name="plain">
    /// Whether every value fits the fixed-point column with room to add (at most four decimals, below 10^8), as BACI's
    /// do, so that sums take the 64-bit loop; rather than some with more decimals or too large for it.
    /// </param>
    internal static TradeFlowCollection Make(
        int seed,
        int count = 300,
        bool aboveZero = false,
        bool plain = false
    )
    {
        var random = new Random(seed);
        var hs = HarmonizedSystem2022.Classification;
        var categories = CategoryCodes.Select(c => hs[c]).ToArray();
        var periods = new[]
        {
            ReferencePeriod.ForYear(2023),
            ReferencePeriod.ForYear(2024),
            ReferencePeriod.ForMonth(2024, 3),
        };
        var flows = new TradeFlowCollection(hs, Currency.USD);
        for (var i = 0; i < count; i++)
        {
            var status = random.Next(10) switch
            {
                0 => ObservationStatus.Missing,
                1 => ObservationStatus.Confidential,
                2 => ObservationStatus.Estimated,
                _ => ObservationStatus.Normal,
            };
            Money? value =
                status is ObservationStatus.Missing
                || (status is ObservationStatus.Confidential && random.Next(2) == 0)
                    ? null
                    : new Money(Value(random, seed % 2 != 0, aboveZero, plain), Currency.USD);
            IQuantity? quantity = random.Next(4) switch
            {
                0 => Mass.FromTonnes(random.Next(0, 5000) / 10.0),
                1 => Mass.FromKilograms(random.Next(0, 5000)),
                2 => Volume.FromLiters(random.Next(0, 800)),
                _ => null,
            };
            flows.Add(
                new TradeFlow(
                    Economies[random.Next(Economies.Length)],
                    Economies[random.Next(Economies.Length)],
                    (TradeDirection)random.Next(4),
                    categories[random.Next(categories.Length)],
                    periods[random.Next(periods.Length)],
                    value,
                    status,
                    quantity
                )
            );
        }
        return flows;
    }

    /// <summary>The same flows with every quantity in tonnes (its number kept), so that the collection has one unit.</summary>
    internal static TradeFlowCollection InTonnes(TradeFlowCollection flows)
    {
        var tonnes = new TradeFlowCollection(flows.Classification, flows.Currency);
        foreach (var f in flows)
        {
            tonnes.Add(
                new TradeFlow(
                    f.Reporter,
                    f.Partner,
                    f.Direction,
                    f.Category,
                    f.Period,
                    f.Value,
                    f.Status,
                    f.Quantity is { } q ? Mass.FromTonnes((double)q.Value) : null
                )
            );
        }
        return tonnes;
    }

    /// <summary>
    /// A value; odd seeds mix in values with more decimals than a fixed-point column keeps, even seeds values too large
    /// for it (not both, so that every exact sum stays within decimal's 28 digits and the naive sum is exact too); some are
    /// negative or zero unless <paramref name="aboveZero"/>.
    /// </summary>
    private static decimal Value(Random random, bool fine, bool aboveZero, bool plain) =>
        random.Next(20) switch
        {
            0 when plain => random.Next(1, 100_000_000) / 100m,
            0 when !fine => random.NextInt64(10_000_000_000_000_000, 1_000_000_000_000_000_000),
            0 => random.Next(1, 1_000_000) / 1_000_000_000_000m,
            2 when !aboveZero => -random.Next(1, 10_000) / 100m,
            3 when !aboveZero => 0m,
            _ => random.Next(1, 100_000_000) / (decimal)Math.Pow(10, random.Next(0, 4)),
        };

    /// <summary>The grouping computed the straightforward way: flow objects, decimal sums, a dictionary.</summary>
    internal static Dictionary<FlowKey, (decimal? Total, int Flows, int WithoutValue)> Naive(
        TradeFlowCollection flows,
        FlowQuery query
    )
    {
        var result = new Dictionary<FlowKey, (decimal? Total, int Flows, int WithoutValue)>();
        foreach (var flow in flows)
        {
            if (!Matches(query.Filter, flow))
            {
                continue;
            }
            foreach (var key in KeysOf(flow, query.Dimensions))
            {
                var (total, n, without) = result.GetValueOrDefault(key);
                result[key] = flow.Value is { } v
                    ? ((total ?? 0m) + v.Amount, n + 1, without)
                    : (total, n + 1, without + 1);
            }
        }
        return result;
    }

    /// <summary>Asserts that a cube of the flows has the naive computation's cells, each with its total and counts.</summary>
    internal static void AssertNaive(TradeFlowCollection flows, FlowQuery query, FlowCube cube)
    {
        var naive = Naive(flows, query);
        Assert.True(naive.Count == cube.Count, $"{query}: {cube.Count} cells, naive {naive.Count}");
        Assert.All(
            cube,
            cell =>
                Assert.Equal(
                    naive[cell.Key],
                    (cell.Total?.Amount, cell.Flows, cell.FlowsWithoutValue)
                )
        );
    }

    internal static bool Matches(FlowFilter filter, TradeFlow flow) =>
        (filter.Reporter is null || filter.Reporter.Covers(flow.Reporter))
        && (filter.Partner is null || filter.Partner.Covers(flow.Partner))
        && (filter.Direction is null || filter.Direction == flow.Direction)
        && (filter.Period is null || filter.Period == flow.Period)
        && (filter.Category is null || flow.Category.AddsUpTo(filter.Category));

    internal static IEnumerable<FlowKey> KeysOf(
        TradeFlow flow,
        IReadOnlyList<FlowDimension> dimensions
    )
    {
        IEnumerable<FlowKey> keys = [default];
        foreach (var d in dimensions)
        {
            keys = keys.SelectMany(k => Values(flow, d, k)).ToList();
        }
        return keys;
    }

    private static IEnumerable<FlowKey> Values(TradeFlow flow, FlowDimension d, FlowKey k) =>
        d.Kind switch
        {
            FlowDimensionKind.Period => [k with { Period = flow.Period }],
            FlowDimensionKind.Year =>
            [
                k with
                {
                    Period = ReferencePeriod.ForYear(flow.Period.Year),
                },
            ],
            FlowDimensionKind.Reporter => [k with { Reporter = flow.Reporter }],
            FlowDimensionKind.Partner => [k with { Partner = flow.Partner }],
            FlowDimensionKind.ReporterGroup => d
                .EconomyGroups.Where(g => g.Covers(flow.Reporter))
                .Select(g => k with { Reporter = g }),
            FlowDimensionKind.PartnerGroup => d
                .EconomyGroups.Where(g => g.Covers(flow.Partner))
                .Select(g => k with { Partner = g }),
            FlowDimensionKind.Direction => [k with { Direction = flow.Direction }],
            FlowDimensionKind.Category => [k with { Category = flow.Category }],
            FlowDimensionKind.CategoryLevel => flow
                .Category.Ancestors.Prepend(flow.Category)
                .Where(a => a.Level == d.Level && flow.Category.AddsUpTo(a))
                .Select(a => k with { Category = a }),
            _ => d
                .CategoryGroupings.Where(g => g.Members.Any(m => flow.Category.AddsUpTo(m)))
                .Select(g => k with { Grouping = g }),
        };
}
