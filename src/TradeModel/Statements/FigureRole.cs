using TradeModel.Internal;

namespace TradeModel.Statements;

/// <summary>The part a number plays in a statement; a release's checks pair numbers by role and item.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(EnumNameJsonConverter<FigureRole>))]
public enum FigureRole
{
    /// <summary>The value in the release's period.</summary>
    Level,

    /// <summary>The value in the period before.</summary>
    PreviousLevel,

    /// <summary>Growth from the period before, in percent.</summary>
    Growth,

    /// <summary>The change of a balance from the period before (positive when a deficit narrowed or a surplus grew).</summary>
    BalanceChange,

    /// <summary>A share of a whole, in percent.</summary>
    Share,

    /// <summary>A contribution to the growth of a whole, in percentage points.</summary>
    Contribution,

    /// <summary>A value converted to another currency at a stated rate.</summary>
    Converted,

    /// <summary>A threshold the value is compared with ("US$1 trillion").</summary>
    Threshold,

    /// <summary>An exchange rate used in the statement.</summary>
    Rate,
}
