namespace TradeModel.Data.Mapped;

/// <summary>How economy codes in a mapped file are read.</summary>
public enum EconomyCodes
{
    /// <summary>ISO 3166-1 alpha-2 or alpha-3, ISO or M49 numeric, WLD for the World (<c>Economy.TryFromCode</c>). The default.</summary>
    Iso,

    /// <summary>UN Comtrade numeric codes (<c>Economy.TryFromComtradeCode</c>): 0 for the World, 251 for France, 490 for Other Asia, nes.</summary>
    Comtrade,
}
