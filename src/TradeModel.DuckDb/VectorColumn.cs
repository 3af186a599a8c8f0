using System.Globalization;
using System.Text;
using DuckDB.NET.Native;

namespace TradeModel.DuckDb;

/// <summary>
/// One column of a DuckDB result chunk, read in place in DuckDB's memory through its C API (a flat vector of the
/// column's physical type and a validity bitmap): no call into DuckDB, no boxing and no string per cell. Valid until
/// the chunk it came from is disposed.
/// </summary>
internal readonly unsafe struct VectorColumn
{
    private readonly byte* data;
    private readonly ulong* validity;

    /// <summary>How DuckDB stores a DECIMAL's cells: SMALLINT, INTEGER, BIGINT or HUGEINT, by its width.</summary>
    private readonly DuckDBType storage;

    internal VectorColumn(IntPtr vector, DuckDBType type, DuckDBType storage, int scale)
    {
        data = (byte*)NativeMethods.Vectors.DuckDBVectorGetData(vector);
        validity = NativeMethods.Vectors.DuckDBVectorGetValidity(vector);
        Type = type;
        this.storage = storage;
        Scale = scale;
    }

    /// <summary>The column's logical type.</summary>
    internal DuckDBType Type { get; }

    /// <summary>The scale of a DECIMAL column; 0 for any other.</summary>
    internal int Scale { get; }

    /// <summary>Whether the column's cells are whole numbers DuckDB holds in at most 64 bits.</summary>
    internal bool IsInteger =>
        Type
            is DuckDBType.TinyInt
                or DuckDBType.SmallInt
                or DuckDBType.Integer
                or DuckDBType.BigInt
                or DuckDBType.UnsignedTinyInt
                or DuckDBType.UnsignedSmallInt
                or DuckDBType.UnsignedInteger
                or DuckDBType.UnsignedBigInt;

    /// <summary>Whether the column holds text.</summary>
    internal bool IsText => Type == DuckDBType.Varchar;

    /// <summary>Whether a row's cell is NULL.</summary>
    internal bool IsNull(int row) =>
        Type == DuckDBType.SqlNull
        || (validity != null && (validity[row >> 6] & (1UL << (row & 63))) == 0);

    /// <summary>Whether none of the chunk's first <paramref name="rows"/> cells is NULL.</summary>
    internal bool AllValid(int rows)
    {
        if (Type == DuckDBType.SqlNull)
        {
            return rows == 0;
        }
        if (validity == null)
        {
            return true;
        }
        var words = new ReadOnlySpan<ulong>(validity, rows >> 6);
        if (words.ContainsAnyExcept(ulong.MaxValue))
        {
            return false;
        }
        var rest = rows & 63;
        return rest == 0 || (~validity[rows >> 6] & ((1UL << rest) - 1)) == 0;
    }

    /// <summary>The cells of an INTEGER column, in place.</summary>
    internal ReadOnlySpan<int> Int32s(int rows) => new(data, rows);

    /// <summary>The cells of a BIGINT column, in place.</summary>
    internal ReadOnlySpan<long> Int64s(int rows) => new(data, rows);

    /// <summary>The cells of a VARCHAR column as DuckDB holds them, 16 bytes each (length, then bytes or a pointer).</summary>
    internal ReadOnlySpan<Int128> TextCells(int rows) => new(data, rows);

    /// <summary>An integer cell (<see cref="IsInteger"/>), widened; an unsigned 64-bit cell above <see cref="long.MaxValue"/> comes back negative, which no code reads.</summary>
    internal long Int64(int row) =>
        Type switch
        {
            DuckDBType.Integer => ((int*)data)[row],
            DuckDBType.BigInt => ((long*)data)[row],
            DuckDBType.SmallInt => ((short*)data)[row],
            DuckDBType.TinyInt => ((sbyte*)data)[row],
            DuckDBType.UnsignedTinyInt => data[row],
            DuckDBType.UnsignedSmallInt => ((ushort*)data)[row],
            DuckDBType.UnsignedInteger => ((uint*)data)[row],
            DuckDBType.UnsignedBigInt => unchecked((long)((ulong*)data)[row]),
            _ => throw new InvalidOperationException($"A {Type} column is not read as an integer."),
        };

    /// <summary>An integer cell (<see cref="Int64"/>), or a HUGEINT within 64 bits (a sum of integers).</summary>
    /// <exception cref="InvalidOperationException">The column does not hold integers.</exception>
    /// <exception cref="OverflowException">A HUGEINT cell beyond 64 bits.</exception>
    internal long Integer(int row) =>
        Type == DuckDBType.HugeInt ? checked((long)((Int128*)data)[row]) : Int64(row);

    /// <summary>A binary floating-point cell (DOUBLE or FLOAT) as a double.</summary>
    /// <exception cref="InvalidOperationException">The column holds another type.</exception>
    internal double Real(int row) =>
        Type switch
        {
            DuckDBType.Double => Double(row),
            DuckDBType.Float => Single(row),
            _ => throw new InvalidOperationException($"A {Type} column is not read as a double."),
        };

    /// <summary>A DECIMAL, integer or HUGEINT cell as a decimal, exactly.</summary>
    /// <exception cref="OverflowException">The cell is outside the range of decimal.</exception>
    /// <exception cref="InvalidOperationException">The column holds another type.</exception>
    internal decimal Decimal(int row)
    {
        if (Type == DuckDBType.Decimal)
        {
            return TryDecimal(row, out var value)
                ? value
                : throw new OverflowException("A DECIMAL sum is outside the range of decimal.");
        }
        if (Type == DuckDBType.HugeInt)
        {
            var units = ((Int128*)data)[row];
            return units >= (Int128)decimal.MinValue && units <= (Int128)decimal.MaxValue
                ? (decimal)units
                : throw new OverflowException("A HUGEINT sum is outside the range of decimal.");
        }
        return IsInteger
            ? Int64(row)
            : throw new InvalidOperationException($"A {Type} column is not read as a decimal.");
    }

    /// <summary>A DOUBLE cell.</summary>
    internal double Double(int row) => ((double*)data)[row];

    /// <summary>A FLOAT cell.</summary>
    internal float Single(int row) => ((float*)data)[row];

    /// <summary>
    /// A DECIMAL cell of up to 18 digits as its whole units and scale, as DuckDB holds it, or an integer cell at scale 0;
    /// false for any other cell.
    /// </summary>
    internal bool TryFixedPoint(int row, out long units, out int scale)
    {
        scale = Scale;
        var fits =
            Type == DuckDBType.Decimal
                ? storage != DuckDBType.HugeInt
                : IsInteger && Type != DuckDBType.UnsignedBigInt;
        units =
            !fits ? 0
            : Type == DuckDBType.Decimal ? (long)DecimalUnits(row)
            : Int64(row);
        return fits;
    }

    /// <summary>A DECIMAL cell, exactly; false when it does not fit decimal's 96 bits.</summary>
    internal bool TryDecimal(int row, out decimal value)
    {
        var units = DecimalUnits(row);
        var negative = units < 0;
        var magnitude = (UInt128)(negative ? -units : units);
        if (magnitude >> 96 != 0)
        {
            value = 0;
            return false;
        }
        value = new decimal(
            (int)(uint)magnitude,
            (int)(uint)(magnitude >> 32),
            (int)(uint)(magnitude >> 64),
            negative,
            (byte)Scale
        );
        return true;
    }

    /// <summary>A DECIMAL cell's whole units, as its storage holds them.</summary>
    private Int128 DecimalUnits(int row) =>
        storage switch
        {
            DuckDBType.SmallInt => ((short*)data)[row],
            DuckDBType.Integer => ((int*)data)[row],
            DuckDBType.BigInt => ((long*)data)[row],
            _ => ((Int128*)data)[row],
        };

    /// <summary>A VARCHAR cell's UTF-8 bytes, in place.</summary>
    internal ReadOnlySpan<byte> Utf8(int row)
    {
        // duckdb_string_t: a 32-bit length, then up to 12 bytes inlined, or a 4-byte prefix and a pointer.
        var cell = data + (16 * row);
        var length = *(int*)cell;
        return new ReadOnlySpan<byte>(length <= 12 ? cell + 4 : *(byte**)(cell + 8), length);
    }

    /// <summary>
    /// A short VARCHAR cell (at most 12 bytes, as codes are) as one 128-bit key holding its length and bytes, found
    /// without reading the text; false for a longer one.
    /// </summary>
    internal bool TryShortTextKey(int row, out Int128 key)
    {
        var cell = data + (16 * row);
        key = *(Int128*)cell;
        return *(int*)cell <= 12;
    }

    /// <summary>A VARCHAR cell as text.</summary>
    internal string Text(int row) => Encoding.UTF8.GetString(Utf8(row));

    /// <summary>Any cell as invariant text, as an error message shows it; empty for NULL.</summary>
    internal string Display(int row)
    {
        if (IsNull(row))
        {
            return "";
        }
        return Type switch
        {
            DuckDBType.Varchar => Text(row),
            DuckDBType.Double => Double(row).ToString("R", CultureInfo.InvariantCulture),
            DuckDBType.Float => Single(row).ToString("R", CultureInfo.InvariantCulture),
            DuckDBType.Boolean => data[row] != 0 ? "true" : "false",
            DuckDBType.HugeInt => ((Int128*)data)[row].ToString(CultureInfo.InvariantCulture),
            DuckDBType.UnsignedBigInt => ((ulong*)data)[row].ToString(CultureInfo.InvariantCulture),
            DuckDBType.Decimal => TryDecimal(row, out var value)
                ? value.ToString(CultureInfo.InvariantCulture)
                : "(a DECIMAL beyond 28 digits)",
            _ when IsInteger => Int64(row).ToString(CultureInfo.InvariantCulture),
            _ => $"(a {Type} value)",
        };
    }
}
