using TradeModel.Classifications;
using TradeModel.Flows;

namespace TradeModel.Analysis;

internal sealed partial class FlowAggregator
{
    /// <summary>How one dimension of the query reads its column: each code's value indexes, on the dimension's axis.</summary>
    private sealed class DimensionPlan
    {
        private DimensionPlan(
            FlowDimension dimension,
            string column,
            IReadOnlyList<object> values,
            Func<int, int[]> targetsOf
        )
        {
            Column = column;
            Axis = new CubeAxis(dimension.Kind, values);
            TargetsOf = targetsOf;
        }

        internal string Column { get; }

        internal CubeAxis Axis { get; }

        internal int Cardinality => Axis.Cardinality;

        internal long Stride
        {
            get => Axis.Stride;
            set => Axis.Stride = value;
        }

        /// <summary>The value indexes of a code of the dimension's column (none: the code falls in no cell).</summary>
        internal Func<int, int[]> TargetsOf { get; }

        internal static DimensionPlan For(FlowDimension dimension, TradeFlowCollection flows) =>
            dimension.Kind switch
            {
                FlowDimensionKind.Period => Periods(dimension, flows),
                FlowDimensionKind.Year => Years(dimension, flows),
                FlowDimensionKind.Direction => new(
                    dimension,
                    "key",
                    [.. Enum.GetValues<TradeDirection>().Cast<object>()],
                    k => Singletons[(int)TradeFlowCollection.DirectionOf((ushort)k)]
                ),
                FlowDimensionKind.Reporter => Economies(dimension, flows, "reporter"),
                FlowDimensionKind.Partner => Economies(dimension, flows, "partner"),
                FlowDimensionKind.ReporterGroup => Groups(dimension, flows, "reporter"),
                FlowDimensionKind.PartnerGroup => Groups(dimension, flows, "partner"),
                FlowDimensionKind.Category => Ranked(dimension, flows.CategoryCodes),
                FlowDimensionKind.CategoryLevel => Level(dimension, flows),
                _ => Groupings(dimension, flows),
            };

        private static readonly int[][] Singletons =
        [
            .. Enumerable.Range(0, 4).Select(i => new[] { i }),
        ];

        private static DimensionPlan Periods(FlowDimension dimension, TradeFlowCollection flows)
        {
            var (values, rankOf) = Ranks(dimension, [.. flows.Periods.Select(p => (object)p)]);
            return new(dimension, "key", values, k => PeriodTargets(k, rankOf));
        }

        /// <summary>
        /// The codes of a column in the canonical order every engine follows (<see cref="CubeAxis.Canonical"/>), and
        /// each code's rank in it.
        /// </summary>
        private static (IReadOnlyList<object> Values, int[][] RankOf) Ranks(
            FlowDimension dimension,
            IReadOnlyList<object> codes
        )
        {
            var values = CubeAxis.Canonical(dimension, codes);
            var rank = values.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i);
            return (values, [.. codes.Select(c => new[] { rank[c] })]);
        }

        private static DimensionPlan Years(FlowDimension dimension, TradeFlowCollection flows)
        {
            var periods = flows.Periods;
            var years = periods
                .Where(p => p.Start.Year == p.End.Year)
                .Select(p => p.Year)
                .Distinct()
                .Order()
                .ToArray();
            var targets = periods
                .Select(p =>
                    p.Start.Year == p.End.Year ? new[] { Array.IndexOf(years, p.Year) } : []
                )
                .ToArray();
            return new(
                dimension,
                "key",
                [.. years.Select(y => (object)ReferencePeriod.ForYear(y))],
                k => PeriodTargets(k, targets)
            );
        }

        private static int[] PeriodTargets(int key, int[][] byPeriod)
        {
            var period = TradeFlowCollection.PeriodOf((ushort)key);
            return period < byPeriod.Length ? byPeriod[period] : [];
        }

