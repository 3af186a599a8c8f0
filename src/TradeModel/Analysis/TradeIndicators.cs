using TradeModel.Flows;
using TradeModel.Internal;
using TradeModel.Releases;

namespace TradeModel.Analysis;

/// <summary>
/// The indicators trade analysts compute from grouped flows, each from a <see cref="FlowCube"/> (so they work on any
/// engine's result), exact in decimal, undefined with a reason rather than zero: revealed comparative advantage,
/// Herfindahl–Hirschman concentration, Grubel–Lloyd intra-industry trade and mirror statistics.
/// </summary>
public static class TradeIndicators
{
    /// <summary>
    /// Revealed comparative advantage (Balassa): RCA(c, p) = (X(c, p) ÷ X(c)) ÷ (X(world, p) ÷ X(world)), where X(c, p)
    /// is economy c's exports of product p, X(c) its exports of every product, and the world is every reporter of the
    /// cube. Above 1, c exports relatively more of p than the world does.
    /// </summary>
    /// <param name="exports">A cube of exports grouped by reporter and by a category dimension (and optionally period).</param>
    /// <returns>One value per cell, in the cube's order.</returns>
    /// <exception cref="ArgumentException">The cube is not grouped by reporter and a category dimension.</exception>
    public static IReadOnlyList<IndicatorValue> RevealedComparativeAdvantage(FlowCube exports)
    {
        Preconditions.CheckNotNull(exports);
        var product = ProductDimension(exports);
        Require(exports, FlowDimensionKind.Reporter);
        var byEconomy = Totals(exports, c => c.Key.Without(product));
        var byProduct = Totals(exports, c => c.Key with { Reporter = null });
        var world = Totals(exports, c => c.Key.Without(product) with { Reporter = null });
        return
        [
            .. exports.Select(cell =>
            {
                var parts = new[]
                {
                    cell.Total,
                    byEconomy.GetValueOrDefault(cell.Key.Without(product)),
                    byProduct.GetValueOrDefault(cell.Key with { Reporter = null }),
                    world.GetValueOrDefault(cell.Key.Without(product) with { Reporter = null }),
                };
                if (parts.Any(p => p is null))
                {
                    return IndicatorValue.Undefined(cell.Key, UndefinedReason.MissingValue);
                }
                var (x, xc, xp, xw) = (
                    parts[0]!.Value.Amount,
                    parts[1]!.Value.Amount,
                    parts[2]!.Value.Amount,
                    parts[3]!.Value.Amount
                );
                return xc <= 0 || xp <= 0 || xw <= 0
                    ? IndicatorValue.Undefined(cell.Key, UndefinedReason.ZeroBase)
                    : IndicatorValue.Of(cell.Key, x / xc / (xp / xw));
            }),
        ];
    }

    /// <summary>
    /// Herfindahl–Hirschman concentration of each group: HHI = Σ sᵢ², where sᵢ is each cell's share (as a fraction) of
    /// its group, the cells that differ only in <paramref name="over"/> (partners or products). 1 is one partner or
    /// product only; 1/n is n of equal size. Multiply by 10,000 for the antitrust scale.
    /// </summary>
    /// <param name="cube">The cube; it must group by <paramref name="over"/>.</param>
    /// <param name="over">What the concentration is over: <see cref="FlowDimensionKind.Partner"/>, a category kind…</param>
    /// <returns>One value per group (the key without <paramref name="over"/>), in the cube's order; undefined when a cell has no value or the group's total is not positive.</returns>
    /// <exception cref="ArgumentException">The cube does not group by <paramref name="over"/>.</exception>
    public static IReadOnlyList<IndicatorValue> HerfindahlHirschman(
        FlowCube cube,
        FlowDimensionKind over
    )
    {
        Preconditions.CheckNotNull(cube);
        Require(cube, over);
        return
        [
            .. cube.GroupBy(c => c.Key.Without(over))
                .Select(group =>
                {
                    if (group.Any(c => c.Total is null))
                    {
                        return IndicatorValue.Undefined(group.Key, UndefinedReason.MissingValue);
                    }
                    var total = group.Sum(c => c.Total!.Value.Amount);
                    if (total <= 0)
                    {
                        return IndicatorValue.Undefined(
                            group.Key,
                            total == 0 ? UndefinedReason.ZeroBase : UndefinedReason.NegativeBase
                        );
                    }
                    return IndicatorValue.Of(
                        group.Key,
                        group.Sum(c =>
                            c.Total!.Value.Amount / total * (c.Total!.Value.Amount / total)
                        )
                    );
                }),
        ];
    }

