using System.Globalization;
using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;

namespace TradeModel.Orleans.Wire;

/// <summary>
/// A <see cref="FlowQuery"/> as it travels to the silos: its dimensions by kind (and level, and for groups the groups
/// themselves), its filter by codes (economies by code or, for a group the caller defined, by its members' codes; the
/// period in SDMX notation; the category by code), whether it sums quantities. Versioned by Orleans' serializer:
/// fields are added with new ids, never renumbered.
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

    /// <summary>For each dimension, its economy groups (reporter or partner groups); empty for other dimensions.</summary>
    [Id(8)]
    public EconomyMessage[][] EconomyGroups { get; set; } = [];

    /// <summary>For each dimension, its category groupings; empty for other dimensions.</summary>
    [Id(9)]
    public GroupingMessage[][] Groupings { get; set; } = [];

    /// <summary>The filter's reporter when it is a group the caller defined (it has no code).</summary>
    [Id(10)]
    public EconomyMessage? ReporterGroup { get; set; }

    /// <summary>The filter's partner when it is a group the caller defined (it has no code).</summary>
    [Id(11)]
    public EconomyMessage? PartnerGroup { get; set; }

    /// <summary>The message of a query over a dataset of <paramref name="classification"/>.</summary>
    /// <exception cref="ArgumentException">
    /// A grouping or the filter's category is of another classification (silos would find its codes in the dataset's,
    /// or not at all), or a group the caller defined has a member without a code.
    /// </exception>
    internal static QueryMessage From(FlowQuery query, Classification classification)
    {
        foreach (var grouping in query.Dimensions.SelectMany(d => d.CategoryGroupings))
        {
            CheckClassification(
                grouping.Classification,
                classification,
                $"The grouping '{grouping.Name}'",
                nameof(query)
            );
        }
        var filter = query.Filter;
        if (filter.Category is { } category)
        {
            CheckClassification(
                category.Classification,
                classification,
                $"The filter's category {category.Code}",
                nameof(query)
            );
        }
        return new QueryMessage
        {
            Kinds = [.. query.Dimensions.Select(d => d.Kind)],
            Levels = [.. query.Dimensions.Select(d => d.Level)],
            EconomyGroups =
            [
                .. query.Dimensions.Select(d =>
                    d.EconomyGroups.Select(g => EconomyMessage.From(g, nameof(query))).ToArray()
                ),
            ],
            Groupings =
            [
                .. query.Dimensions.Select(d =>
                    d.CategoryGroupings.Select(GroupingMessage.From).ToArray()
                ),
            ],
            Reporter = filter.Reporter?.Code,
            ReporterGroup = GroupOf(filter.Reporter, nameof(query)),
            Partner = filter.Partner?.Code,
            PartnerGroup = GroupOf(filter.Partner, nameof(query)),
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
                    FlowDimensionKind.ReporterGroup => FlowDimension.ReporterGroups(
                        EconomyGroups[d].Select(g => g.ToEconomy())
                    ),
                    FlowDimensionKind.PartnerGroup => FlowDimension.PartnerGroups(
                        EconomyGroups[d].Select(g => g.ToEconomy())
                    ),
                    FlowDimensionKind.CategoryGrouping => FlowDimension.ByGroupings(
                        Groupings[d].Select(g => g.ToGrouping(classification))
                    ),
                    _ => throw new InvalidOperationException(
                        $"A query message holds the dimension kind {kind}."
                    ),
                }
        );
        var query = FlowQuery
            .By(dimensions)
            .Where(
                new FlowFilter(
                    Reporter: EconomyOf(Reporter, ReporterGroup),
                    Partner: EconomyOf(Partner, PartnerGroup),
                    Direction: Direction,
                    Period: Period is null
                        ? null
                        : ReferencePeriod.Parse(Period, CultureInfo.InvariantCulture),
                    Category: Category is null ? null : classification[Category]
                )
            );
        return SumsQuantities ? query : query.WithoutQuantities();
    }

    private static Economy? EconomyOf(string? code, EconomyMessage? group) =>
        code is not null ? Economy.FromCode(code) : group?.ToEconomy();

    private static EconomyMessage? GroupOf(Economy? economy, string paramName) =>
        economy is { Code: null } ? EconomyMessage.From(economy, paramName) : null;

    private static void CheckClassification(
        Classification of,
        Classification dataset,
        string what,
        string paramName
    )
    {
        if (!ReferenceEquals(of, dataset))
        {
            throw new ArgumentException(
                $"{what} is of {of.Name}, and the dataset's flows are of {dataset.Name}: on the silos its codes would be looked up in {dataset.Name}.",
                paramName
            );
        }
    }
}
