namespace TradeModel.Data.Mapped;

/// <summary>
/// The families of economy codes a file may use. They differ for a few economies, which is why a file's family must be
/// declared: ISO 3166-1 numeric gives Italy 380, France 250 and the USA 840; UN Comtrade gives Italy 381, France 251
/// and the USA 842, and 0 for the World; BACI's country list (<c>country_codes_V*.csv</c>) follows UN Comtrade's
/// numbering for most reporters and ISO's for others. A reader of the Comtrade or BACI family accepts either number
/// for those economies.
/// </summary>
public enum EconomyCodes
{
    /// <summary>ISO 3166-1 alpha-2 or alpha-3, ISO or M49 numeric, WLD for the World (<c>Economy.TryFromCode</c>). The default.</summary>
    Iso,

    /// <summary>UN Comtrade numeric codes (<c>Economy.TryFromComtradeCode</c>): 0 for the World, 251 for France, 490 for Other Asia, nes.</summary>
    Comtrade,

    /// <summary>CEPII BACI's numeric codes: read as UN Comtrade's (380 and 381 are both Italy; 490 is Other Asia, nes).</summary>
    Baci,
}
