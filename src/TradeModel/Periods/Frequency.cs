using TradeModel.Internal;

namespace TradeModel;

/// <summary>How often figures for a kind of period are published (SDMX FREQ: A, Q, M, D).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(EnumNameJsonConverter<Frequency>))]
public enum Frequency
{
    /// <summary>Yearly (A).</summary>
    Annual,

    /// <summary>Quarterly (Q).</summary>
    Quarterly,

    /// <summary>Monthly (M); year-to-date figures are released monthly.</summary>
    Monthly,

    /// <summary>Daily (D).</summary>
    Daily,

    /// <summary>No regular frequency: an arbitrary interval.</summary>
    Irregular,
}
