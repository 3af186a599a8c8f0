using System.Runtime.CompilerServices;
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IReadOnlyList<IndicatorValue> RevealedComparativeAdvantage(FlowCube exports)
    {
        Preconditions.CheckNotNull(exports);
        var product = exports.AxisOf(ProductDimension(exports))!;
        Require(exports, FlowDimensionKind.Reporter);
        var reporter = exports.AxisOf(FlowDimensionKind.Reporter)!;
        // Groups are cells with an axis left out: a cell index less that axis's part, so no key is made or hashed; each
        // cell's three groups are found once and kept (in a rented array: an indicator leaves no large garbage).
        var count = exports.Count;
        var byEconomy = new GroupSums();
        var byProduct = new GroupSums();
        var world = new GroupSums();
        var groupsOf = System.Buffers.ArrayPool<int>.Shared.Rent(3 * count);
        var indices = new decimal[count];
        var reasons = new UndefinedReason[count];
        try
        {
            for (var p = 0; p < count; p++)
            {
                var cell = exports.CellIndexAt(p);
                var known = exports.TryAmountAt(p, out var amount);
                var productPart = product.PartOf(cell);
                var reporterPart = reporter.PartOf(cell);
                groupsOf[3 * p] = byEconomy.Add(cell - productPart, known, amount);
                groupsOf[(3 * p) + 1] = byProduct.Add(cell - reporterPart, known, amount);
                groupsOf[(3 * p) + 2] = world.Add(cell - productPart - reporterPart, known, amount);
            }
            // X(world, p) ÷ X(world) depends on the product group alone: computed once for each, the same division.
            var worldShares = new decimal?[byProduct.Count];
            for (var p = 0; p < count; p++)
            {
                if (
                    !exports.TryAmountAt(p, out var x)
                    || !byEconomy.TryGetAt(groupsOf[3 * p], out var xc)
                    || !byProduct.TryGetAt(groupsOf[(3 * p) + 1], out var xp)
                    || !world.TryGetAt(groupsOf[(3 * p) + 2], out var xw)
                )
                {
                    reasons[p] = UndefinedReason.MissingValue;
                }
                else if (xc <= 0 || xp <= 0 || xw <= 0)
                {
                    reasons[p] = UndefinedReason.ZeroBase;
                }
                else
                {
                    indices[p] = x / xc / (worldShares[groupsOf[(3 * p) + 1]] ??= xp / xw);
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(groupsOf);
        }
        // Every index is computed; a row (its key made from the cell index) only when it is read.
        return new LazyRows<IndicatorValue>(
            count,
            p =>
            {
                var key = exports.KeyOf(exports.CellIndexAt(p));
                return reasons[p] == UndefinedReason.None
                    ? IndicatorValue.Of(key, indices[p])
                    : IndicatorValue.Undefined(key, reasons[p]);
            }
        );
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IReadOnlyList<IndicatorValue> HerfindahlHirschman(
        FlowCube cube,
        FlowDimensionKind over
    )
    {
        Preconditions.CheckNotNull(cube);
        Require(cube, over);
        var axis = cube.AxisOf(over)!;
        // Each group's total, then its sum of squared shares, adding its cells in the cube's order.
        var totals = new GroupSums();
        var groupOf = new int[cube.Count];
        for (var p = 0; p < cube.Count; p++)
        {
            var cell = cube.CellIndexAt(p);
            groupOf[p] = totals.Add(
                cell - axis.PartOf(cell),
                cube.TryAmountAt(p, out var amount),
                amount
            );
        }
        var squares = new decimal[totals.Count];
        for (var p = 0; p < cube.Count; p++)
        {
            var group = groupOf[p];
            if (
                totals.TryGetAt(group, out var total)
                && total > 0
                && cube.TryAmountAt(p, out var amount)
            )
            {
                var share = amount / total;
                squares[group] += share * share;
            }
        }
        var values = new IndicatorValue[totals.Count];
        for (var g = 0; g < totals.Count; g++)
        {
            var key = cube.KeyOf(totals.GroupAt(g), axis);
            values[g] =
                !totals.TryGetAt(g, out var total)
                    ? IndicatorValue.Undefined(key, UndefinedReason.MissingValue)
                : total <= 0
                    ? IndicatorValue.Undefined(
                        key,
                        total == 0 ? UndefinedReason.ZeroBase : UndefinedReason.NegativeBase
                    )
                : IndicatorValue.Of(key, squares[g]);
        }
        return values;
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
        var direction = cube.AxisOf(FlowDimensionKind.Direction)!;
        var grouped = over is { } kind ? cube.AxisOf(kind) : null;
        var exports = direction.IndexOf(TradeDirection.Exports);
        var imports = direction.IndexOf(TradeDirection.Imports);
        // A line is a cell less its direction's part, a group a line less its part on `over`: found by arithmetic, no
        // key made or hashed until the result. Lines are taken in the order the cube first shows them, and each group
        // adds its lines in that order.
        var lines = new HashSet<long>(cube.Count);
        var groups = new CellGroups<(decimal Gap, decimal Sum, bool Missing)>();
        for (var p = 0; p < cube.Count; p++)
        {
            var cell = cube.CellIndexAt(p);
            var line = cell - direction.PartOf(cell);
            if (!lines.Add(line))
            {
                continue;
            }
            ref var sums = ref groups.Of(
                grouped is null ? line : line - grouped.PartOf(line),
                out _,
                out _
            );
            if (sums.Missing)
            {
                continue;
            }
            if (
                !TryTrade(cube, line, direction, exports, out var x)
                || !TryTrade(cube, line, direction, imports, out var m)
            )
            {
                sums.Missing = true;
                continue;
            }
            sums.Gap += Math.Abs(x - m);
            sums.Sum += x + m;
        }
        var values = new IndicatorValue[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            var (gap, sum, missing) = groups.At(g);
            var key = cube.KeyOf(groups.GroupAt(g), direction);
            key = over is { } without ? key.Without(without) : key;
            values[g] =
                missing ? IndicatorValue.Undefined(key, UndefinedReason.MissingValue)
                : sum <= 0 ? IndicatorValue.Undefined(key, UndefinedReason.ZeroBase)
                : IndicatorValue.Of(key, 1m - (gap / sum));
        }
        return values;
    }

    /// <summary>
    /// The value traded one way on a line (a cell index without its direction's part): 0 when the cube has no cell for
    /// it (no such trade), false when its cell has flows but no value.
    /// </summary>
    private static bool TryTrade(
        FlowCube cube,
        long line,
        CubeAxis direction,
        int way,
        out decimal value
    )
    {
        value = 0m;
        var position = way < 0 ? -1 : cube.PositionOf(line + (way * direction.Stride));
        return position < 0 || cube.TryAmountAt(position, out value);
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

    /// <summary>
    /// Sums of cell amounts by group (a cell index with an axis left out), in the order the groups are first met;
    /// a group is missing as soon as one of its cells has no total.
    /// </summary>
    private sealed class GroupSums
    {
        private readonly CellGroups<(decimal Sum, bool Missing)> groups = new();

        internal int Count => groups.Count;

        /// <summary>Adds a cell's amount (or its lack) to its group; returns the group's index.</summary>
        internal int Add(long group, bool known, decimal amount)
        {
            ref var entry = ref groups.Of(group, out var index, out var made);
            entry = made
                ? (known ? amount : 0m, !known)
                : (known ? entry.Sum + amount : entry.Sum, entry.Missing || !known);
            return index;
        }

        internal long GroupAt(int index) => groups.GroupAt(index);

        internal bool TryGetAt(int index, out decimal sum)
        {
            (sum, var missing) = groups.At(index);
            return !missing;
        }
    }
}
