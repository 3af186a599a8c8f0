namespace TradeModel.Sources.Sdmx;

/// <summary>The version of the SDMX REST API a provider speaks, which sets the shape of its addresses and formats.</summary>
public enum SdmxApiVersion
{
    /// <summary>SDMX 2.1 REST: <c>data/{flow}/{key}?startPeriod=…</c>; SDMX-CSV 1.0, SDMX-JSON 1.0.</summary>
    V21,

    /// <summary>SDMX 3.0 REST: <c>data/dataflow/{agency}/{id}/{version}/{key}?c[TIME_PERIOD]=…</c>; SDMX-CSV 2.0, SDMX-JSON 2.0.</summary>
    V30,
}
