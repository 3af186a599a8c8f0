using TradeModel.Internal;

namespace TradeModel.Statements;

/// <summary>
/// How a release writes amounts of one currency: before the number ("US$", "RMB "), after the magnitude ("yuan",
/// "元"), and the name of one unit for rates ("US dollar": "7.1217 yuan per US dollar").
/// </summary>
/// <param name="Prefix">Written before the number ("US$"); empty for none.</param>
/// <param name="Suffix">Written after the number and magnitude ("yuan"); empty for none.</param>
/// <param name="UnitName">One unit, for rates ("US dollar", "yuan", "美元").</param>
public sealed record CurrencyWording(string Prefix, string Suffix, string UnitName)
{
    /// <summary>The prefix.</summary>
    public string Prefix { get; } = Preconditions.CheckNotNull(Prefix);

    /// <summary>The suffix.</summary>
    public string Suffix { get; } = Preconditions.CheckNotNull(Suffix);

    /// <summary>The name of one unit.</summary>
    public string UnitName { get; } = Preconditions.CheckNotNull(UnitName);

    /// <summary>The house wording of a currency in a language: yuan, US$, €, £, yen (元, 美元, 欧元, 英镑, 日元, 港元 in Chinese); its code for any other.</summary>
    /// <param name="currency">The currency.</param>
    /// <param name="language">The language.</param>
    /// <returns>The wording.</returns>
    public static CurrencyWording Default(Currency currency, ReleaseLanguage language)
    {
        var code = currency.Code;
        if (language == ReleaseLanguage.Chinese)
        {
            var word = code switch
            {
                "CNY" => "元",
                "USD" => "美元",
                "EUR" => "欧元",
                "GBP" => "英镑",
                "JPY" => "日元",
                "HKD" => "港元",
                _ => code,
            };
            return new CurrencyWording(string.Empty, word, word);
        }
        return code switch
        {
            "CNY" => new CurrencyWording(string.Empty, "yuan", "yuan"),
            "USD" => new CurrencyWording("US$", string.Empty, "US dollar"),
            "EUR" => new CurrencyWording("€", string.Empty, "euro"),
            "GBP" => new CurrencyWording("£", string.Empty, "pound"),
            "JPY" => new CurrencyWording(string.Empty, "yen", "yen"),
            _ => new CurrencyWording(code + " ", string.Empty, code),
        };
    }
}
