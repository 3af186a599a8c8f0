using System.Runtime.CompilerServices;
using TradeModel.Classifications;
using TradeModel.Flows;

namespace TradeModel.Analysis;

/// <summary>
/// For each category code of a collection, the rank of its ancestor at a level of the classification among that
/// level's categories, or -1 when it has none there that it adds up to; worked out once per collection and level, and
/// extended when codes are added.
/// </summary>
/// <remarks>
/// Working it out reads every code's category and its ancestors: thousands of objects (the 5,613 HS subheadings and
/// theirs) that the scan of the rows has pushed out of the caches by the time the next query plans, 0.5–0.7 ms a query
/// on this machine, a twentieth of a (year, exporter, HS2) query over 10 M flows. A collection only ever appends codes,
/// so what was worked out for its first codes stays true.
/// </remarks>
internal sealed class CategoryLevelRanks
{
    private static readonly ConditionalWeakTable<TradeFlowCollection, CategoryLevelRanks> Kept = [];

    private readonly Lock gate = new();
    private readonly Dictionary<int, int[]> byLevel = [];

    /// <summary>The ranks of the collection's codes (at least as many as it has now) at a level whose categories, in order, are given.</summary>
    /// <param name="flows">The collection.</param>
    /// <param name="level">The level.</param>
    /// <param name="atLevel">The categories at the level, in the order that ranks them.</param>
    /// <returns>Each code's rank, or -1.</returns>
    internal static int[] Of(TradeFlowCollection flows, int level, IReadOnlyList<Category> atLevel)
    {
        var kept = Kept.GetValue(flows, _ => new CategoryLevelRanks());
        lock (kept.gate)
        {
            var codes = flows.CategoryCodes;
            var known = kept.byLevel.GetValueOrDefault(level) ?? [];
            if (known.Length >= codes.Count)
            {
                return known;
            }
            var rank = new Dictionary<Category, int>(atLevel.Count);
            for (var i = 0; i < atLevel.Count; i++)
            {
                rank[atLevel[i]] = i;
            }
            var ranks = new int[codes.Count];
            known.CopyTo(ranks, 0);
            for (var c = known.Length; c < ranks.Length; c++)
            {
                var code = codes[c];
                ranks[c] =
                    code.TryGetAncestorAtLevel(level, out var ancestor) && code.AddsUpTo(ancestor)
                        ? rank[ancestor]
                        : -1;
            }
            kept.byLevel[level] = ranks;
            return ranks;
        }
    }
}
