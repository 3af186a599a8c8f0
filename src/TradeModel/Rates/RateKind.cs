using TradeModel.Internal;

namespace TradeModel.Rates;

/// <summary>What an exchange rate measures.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(EnumNameJsonConverter<RateKind>))]
public enum RateKind
{
    /// <summary>A rate observed on one day (e.g. a daily central parity). The default.</summary>
    Spot,

    /// <summary>The average over a period, the rate statistical offices use to convert period totals.</summary>
    PeriodAverage,

    /// <summary>The rate at the end of a period, used for stocks such as reserves.</summary>
    EndOfPeriod,
}
