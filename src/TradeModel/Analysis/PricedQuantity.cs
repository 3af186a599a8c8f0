using TradeModel.Flows;

namespace TradeModel.Analysis;

/// <summary>
/// The value and the quantity of a cell's flows that have both, in one unit: what its unit value is computed from,
/// kept so that cells of partial results merge into the unit value of the whole.
/// </summary>
internal readonly record struct PricedQuantity(Money Value, double Quantity, Enum Unit)
{
    /// <summary>The value per unit, or null for a zero quantity.</summary>
    internal UnitValue? UnitValue =>
        Quantity > 0 ? new UnitValue(Value / (decimal)Quantity, Unit) : null;

    /// <summary>Both parts added, the other's quantity converted to this unit.</summary>
    internal PricedQuantity Plus(PricedQuantity other) =>
        this with
        {
            Value = Value + other.Value,
            Quantity = Quantity + UnitsNet.Quantity.From(other.Quantity, other.Unit).As(Unit),
        };
}
