namespace TradeModel.Data.Sdmx;

/// <summary>The SDMX-CSV format versions.</summary>
public enum SdmxCsvVersion
{
    /// <summary>SDMX-CSV 1.0: a first column DATAFLOW. The default.</summary>
    V1,

    /// <summary>SDMX-CSV 2.0: first columns STRUCTURE, STRUCTURE_ID and ACTION.</summary>
    V2,
}
