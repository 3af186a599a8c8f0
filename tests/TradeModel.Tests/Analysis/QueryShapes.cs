using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;

namespace TradeModel.Tests.Analysis;

/// <summary>
/// The query shapes every engine is checked on: no dimension, several, overlapping economy groups and groupings, each
/// kind of filter. Shared by the in-memory and the DuckDB suites.
/// </summary>
internal static class QueryShapes
{
    internal static readonly Economy Europe = Economy.DefineGroup(
        "Europe",
        [Economy.FromCode("DEU"), Economy.FromCode("FRA")]
    );
    internal static readonly Economy Eurasia = Economy.DefineGroup(
        "Eurasia",
        [
            Economy.FromCode("DEU"),
            Economy.FromCode("FRA"),
            Economy.FromCode("CHN"),
            Economy.FromCode("JPN"),
        ]
    );

    internal static readonly Dictionary<string, FlowQuery> ByName = new()
    {
        ["grand total"] = FlowQuery.By(),
        ["year, reporter, chapter"] = FlowQuery.By(
            FlowDimension.Year,
            FlowDimension.Reporter,
            FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel)
        ),
        ["period, direction"] = FlowQuery.By(FlowDimension.Period, FlowDimension.Direction),
        ["partner groups that overlap, heading"] = FlowQuery.By(
            FlowDimension.PartnerGroups(Europe, Eurasia),
            FlowDimension.CategoryAtLevel(HarmonizedSystem2022.HeadingLevel)
        ),
        ["reporter groups, groupings that overlap"] = FlowQuery.By(
            FlowDimension.ReporterGroups(Eurasia, Economy.FromCode("USA")),
            FlowDimension.ByGroupings(
                new CategoryGrouping(
                    "animals",
                    [
                        HarmonizedSystem2022.Classification["01"],
                        HarmonizedSystem2022.Classification["02"],
                    ]
                ),
                new CategoryGrouping("live animals", [HarmonizedSystem2022.Classification["01"]])
            )
        ),
        ["every flow as stored"] = FlowQuery.By(
            FlowDimension.Period,
            FlowDimension.Reporter,
            FlowDimension.Partner,
            FlowDimension.Direction,
            FlowDimension.Category
        ),
        ["exports of chapter 85 by partner in 2024"] = FlowQuery
            .By(FlowDimension.Partner)
            .Where(
                new FlowFilter(
                    Direction: TradeDirection.Exports,
                    Period: ReferencePeriod.ForYear(2024),
                    Category: HarmonizedSystem2022.Classification["85"]
                )
            ),
        ["European reporters' imports by subheading level"] = FlowQuery
            .By(
                FlowDimension.Year,
                FlowDimension.CategoryAtLevel(HarmonizedSystem2022.SubheadingLevel)
            )
            .Where(new FlowFilter(Reporter: Europe, Direction: TradeDirection.Imports)),
    };
}
