namespace TradeModel.Sources.Sdmx;

/// <summary>The format data is asked for in.</summary>
public enum SdmxFormat
{
    /// <summary>SDMX-CSV: one observation a row; the smaller answer, and read as it streams.</summary>
    Csv,

    /// <summary>SDMX-JSON data messages.</summary>
    Json,
}
