using TradeModel.Internal;

namespace TradeModel.Flows;

/// <summary>The direction of a trade flow, from the reporter's point of view.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(EnumNameJsonConverter<TradeDirection>))]
public enum TradeDirection
{
    /// <summary>Exports (credits in the balance of payments). The default.</summary>
    Exports,

    /// <summary>Imports (debits).</summary>
    Imports,

    /// <summary>Re-exports: exports of goods previously imported, not substantially transformed.</summary>
    ReExports,

    /// <summary>Re-imports: imports of goods previously exported, not substantially transformed.</summary>
    ReImports,
}
