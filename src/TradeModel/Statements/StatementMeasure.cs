using TradeModel.Internal;

namespace TradeModel.Statements;

/// <summary>What a statement measures of its subject: one direction, their sum, or their difference.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(EnumNameJsonConverter<StatementMeasure>))]
public enum StatementMeasure
{
    /// <summary>Exports plus imports ("total trade", 进出口).</summary>
    TotalTrade,

    /// <summary>Exports (出口).</summary>
    Exports,

    /// <summary>Imports (进口).</summary>
    Imports,

    /// <summary>Exports minus imports: a surplus when positive, a deficit when negative (顺差, 逆差).</summary>
    Balance,
}
