namespace TradeModel.Sources.Comtrade;

/// <summary>What UN Comtrade is asked about: goods (type code C) or services (S).</summary>
public enum ComtradeTradeType
{
    /// <summary>Trade in goods (C): HS, SITC or BEC commodities.</summary>
    Goods,

    /// <summary>Trade in services (S): EBOPS categories.</summary>
    Services,
}
