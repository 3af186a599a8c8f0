namespace TradeModel.Sources.Comtrade;

/// <summary>The frequency of the data: annual (A) or monthly (M).</summary>
public enum ComtradeFrequency
{
    /// <summary>Years: periods such as 2024.</summary>
    Annual,

    /// <summary>Months: periods such as 2024-M01 (the API's 202401).</summary>
    Monthly,
}
