using TradeModel.Internal;

namespace TradeModel;

/// <summary>What a <see cref="PercentFigure"/> measures.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(EnumNameJsonConverter<FigureUnit>))]
public enum FigureUnit
{
    /// <summary>A percentage: a growth rate or a share. The default.</summary>
    Percent,

    /// <summary>Percentage points: a difference of percentages or a contribution to growth.</summary>
    PercentagePoints,
}