    /// <summary>
    /// Grubel–Lloyd intra-industry trade: GL = 1 − |X − M| ÷ (X + M) for each line's exports X and imports M; with
    /// <paramref name="over"/>, the aggregate over the products of each group, 1 − Σ|Xᵢ − Mᵢ| ÷ Σ(Xᵢ + Mᵢ). 0 is trade
    /// one way only; 1 is exports equal to imports.
    /// </summary>
    /// <remarks>
    /// A direction with no cell is no trade that way, so it counts as 0: a product exported 10 and not imported has
    /// GL 0, and adds 10 to both sums of its group's aggregate. A cell whose flows all lack a value is different: the
    /// trade is there but its value is unknown, and the line (and its group) is undefined.
    /// </remarks>
    /// <param name="cube">A cube grouped by direction (with exports and imports).</param>
    /// <param name="over">The dimension to aggregate over (the products), or null for one value per line.</param>
    /// <returns>One value per line (the key without direction, and without <paramref name="over"/> when given); undefined when exports or imports have cells without a value, or when both are zero.</returns>
    /// <exception cref="ArgumentException">The cube does not group by direction (or by <paramref name="over"/>).</exception>
    public static IReadOnlyList<IndicatorValue> GrubelLloyd(
        FlowCube cube,
        FlowDimensionKind? over = null
    )
    {
        Preconditions.CheckNotNull(cube);
        Require(cube, FlowDimensionKind.Direction);
        if (over is { } o)
        {
            Require(cube, o);
        }
        var lines = cube.Select(c => c.Key with { Direction = null }).Distinct().ToList();
        return
        [
            .. lines
                .GroupBy(l => over is { } k ? l.Without(k) : l)
                .Select(group =>
                {
                    var gap = 0m;
                    var sum = 0m;
                    foreach (var line in group)
                    {
                        if (
                            !TryTrade(cube, line, TradeDirection.Exports, out var x)
                            || !TryTrade(cube, line, TradeDirection.Imports, out var m)
                        )
                        {
                            return IndicatorValue.Undefined(
                                group.Key,
                                UndefinedReason.MissingValue
                            );
                        }
                        gap += Math.Abs(x - m);
                        sum += x + m;
                    }
                    return sum <= 0
                        ? IndicatorValue.Undefined(group.Key, UndefinedReason.ZeroBase)
                        : IndicatorValue.Of(group.Key, 1m - (gap / sum));
                }),
        ];
    }

    /// <summary>
    /// The value traded one way on a line: 0 when the cube has no cell for it (no such trade), false when its cell has
    /// flows but no value.
    /// </summary>
    private static bool TryTrade(
        FlowCube cube,
        FlowKey line,
        TradeDirection direction,
        out decimal value
    )
    {
        value = 0m;
        if (!cube.TryGetCell(line with { Direction = direction }, out var cell))
        {
            return true;
        }
        if (cell.Total is not { } total)
        {
            return false;
        }
        value = total.Amount;
        return true;
    }

    /// <summary>
    /// Mirror statistics: for each exporter A, importer B and the cube's other dimensions, A's reported exports to B
    /// beside B's reported imports from A, and the asymmetry once exports are put on a CIF basis.
    /// </summary>
    /// <param name="cube">A cube grouped by reporter, partner and direction.</param>
    /// <param name="cifFobFactor">
    /// Imports (valued CIF, with freight and insurance) ÷ exports (valued FOB) expected for the same goods: 1 to
    /// compare raw values, 1.06 for the customary 6% (IMF) or a factor the analyst estimates. Must be positive.
    /// </param>
    /// <returns>One row per exporter-importer pair that either side reports, in the cube's order.</returns>
    /// <exception cref="ArgumentException">The cube lacks one of the three dimensions.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cifFobFactor"/> is not positive.</exception>
    public static IReadOnlyList<MirrorFlow> Mirror(FlowCube cube, decimal cifFobFactor) =>
        Mirror(cube, cube, cifFobFactor);

