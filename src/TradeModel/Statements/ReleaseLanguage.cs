using TradeModel.Internal;

namespace TradeModel.Statements;

/// <summary>The language a release is written in.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(EnumNameJsonConverter<ReleaseLanguage>))]
public enum ReleaseLanguage
{
    /// <summary>English: "grew 18.2% to 3,175.56 billion yuan".</summary>
    English,

    /// <summary>Chinese: "31755.6亿元，增长18.2%".</summary>
    Chinese,
}
