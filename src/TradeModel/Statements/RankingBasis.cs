using TradeModel.Internal;

namespace TradeModel.Statements;

/// <summary>What a ranking orders its subjects by.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(EnumNameJsonConverter<RankingBasis>))]
public enum RankingBasis
{
    /// <summary>By value in the release's period: "the largest".</summary>
    Level,

    /// <summary>By growth from the period before: "grew fastest".</summary>
    Growth,
}