        private static DimensionPlan Economies(
            FlowDimension dimension,
            TradeFlowCollection flows,
            string column
        )
        {
            var (values, rankOf) = Ranks(dimension, [.. flows.Economies]);
            return new(dimension, column, values, e => rankOf[e]);
        }

        private static DimensionPlan Groups(
            FlowDimension dimension,
            TradeFlowCollection flows,
            string column
        )
        {
            var groups = dimension.EconomyGroups;
            var targets = flows
                .Economies.Select(e =>
                    Enumerable.Range(0, groups.Count).Where(g => groups[g].Covers(e)).ToArray()
                )
                .ToArray();
            return new(dimension, column, [.. groups], e => targets[e]);
        }

        private static DimensionPlan Level(FlowDimension dimension, TradeFlowCollection flows)
        {
            var atLevel = flows.Classification.AtLevel(dimension.Level).ToList();
            var ranks = CategoryLevelRanks.Of(flows, dimension.Level, atLevel);
            int[][] single = [.. atLevel.Select((_, i) => new[] { i })];
            return new(
                dimension,
                "category",
                [.. atLevel],
                c => ranks[c] < 0 ? [] : single[ranks[c]]
            );
        }

        private static DimensionPlan Groupings(FlowDimension dimension, TradeFlowCollection flows)
        {
            var groupings = dimension.CategoryGroupings;
            var targets = flows
                .CategoryCodes.Select(c =>
                    Enumerable
                        .Range(0, groupings.Count)
                        .Where(g => groupings[g].Members.Any(m => c.AddsUpTo(m)))
                        .ToArray()
                )
                .ToArray();
            return new(dimension, "category", [.. groupings], c => targets[c]);
        }

