using TradeModel.Internal;

namespace TradeModel.Analysis;

/// <summary>What a <see cref="FlowDimension"/> groups flows by.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(EnumNameJsonConverter<FlowDimensionKind>))]
public enum FlowDimensionKind
{
    /// <summary>The reference period, as stored.</summary>
    Period,

    /// <summary>The calendar year of the period.</summary>
    Year,

    /// <summary>The reporting economy.</summary>
    Reporter,

    /// <summary>The groups that cover the reporting economy.</summary>
    ReporterGroup,

    /// <summary>The partner economy.</summary>
    Partner,

    /// <summary>The groups that cover the partner economy.</summary>
    PartnerGroup,

    /// <summary>The direction.</summary>
    Direction,

    /// <summary>The category, as stored.</summary>
    Category,

    /// <summary>The category's ancestor at a level of its hierarchy.</summary>
    CategoryLevel,

    /// <summary>The named groupings that contain the category.</summary>
    CategoryGrouping,
}
