using TradeModel.Internal;

namespace TradeModel;

/// <summary>What kind of span a <see cref="ReferencePeriod"/> covers.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(EnumNameJsonConverter<PeriodKind>))]
public enum PeriodKind
{
    /// <summary>A calendar year, e.g. 2024 (SDMX "2024"). The default.</summary>
    Year,

    /// <summary>A calendar quarter, e.g. 2024-Q3.</summary>
    Quarter,

    /// <summary>A calendar month, e.g. 2024-M10.</summary>
    Month,

    /// <summary>January to a given month of one year, cumulated, as in "January–October 2024".</summary>
    YearToDate,

    /// <summary>A single day, e.g. the date of a spot exchange rate.</summary>
    Day,

    /// <summary>Any other span of whole days.</summary>
    Interval,
}