        private static DimensionPlan Ranked(FlowDimension dimension, IReadOnlyList<Category> codes)
        {
            var (values, rankOf) = Ranks(dimension, [.. codes]);
            return new(dimension, "category", values, c => rankOf[c]);
        }
    }

    /// <summary>
    /// What one column contributes to a row's cell: per code, whether the filter passes it and the parts of the cell
    /// index it adds (one per combination of its dimensions' values; several when groups overlap).
    /// </summary>
    private sealed class ColumnPlan
    {
        private readonly bool[]? pass;
        private readonly long[][] parts;

        private ColumnPlan(bool used, bool[]? pass, long[][] parts, Func<int, bool> possible)
        {
            Used = used;
            this.pass = pass;
            this.parts = parts;
            var multiplicity = 1;
            for (var c = 0; c < parts.Length; c++)
            {
                multiplicity = Math.Max(multiplicity, parts[c].Length);
                CanLeaveOut |=
                    used && possible(c) && (pass is null || pass[c]) && parts[c].Length == 0;
            }
            Multiplicity = multiplicity;
        }

        /// <summary>Whether the query reads the column at all (a filter or a dimension).</summary>
        internal bool Used { get; }

        /// <summary>The most parts any code adds.</summary>
        internal int Multiplicity { get; }

        /// <summary>Whether some code that passes the filter falls in no cell.</summary>
        internal bool CanLeaveOut { get; }

        internal bool Places(int code) => !Used || parts[code].Length > 0;

        /// <summary>The map of a round: each code's r-th part, or excluded; null for an unused column.</summary>
        internal long[]? MapForRound(int round)
        {
            if (!Used)
            {
                return null;
            }
            var map = new long[parts.Length];
            for (var c = 0; c < map.Length; c++)
            {
                map[c] =
                    (pass is null || pass[c]) && parts[c].Length > round
                        ? parts[c][round]
                        : Excluded;
            }
            return map;
        }

        /// <summary>The filter alone as a map (0 or excluded); null when the column has no filter.</summary>
        internal long[]? FilterMap() => pass?.Select(p => p ? 0L : Excluded).ToArray();

        internal static ColumnPlan Reporters(
            TradeFlowCollection flows,
            FlowFilter filter,
            DimensionPlan[] dimensions
        ) =>
            Build(
                flows.Economies.Count,
                filter.Reporter is { } r ? c => r.Covers(flows.Economies[c]) : null,
                dimensions,
                "reporter",
                _ => true
            );

        internal static ColumnPlan Partners(
            TradeFlowCollection flows,
            FlowFilter filter,
            DimensionPlan[] dimensions
        ) =>
            Build(
                flows.Economies.Count,
                filter.Partner is { } p ? c => p.Covers(flows.Economies[c]) : null,
                dimensions,
                "partner",
                _ => true
            );

        internal static ColumnPlan Categories(
            TradeFlowCollection flows,
            FlowFilter filter,
            DimensionPlan[] dimensions
        ) =>
            Build(
                flows.CategoryCodes.Count,
                filter.Category is { } k ? c => flows.CategoryCodes[c].AddsUpTo(k) : null,
                dimensions,
                "category",
                _ => true
            );

        internal static ColumnPlan Keys(
            TradeFlowCollection flows,
            FlowFilter filter,
            DimensionPlan[] dimensions
        )
        {
            var period = filter.Period is { } p ? flows.PeriodIdOrMinusOne(p) : -2;
            Func<int, bool>? passes =
                filter.Direction is null && filter.Period is null
                    ? null
                    : k =>
                        (
                            filter.Direction is not { } d
                            || TradeFlowCollection.DirectionOf((ushort)k) == d
                        ) && (period == -2 || TradeFlowCollection.PeriodOf((ushort)k) == period);
            var periods = flows.Periods.Count;
            return Build(
                periods << CodedFlowKey.BitsBelowPeriod,
                passes,
                dimensions,
                "key",
                k => IsPossibleKey(k, periods)
            );
        }

        /// <summary>Whether a packed key can occur: a known period and status.</summary>
        private static bool IsPossibleKey(int key, int periods) =>
            TradeFlowCollection.PeriodOf((ushort)key) < periods
            && (int)TradeFlowCollection.StatusOf((ushort)key) <= (int)ObservationStatus.Missing;

        private static ColumnPlan Build(
            int codes,
            Func<int, bool>? passes,
            DimensionPlan[] dimensions,
            string column,
            Func<int, bool> possible
        )
        {
            var mine = dimensions.Where(d => d.Column == column).ToArray();
            bool[]? pass = null;
            if (passes is not null)
            {
                pass = new bool[codes];
                for (var c = 0; c < codes; c++)
                {
                    pass[c] = possible(c) && passes(c);
                }
            }
            var zero = new long[] { 0 };
            var parts = new long[codes][];
            // Codes of one dimension that each fall in one value (a level's thousands of codes) share that value's part.
            var single = mine.Length == 1 ? new long[]?[mine[0].Cardinality] : null;
            for (var c = 0; c < codes; c++)
            {
                parts[c] =
                    !possible(c) ? []
                    : mine.Length == 0 ? zero
                    : single is not null && mine[0].TargetsOf(c) is [var t]
                        ? single[t] ??= [t * mine[0].Stride]
                    : Combine(c, mine);
            }
            return new ColumnPlan(pass is not null || mine.Length > 0, pass, parts, possible);
        }

        /// <summary>The parts of the cell index a code adds: every combination of its dimensions' values.</summary>
        private static long[] Combine(int code, DimensionPlan[] mine)
        {
            if (mine.Length == 1)
            {
                var targets = mine[0].TargetsOf(code);
                var parts = new long[targets.Length];
                for (var t = 0; t < targets.Length; t++)
                {
                    parts[t] = targets[t] * mine[0].Stride;
                }
                return parts;
            }
            IEnumerable<long> combined = [0L];
            foreach (var d in mine)
            {
                var targets = d.TargetsOf(code);
                combined = combined.SelectMany(part => targets.Select(t => part + (t * d.Stride)));
            }
            return [.. combined];
        }
    }
}
