using UnitsNet;

namespace TradeModel.Flows;

/// <summary>
/// A UnitsNet unit as TradeModel writes it in every file format (JSON, Parquet, mapped CSV): its unit type and name,
/// such as <c>MassUnit.Tonne</c> or <c>VolumeUnit.Liter</c>. Ordinal and independent of culture.
/// </summary>
public static class QuantityUnitText
{
    /// <summary>The text of a unit: "MassUnit.Tonne".</summary>
    /// <param name="unit">A UnitsNet unit.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public static string Format(Enum unit)
    {
        Internal.Preconditions.CheckNotNull(unit);
        return $"{unit.GetType().Name}.{unit}";
    }

    /// <summary>Reads a unit's text as <see cref="Format"/> writes it.</summary>
    /// <param name="text">The text, such as "MassUnit.Tonne".</param>
    /// <param name="unit">The unit, when the text names one.</param>
    /// <returns>Whether the text names a UnitsNet unit.</returns>
    public static bool TryParse(
        string? text,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Enum? unit
    )
    {
        unit = null;
        var dot = text?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (dot <= 0)
        {
            return false;
        }
        var typeName = text![..dot];
        var unitName = text[(dot + 1)..];
        foreach (var info in Quantity.Infos)
        {
            if (string.Equals(info.UnitType.Name, typeName, StringComparison.Ordinal))
            {
                unit = info
                    .UnitInfos.FirstOrDefault(u =>
                        string.Equals(u.Name, unitName, StringComparison.Ordinal)
                    )
                    ?.Value;
                return unit is not null;
            }
        }
        return false;
    }
}
