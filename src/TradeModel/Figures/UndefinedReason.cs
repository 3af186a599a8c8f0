using TradeModel.Internal;

namespace TradeModel;

/// <summary>Why a release figure cannot be computed.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(EnumNameJsonConverter<UndefinedReason>))]
public enum UndefinedReason
{
    /// <summary>The figure is defined. The default.</summary>
    None,

    /// <summary>The base (the earlier value, or the total) is zero.</summary>
    ZeroBase,

    /// <summary>The base is negative, so a growth rate has no meaning (use a change in balance instead).</summary>
    NegativeBase,

    /// <summary>The value changed sign between the periods.</summary>
    SignChange,

    /// <summary>A value the figure needs is missing (missing is not zero).</summary>
    MissingValue,
}
