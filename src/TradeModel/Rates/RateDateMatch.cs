using TradeModel.Internal;

namespace TradeModel.Rates;

/// <summary>How a rate source answers a request for the rate on a date.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(EnumNameJsonConverter<RateDateMatch>))]
public enum RateDateMatch
{
    /// <summary>Only a rate observed on that exact date. The default.</summary>
    Exact,

    /// <summary>The latest rate observed on or before that date (e.g. Friday's rate for a Sunday).</summary>
    LatestOnOrBefore,
}
