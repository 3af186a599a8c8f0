namespace TradeModel.Internal;

/// <summary>
/// A growing column of optional decimals held as 64-bit fixed point at one scale for the whole column, which grows
/// (rescaling what is there) when a value needs more decimals and every value held still fits. A value that does not
/// fit (too many decimals or too large) is kept exactly as a decimal on the side; a missing value is kept as missing.
/// </summary>
internal sealed class FixedPointColumn
{
    /// <summary>The units of a row without a value.</summary>
    internal const long Missing = long.MinValue;

    /// <summary>The units of a row whose value is kept on the side as a decimal.</summary>
    internal const long Outlier = long.MinValue + 1;

    /// <summary>The largest scale the column grows to.</summary>
    internal const int MaxScale = 9;

    private readonly List<int> specialRows = [];
    private long[] units;
    private Dictionary<int, decimal>? outliers;

    internal FixedPointColumn(int capacity) => units = new long[capacity];

    /// <summary>How many rows the column holds.</summary>
    internal int Count { get; private set; }

    /// <summary>The scale: a row's value is its units × 10^-scale.</summary>
    internal int Scale { get; private set; }

    /// <summary>The largest absolute number of units of any row held in fixed point.</summary>
    internal long MaxAbsUnits { get; private set; }

    /// <summary>The rows' units (<see cref="Missing"/>, <see cref="Outlier"/> or a count of units); longer than <see cref="Count"/>.</summary>
    internal long[] Units => units;

    /// <summary>The rows that are <see cref="Missing"/> or <see cref="Outlier"/>, in order: scans skip them and visit them apart.</summary>
    internal List<int> SpecialRows => specialRows;

    /// <summary>Whether some row's value is kept on the side as a decimal.</summary>
    internal bool HasOutliers => outliers is { Count: > 0 };

    /// <summary>
    /// Whether every row held in fixed point is above zero: then a sum of such rows is above zero as soon as one is in
    /// it, and is zero only when none is.
    /// </summary>
    internal bool AllUnitsPositive { get; private set; } = true;

    /// <summary>Whether a sum of every row in 64 bits cannot overflow.</summary>
    internal bool SumFitsInt64 => Count == 0 || MaxAbsUnits <= long.MaxValue / Count;

    /// <summary>Appends a row.</summary>
    internal void Add(decimal? value) => Append(value is { } v ? Encode(v, Count) : Missing);

    /// <summary>Appends a row given in fixed point (<see cref="Missing"/> for none) at some scale.</summary>
    internal void AddUnits(long value, int scale)
    {
        if (value == Missing)
        {
            Add(null);
            return;
        }
        if (scale != Scale || value <= Outlier)
        {
            Add(FixedPoint.ToDecimal(value, scale));
            return;
        }
        Append(value);
    }

    /// <summary>
    /// Readies an empty column for rows written straight into <see cref="Units"/> at <paramref name="scale"/> (then
    /// taken with <see cref="TakeWrittenRows"/>); false when the column holds rows or the scale is beyond
    /// <see cref="MaxScale"/>.
    /// </summary>
    internal bool TryStartAtScale(int scale)
    {
        if (Count > 0 || scale is < 0 or > MaxScale)
        {
            return false;
        }
        Scale = scale;
        return true;
    }

    /// <summary>
    /// Takes the rows written straight into <see cref="Units"/> from <see cref="Count"/> up to <paramref name="count"/>:
    /// each a plain count of units at the column's scale (never <see cref="Missing"/> or <see cref="Outlier"/>), the
    /// largest in absolute terms <paramref name="largestUnits"/>.
    /// </summary>
    internal void TakeWrittenRows(int count, long largestUnits)
    {
        for (var i = Count; i < count && AllUnitsPositive; i++)
        {
            AllUnitsPositive = units[i] > 0;
        }
        Count = count;
        MaxAbsUnits = Math.Max(MaxAbsUnits, largestUnits);
    }

    /// <summary>Drops the room beyond the rows held.</summary>
    internal void TrimExcess() => Array.Resize(ref units, Count);

    /// <summary>The value of a row, or null when it has none.</summary>
    internal decimal? Get(int row)
    {
        var u = units[row];
        return u switch
        {
            Missing => null,
            Outlier => outliers![row],
            _ => FixedPoint.ToDecimal(u, Scale),
        };
    }

    /// <summary>Whether the row has a value.</summary>
    internal bool HasValue(int row) => units[row] != Missing;

    /// <summary>The decimal of a row whose units are <see cref="Outlier"/>.</summary>
    internal decimal OutlierAt(int row) => outliers![row];

    private long Encode(decimal value, int row)
    {
        if (!FixedPoint.TryToUnits(value, Scale, out var u) || u <= Outlier)
        {
            var needed = FixedPoint.DecimalsNeeded(value);
            if (
                needed <= Scale
                || !TryRescale(needed)
                || !FixedPoint.TryToUnits(value, Scale, out u)
                || u <= Outlier
            )
            {
                (outliers ??= [])[row] = value;
                return Outlier;
            }
        }
        return u;
    }

    /// <summary>Appends a row's units (a count of units at the column's scale, or a special value).</summary>
    private void Append(long u)
    {
        if (Count == units.Length)
        {
            Array.Resize(ref units, Math.Max(16, units.Length * 2));
        }
        units[Count] = u;
        if (u <= Outlier)
        {
            specialRows.Add(Count);
        }
        else
        {
            AllUnitsPositive &= u > 0;
            MaxAbsUnits = Math.Max(MaxAbsUnits, Math.Abs(u));
        }
        Count++;
    }

    /// <summary>Moves the column to a larger scale when every value held still fits 64 bits there.</summary>
    private bool TryRescale(int scale)
    {
        // Beyond 9 decimals a column would keep less than 10^9 whole units: such values stay decimals on the side.
        if (scale > MaxScale)
        {
            return false;
        }
        var factor = FixedPoint.Pow10(scale - Scale);
        if (MaxAbsUnits > (long.MaxValue - 1) / factor)
        {
            return false;
        }
        for (var i = 0; i < Count; i++)
        {
            if (units[i] > Outlier)
            {
                units[i] *= factor;
            }
        }
        MaxAbsUnits *= factor;
        Scale = scale;
        return true;
    }
}
