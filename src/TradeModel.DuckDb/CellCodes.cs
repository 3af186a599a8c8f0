using System.Globalization;

namespace TradeModel.DuckDb;

/// <summary>
/// What each distinct cell of a code column stands for, worked out once: a cell is looked up by its number (an integer
/// column), by its bytes (a short text, without reading it as a string) or by its text, and only a cell not seen before
/// is read as text and handed to the resolver.
/// </summary>
/// <typeparam name="T">What a code stands for.</typeparam>
internal sealed class CellCodes<T>
    where T : struct
{
    /// <summary>Numbers below this are kept in an array rather than a dictionary.</summary>
    private const int SmallNumbers = 1 << 16;

    private readonly Func<string, T?> resolve;
    private readonly Dictionary<Int128, T> shortTexts = [];
    private readonly Dictionary<string, T> texts = new(StringComparer.Ordinal);
    private readonly Dictionary<long, T> numbers = [];
    private T[] small = [];
    private bool[] known = [];

    /// <summary>Makes an empty cache.</summary>
    /// <param name="resolve">What a code's text (as written, untrimmed) stands for, or null when it stands for nothing.</param>
    internal CellCodes(Func<string, T?> resolve) => this.resolve = resolve;

    /// <summary>
    /// What each of a chunk's first <paramref name="rows"/> cells stands for, into <paramref name="into"/>: INTEGER,
    /// BIGINT and short VARCHAR columns in one tight loop each, any other cell by <see cref="TryGet"/>.
    /// </summary>
    /// <returns>−1, or the first row whose cell is NULL or stands for nothing (the rows before it are filled).</returns>
    internal int Resolve(in VectorColumn column, int rows, Span<T> into)
    {
        into = into[..rows];
        if (!column.AllValid(rows))
        {
            for (var row = 0; row < rows; row++)
            {
                if (column.IsNull(row) || !TryGet(column, row, out into[row]))
                {
                    return row;
                }
            }
            return -1;
        }
        if (column.Type == DuckDB.NET.Native.DuckDBType.Integer)
        {
            return Numbers(column, column.Int32s(rows), into);
        }
        if (column.Type == DuckDB.NET.Native.DuckDBType.BigInt)
        {
            return Numbers(column, column.Int64s(rows), into);
        }
        if (column.IsText)
        {
            // A cell is 16 bytes: a short text's length and bytes, or a longer one's length, prefix and pointer, which
            // within a chunk also stand for one text. Rows of one code often come together: the last cell is checked
            // before the dictionary, which holds short texts only.
            var cells = column.TextCells(rows);
            Int128 last = -1;
            T lastValue = default;
            for (var row = 0; row < cells.Length; row++)
            {
                var cell = cells[row];
                if (cell != last)
                {
                    if (
                        !shortTexts.TryGetValue(cell, out lastValue)
                        && !TryGet(column, row, out lastValue)
                    )
                    {
                        return row;
                    }
                    last = cell;
                }
                into[row] = lastValue;
            }
            return -1;
        }
        for (var row = 0; row < rows; row++)
        {
            if (!TryGet(column, row, out into[row]))
            {
                return row;
            }
        }
        return -1;
    }

    /// <summary>What a row's cell stands for; false when the resolver knows nothing of it (the cell is not NULL).</summary>
    internal bool TryGet(in VectorColumn column, int row, out T value)
    {
        if (column.IsInteger)
        {
            var number = column.Int64(row);
            if ((ulong)number < SmallNumbers)
            {
                EnsureSmall();
                if (known[number])
                {
                    value = small[number];
                    return true;
                }
            }
            if (!numbers.TryGetValue(number, out value))
            {
                if (resolve(number.ToString(CultureInfo.InvariantCulture)) is not { } found)
                {
                    return false;
                }
                numbers[number] = value = found;
            }
            if ((ulong)number < SmallNumbers)
            {
                (small[number], known[number]) = (value, true);
            }
            return true;
        }
        if (column.IsText && column.TryShortTextKey(row, out var key))
        {
            if (shortTexts.TryGetValue(key, out value))
            {
                return true;
            }
            if (resolve(column.Text(row)) is not { } found)
            {
                return false;
            }
            shortTexts[key] = value = found;
            return true;
        }
        var text = column.Display(row);
        if (texts.TryGetValue(text, out value))
        {
            return true;
        }
        if (resolve(text) is not { } resolved)
        {
            return false;
        }
        texts[text] = value = resolved;
        return true;
    }

    /// <summary>The loop of <see cref="Resolve"/> over a column of 32- or 64-bit integers (one copy made for each).</summary>
    private int Numbers<TNumber>(in VectorColumn column, ReadOnlySpan<TNumber> cells, Span<T> into)
        where TNumber : System.Numerics.IBinaryInteger<TNumber>
    {
        EnsureSmall();
        for (var row = 0; row < cells.Length; row++)
        {
            var number = long.CreateTruncating(cells[row]);
            if ((ulong)number < SmallNumbers && known[number])
            {
                into[row] = small[number];
            }
            else if (!TryGet(column, row, out into[row]))
            {
                return row;
            }
        }
        return -1;
    }

    private void EnsureSmall()
    {
        if (small.Length == 0)
        {
            small = new T[SmallNumbers];
            known = new bool[SmallNumbers];
        }
    }
}
