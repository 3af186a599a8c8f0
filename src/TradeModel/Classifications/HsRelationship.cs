using TradeModel.Internal;

namespace TradeModel.Classifications;

/// <summary>
/// How a link between two HS editions relates its codes, read in the direction of the conversion: one source code to
/// one target code, one to several, several to one, or several to several.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(EnumNameJsonConverter<HsRelationship>))]
public enum HsRelationship
{
    /// <summary>The source code maps to exactly one target code, which no other source code maps to. The default.</summary>
    OneToOne,

    /// <summary>The source code is split between several target codes, each of which it alone maps to.</summary>
    OneToMany,

    /// <summary>Several source codes are merged into one target code.</summary>
    ManyToOne,

    /// <summary>Several source codes and several target codes are tied together.</summary>
    ManyToMany,
}
