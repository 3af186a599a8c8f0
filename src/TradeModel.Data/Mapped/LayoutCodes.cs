using TradeModel.Flows;
using UnitsNet.Units;

namespace TradeModel.Data.Mapped;

/// <summary>The codes a <see cref="FlowLayout"/> reads by default: directions, statuses and unit abbreviations.</summary>
internal static class LayoutCodes
{
    internal static readonly Dictionary<string, TradeDirection> Directions = new(
        StringComparer.OrdinalIgnoreCase
    )
    {
        ["X"] = TradeDirection.Exports,
        ["E"] = TradeDirection.Exports,
        ["Export"] = TradeDirection.Exports,
        ["Exports"] = TradeDirection.Exports,
        ["C"] = TradeDirection.Exports,
        ["Credit"] = TradeDirection.Exports,
        ["M"] = TradeDirection.Imports,
        ["I"] = TradeDirection.Imports,
        ["Import"] = TradeDirection.Imports,
        ["Imports"] = TradeDirection.Imports,
        ["D"] = TradeDirection.Imports,
        ["Debit"] = TradeDirection.Imports,
        ["RX"] = TradeDirection.ReExports,
        ["Re-exports"] = TradeDirection.ReExports,
        ["ReExports"] = TradeDirection.ReExports,
        ["RM"] = TradeDirection.ReImports,
        ["Re-imports"] = TradeDirection.ReImports,
        ["ReImports"] = TradeDirection.ReImports,
    };

    internal static readonly Dictionary<string, ObservationStatus> Statuses = new(
        StringComparer.OrdinalIgnoreCase
    )
    {
        [""] = ObservationStatus.Normal,
        ["A"] = ObservationStatus.Normal,
        ["Normal"] = ObservationStatus.Normal,
        ["E"] = ObservationStatus.Estimated,
        ["Estimated"] = ObservationStatus.Estimated,
        ["P"] = ObservationStatus.Provisional,
        ["Provisional"] = ObservationStatus.Provisional,
        ["C"] = ObservationStatus.Confidential,
        ["Confidential"] = ObservationStatus.Confidential,
        ["M"] = ObservationStatus.Missing,
        ["Missing"] = ObservationStatus.Missing,
    };

    /// <summary>Short unit names files use, besides UnitsNet's Type.Unit.</summary>
    internal static readonly Dictionary<string, Enum> UnitAbbreviations = new(
        StringComparer.Ordinal
    )
    {
        ["t"] = MassUnit.Tonne,
        ["kg"] = MassUnit.Kilogram,
        ["g"] = MassUnit.Gram,
        ["l"] = VolumeUnit.Liter,
        ["m3"] = VolumeUnit.CubicMeter,
        ["u"] = ScalarUnit.Amount,
    };

    /// <summary>The unit a text names: an abbreviation or UnitsNet's Type.Unit.</summary>
    internal static bool TryUnit(
        string text,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Enum? unit
    ) => UnitAbbreviations.TryGetValue(text, out unit) || QuantityUnitText.TryParse(text, out unit);

    /// <summary>Why a unit text is refused.</summary>
    internal const string NotAUnit =
        "is not a unit: Type.Unit as UnitsNet names it (MassUnit.Tonne), or t, kg, g, l, m3, u.";
}