    /// <summary>
    /// Mirror statistics with each side on the valuation it is read in: exports from one cube, the partners' imports
    /// from another. With UN Comtrade files, which carry an import's value both CIF and FOB, read the exports as
    /// reported and the imports FOB, and compare them like with like at factor 1 instead of estimating freight.
    /// </summary>
    /// <param name="exports">The cube whose exports are compared, grouped by reporter, partner and direction.</param>
    /// <param name="imports">The cube whose imports are compared, grouped by the same dimensions.</param>
    /// <param name="cifFobFactor">
    /// The imports' valuation ÷ the exports' for the same goods: 1 when both are FOB, 1.06 for CIF imports against FOB
    /// exports at the customary 6%. Must be positive.
    /// </param>
    /// <returns>One row per exporter-importer pair that either side reports, in the order the two cubes give them.</returns>
    /// <exception cref="ArgumentException">
    /// A cube lacks one of the three dimensions, or the two are grouped differently or in different currencies.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cifFobFactor"/> is not positive.</exception>
    public static IReadOnlyList<MirrorFlow> Mirror(
        FlowCube exports,
        FlowCube imports,
        decimal cifFobFactor
    )
    {
        Preconditions.CheckNotNull(exports);
        Preconditions.CheckNotNull(imports);
        foreach (var kind in MirrorDimensions)
        {
            Require(exports, kind);
        }
        Preconditions.CheckArgument(
            ReferenceEquals(exports, imports)
                || (
                    exports.Query.Dimensions.SequenceEqual(imports.Query.Dimensions)
                    && exports.Currency == imports.Currency
                ),
            nameof(imports),
            $"The cubes {exports} and {imports} must be grouped by the same dimensions, in one currency."
        );
        if (cifFobFactor <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(cifFobFactor),
                cifFobFactor,
                "The CIF/FOB factor must be positive: imports valued CIF over exports valued FOB."
            );
        }
        return
        [
            .. MirrorPairs(exports, imports)
                .Select(pair =>
                {
                    var exported = exports.TotalOf(
                        pair with
                        {
                            Direction = TradeDirection.Exports,
                        }
                    );
                    var imported = imports.TotalOf(
                        pair with
                        {
                            Direction = TradeDirection.Imports,
                            Reporter = pair.Partner,
                            Partner = pair.Reporter,
                        }
                    );
                    var expected = exported * cifFobFactor;
                    var difference = imported - expected;
                    var asymmetry =
                        difference is { } d && expected is { } e
                            ? e.IsZero
                                ? PercentFigure.Undefined(
                                    UndefinedReason.ZeroBase,
                                    FigureUnit.Percent
                                )
                                : PercentFigure.Percent(d.Amount / e.Amount * 100m)
                            : PercentFigure.Undefined(
                                UndefinedReason.MissingValue,
                                FigureUnit.Percent
                            );
                    return new MirrorFlow(pair, exported, imported, difference, asymmetry);
                }),
        ];
    }

    private static readonly FlowDimensionKind[] MirrorDimensions =
    [
        FlowDimensionKind.Reporter,
        FlowDimensionKind.Partner,
        FlowDimensionKind.Direction,
    ];

    /// <summary>
    /// Every exporter-importer pair (no direction) that the exports or the imports report: in the cube's order when
    /// both are one cube, else the exports' pairs first.
    /// </summary>
    private static IEnumerable<FlowKey> MirrorPairs(FlowCube exports, FlowCube imports)
    {
        var cells = ReferenceEquals(exports, imports)
            ? exports.Where(c =>
                c.Key.Direction is TradeDirection.Exports or TradeDirection.Imports
            )
            : exports
                .Where(c => c.Key.Direction == TradeDirection.Exports)
                .Concat(imports.Where(c => c.Key.Direction == TradeDirection.Imports));
        return cells
            .Select(c =>
                c.Key.Direction == TradeDirection.Exports
                    ? c.Key with
                    {
                        Direction = null,
                    }
                    : c.Key with
                    {
                        Direction = null,
                        Reporter = c.Key.Partner,
                        Partner = c.Key.Reporter,
                    }
            )
            .Distinct();
    }

    private static FlowDimensionKind ProductDimension(FlowCube cube)
    {
        foreach (
            var kind in new[]
            {
                FlowDimensionKind.Category,
                FlowDimensionKind.CategoryLevel,
                FlowDimensionKind.CategoryGrouping,
            }
        )
        {
            if (cube.Query.IndexOf(kind) >= 0)
            {
                return kind;
            }
        }
        throw new ArgumentException(
            $"The cube {cube} is not grouped by a category dimension.",
            nameof(cube)
        );
    }

    private static void Require(FlowCube cube, FlowDimensionKind kind) =>
        Preconditions.CheckArgument(
            cube.Query.IndexOf(kind) >= 0,
            nameof(cube),
            $"The cube {cube} is not grouped by {kind}."
        );

    /// <summary>Sums of cell totals by a key; null (missing) as soon as one cell of the group has no total.</summary>
    private static Dictionary<FlowKey, Money?> Totals(FlowCube cube, Func<FlowCell, FlowKey> group)
    {
        var totals = new Dictionary<FlowKey, Money?>();
        foreach (var cell in cube)
        {
            var key = group(cell);
            totals[key] = totals.TryGetValue(key, out var sum) ? sum + cell.Total : cell.Total;
        }
        return totals;
    }
}
