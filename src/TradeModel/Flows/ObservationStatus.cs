using TradeModel.Internal;

namespace TradeModel.Flows;

/// <summary>The status of an observation (after SDMX OBS_STATUS and CONF_STATUS). Missing is not zero.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(EnumNameJsonConverter<ObservationStatus>))]
public enum ObservationStatus
{
    /// <summary>A normal value (SDMX A). The default.</summary>
    Normal,

    /// <summary>An estimated value (SDMX E).</summary>
    Estimated,

    /// <summary>A provisional value, subject to revision (SDMX P).</summary>
    Provisional,

    /// <summary>Confidential: the value exists but may be withheld (SDMX CONF_STATUS C).</summary>
    Confidential,

    /// <summary>Missing: there is no value, which is not the same as zero (SDMX M).</summary>
    Missing,
}
