using System.Globalization;
using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;

namespace TradeModel.Orleans.Wire;

/// <summary>
/// A <see cref="FlowQuery"/> as it travels to the silos: its dimensions by kind (and level), its filter by codes
/// (economies by code, the period in SDMX notation, the category by code), whether it sums quantities. Versioned by
/// Orleans' serializer: fields are added with new ids, never renumbered.
/// </summary>
[GenerateSerializer, Alias("TradeModel.Orleans.QueryMessage")]
internal sealed class QueryMessage
{
    [Id(0)]
    public FlowDimensionKind[] Kinds { get; set; } = [];

    [Id(1)]
    public int[] Levels { get; set; } = [];

    [Id(2)]
    public string? Reporter { get; set; }

    [Id(3)]
    public string? Partner { get; set; }

    [Id(4)]
    public TradeDirection? Direction { get; set; }

    [Id(5)]
    public string? Period { get; set; }

    [Id(6)]
    public string? Category { get; set; }

    [Id(7)]
    public bool SumsQuantities { get; set; }

    /// <summary>The message of a query; a query over groups (economy groups, category groupings) is refused.</summary>
    internal static QueryMessage From(FlowQuery query)
    {
        foreach (var dimension in query.Dimensions)
        {
            if (
                dimension.Kind
                is FlowDimensionKind.ReporterGroup
                    or FlowDimensionKind.PartnerGroup
                    or FlowDimensionKind.CategoryGrouping
            )
            {
                throw new ArgumentException(
                    $"The cluster engine does not take the dimension {dimension} yet: groups and groupings are defined in the caller's process, and silos cannot rebuild them. Group by the members and add them up, or use the in-memory or DuckDB engine.",
                    nameof(query)
                );
            }
        }
        var filter = query.Filter;
        return new QueryMessage
        {
            Kinds = [.. query.Dimensions.Select(d => d.Kind)],
            Levels = [.. query.Dimensions.Select(d => d.Level)],
            Reporter = CodeOf(filter.Reporter, "reporter", nameof(query)),
            Partner = CodeOf(filter.Partner, "partner", nameof(query)),
            Direction = filter.Direction,
            Period = filter.Period?.ToString(),
            Category = filter.Category?.Code,
            SumsQuantities = query.SumsQuantities,
        };
    }

    /// <summary>The query again, its categories in <paramref name="classification"/>.</summary>
    internal FlowQuery ToQuery(Classification classification)
    {
        var dimensions = Kinds.Select(
            (kind, d) =>
                kind switch
                {
                    FlowDimensionKind.Period => FlowDimension.Period,
                    FlowDimensionKind.Year => FlowDimension.Year,
                    FlowDimensionKind.Reporter => FlowDimension.Reporter,
                    FlowDimensionKind.Partner => FlowDimension.Partner,
                    FlowDimensionKind.Direction => FlowDimension.Direction,
                    FlowDimensionKind.Category => FlowDimension.Category,
                    FlowDimensionKind.CategoryLevel => FlowDimension.CategoryAtLevel(Levels[d]),
                    _ => throw new InvalidOperationException(
                        $"A query message holds the dimension kind {kind}."
                    ),
                }
        );
        var query = FlowQuery
            .By(dimensions)
            .Where(
                new FlowFilter(
                    Reporter: Reporter is null ? null : Economy.FromCode(Reporter),
                    Partner: Partner is null ? null : Economy.FromCode(Partner),
                    Direction: Direction,
                    Period: Period is null
                        ? null
                        : ReferencePeriod.Parse(Period, CultureInfo.InvariantCulture),
                    Category: Category is null ? null : classification[Category]
                )
            );
        return SumsQuantities ? query : query.WithoutQuantities();
    }

    private static string? CodeOf(Economy? economy, string role, string paramName)
    {
        if (economy is null)
        {
            return null;
        }
        return economy.Code
            ?? throw new ArgumentException(
                $"The {role} {economy} has no code, so silos cannot find it; filter on economies of the registry.",
                paramName
            );
    }
}
