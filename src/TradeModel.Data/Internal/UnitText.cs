using UnitsNet;

namespace TradeModel.Data.Internal;

/// <summary>Reads a UnitsNet unit written as Type.Unit (MassUnit.Tonne), as TradeModel's JSON writes it.</summary>
internal static class UnitText
{
    internal static bool TryParse(
        string text,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Enum? unit
    )
    {
        unit = null;
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
        {
            return false;
        }
        var typeName = text[..dot];
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
