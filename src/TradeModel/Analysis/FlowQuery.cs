using TradeModel.Flows;
using TradeModel.Internal;

namespace TradeModel.Analysis;

/// <summary>
/// A grouped question about flows: which flows (a filter) and what to group them by (dimensions, in the order the
/// result's keys list them). A query is a value: the same query runs on any engine that answers it.
/// </summary>
/// <example>
/// Exports by year, exporter and HS chapter:
/// <code>
/// var query = FlowQuery.By(FlowDimension.Year, FlowDimension.Reporter, FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel))
///     .Where(new FlowFilter(Direction: TradeDirection.Exports));
/// FlowCube cube = flows.Aggregate(query);
/// </code>
/// </example>
public sealed class FlowQuery
{
    private FlowQuery(
        IReadOnlyList<FlowDimension> dimensions,
        FlowFilter filter,
        bool sumsQuantities = true
    )
    {
        Dimensions = dimensions;
        Filter = filter;
        SumsQuantities = sumsQuantities;
    }

    /// <summary>The dimensions, in the order of the result's keys.</summary>
    public IReadOnlyList<FlowDimension> Dimensions { get; }

    /// <summary>Which flows count.</summary>
    public FlowFilter Filter { get; }

    /// <summary>
    /// Whether the cube's cells carry the flows' quantities (summed per kind of unit, with unit values): true unless
    /// <see cref="WithoutQuantities"/> made the query. Values, flow counts and flows without value are the same either way.
    /// </summary>
    public bool SumsQuantities { get; }

    /// <summary>A query grouping every flow by the given dimensions (none: one grand total).</summary>
    /// <param name="dimensions">The dimensions; each at most once, and at most one of period and year, of reporter and reporter groups, of partner and partner groups, and of the category kinds.</param>
    /// <returns>The query.</returns>
    /// <exception cref="ArgumentException">A dimension is null, repeated, or competes with another for the same column.</exception>
    public static FlowQuery By(params IEnumerable<FlowDimension> dimensions)
    {
        Preconditions.CheckNotNull(dimensions);
        var list = dimensions.ToArray();
        Preconditions.CheckArgument(
            list.All(d => d is not null),
            nameof(dimensions),
            "A dimension is null."
        );
        var clash = list.GroupBy(d => ColumnOf(d.Kind)).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(
            clash is null,
            nameof(dimensions),
            $"The dimensions {string.Join(" and ", clash?.Select(d => d.ToString()) ?? [])} both group by the {clash?.Key}; give one of them."
        );
        return new FlowQuery(list, new FlowFilter());
    }

    /// <summary>The same grouping over the flows a filter matches.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>The query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filter"/> is null.</exception>
    public FlowQuery Where(FlowFilter filter)
    {
        Preconditions.CheckNotNull(filter);
        return new FlowQuery(Dimensions, filter, SumsQuantities);
    }

    /// <summary>
    /// The same query, its cells without quantities: values, flow counts and flows without value only. Engines then
    /// leave the quantity columns unread (in memory, a cell of 16 bytes rather than 32; on DuckDB, no quantity sums in
    /// the statement), which is what a value-only question (totals, growth, shares) costs on data that has quantities,
    /// as BACI has on nearly every row.
    /// </summary>
    /// <returns>The query; its cells' <see cref="FlowCell.Quantities"/> are empty.</returns>
    /// <example>
    /// <code>
    /// var growth = flows.Aggregate(FlowQuery.By(FlowDimension.Year, FlowDimension.Reporter).WithoutQuantities())
    ///     .YearOnYear(ReferencePeriod.ForYear(2024));
    /// </code>
    /// </example>
    public FlowQuery WithoutQuantities() => new(Dimensions, Filter, sumsQuantities: false);

    /// <summary>The position of a dimension of this query, or −1.</summary>
    /// <param name="kind">The kind of dimension.</param>
    /// <returns>Its position in <see cref="Dimensions"/>.</returns>
    public int IndexOf(FlowDimensionKind kind)
    {
        for (var d = 0; d < Dimensions.Count; d++)
        {
            if (Dimensions[d].Kind == kind)
            {
                return d;
            }
        }
        return -1;
    }

    /// <summary>
    /// The query as text: <c>by Year, Reporter, CategoryLevel(2) where Direction = Exports</c>, followed by
    /// <c>without quantities</c> when it sums none.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"by {(Dimensions.Count == 0 ? "nothing" : string.Join(", ", Dimensions))} where {Filter}{(SumsQuantities ? "" : " without quantities")}";

    internal static string ColumnOf(FlowDimensionKind kind) =>
        kind switch
        {
            FlowDimensionKind.Period or FlowDimensionKind.Year => "period",
            FlowDimensionKind.Reporter or FlowDimensionKind.ReporterGroup => "reporter",
            FlowDimensionKind.Partner or FlowDimensionKind.PartnerGroup => "partner",
            FlowDimensionKind.Direction => "direction",
            _ => "category",
        };
}
