using UnitsNet.Units;

namespace TradeModel.Data.Comtrade;

/// <summary>
/// UN Comtrade's quantity unit codes (<c>qtyUnitCode</c>) and the UnitsNet units they become. Counts (items,
/// thousands of items, dozens) become <see cref="ScalarUnit.Amount"/> in single items. Pairs, packages and carats
/// have no UnitsNet unit here; for them, and for "no quantity" (−1, 1), a reader keeps the net weight in kilograms when
/// the row has one, and says so in its report.
/// </summary>
public static class ComtradeQuantityUnits
{
    private static readonly Dictionary<int, (Enum Unit, double Factor, string Abbreviation)> Units =
        new()
        {
            [2] = (AreaUnit.SquareMeter, 1, "m²"),
            [3] = (EnergyUnit.MegawattHour, 1, "1000 kWh"),
            [4] = (LengthUnit.Meter, 1, "m"),
            [5] = (ScalarUnit.Amount, 1, "u"),
            [7] = (VolumeUnit.Liter, 1, "l"),
            [8] = (MassUnit.Kilogram, 1, "kg"),
            [9] = (ScalarUnit.Amount, 1000, "1000u"),
            [11] = (ScalarUnit.Amount, 12, "12u"),
            [12] = (VolumeUnit.CubicMeter, 1, "m³"),
        };

    /// <summary>The unit a quantity unit code stands for, and the factor to it (1,000 for thousands of items).</summary>
    /// <param name="code">A <c>qtyUnitCode</c>.</param>
    /// <param name="unit">The UnitsNet unit, or null.</param>
    /// <param name="factor">What one of the code's units is in <paramref name="unit"/>.</param>
    /// <returns>Whether the code maps to a unit.</returns>
    public static bool TryGetUnit(
        int code,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Enum? unit,
        out double factor
    )
    {
        if (Units.TryGetValue(code, out var entry))
        {
            (unit, factor) = (entry.Unit, entry.Factor);
            return true;
        }
        (unit, factor) = (null, 0);
        return false;
    }

    /// <summary>The code of a unit written back to a file: the first code that maps to it with factor 1.</summary>
    /// <param name="unit">A UnitsNet unit.</param>
    /// <param name="code">The code, or 0.</param>
    /// <returns>Whether one maps to it.</returns>
    public static bool TryGetCode(Enum unit, out int code)
    {
        foreach (var (candidate, entry) in Units)
        {
            if (Equals(entry.Unit, unit) && entry.Factor == 1)
            {
                code = candidate;
                return true;
            }
        }
        code = 0;
        return false;
    }
}
