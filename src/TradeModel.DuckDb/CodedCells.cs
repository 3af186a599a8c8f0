using TradeModel.Analysis;

namespace TradeModel.DuckDb;

/// <summary>
/// A query's result rows read as codes, chunk by chunk in DuckDB's memory (<see cref="ChunkStream"/>): each key
/// column's distinct raw keys (a code or an integer) are looked up in the model once and numbered by the public
/// <see cref="FlowCubeBuilder"/>, which makes the cube as the in-memory engine makes it (canonical order, rows of one cell
/// summed), with each unit's quantities from the same row. No key object is made per row.
/// </summary>
internal sealed class CodedCells
{
    private readonly SqlPlan plan;
    private readonly FlowCubeBuilder builder;
    private readonly bool[] numberKeys;
    private readonly Dictionary<string, int>[] textCodes;
    private readonly Dictionary<Int128, int>[] shortCodes;
    private readonly Dictionary<int, int>[] numberCodes;
    private readonly int[] row;
    private readonly int units;

    /// <summary>Reads the rows of <paramref name="plan"/>'s statement into a builder.</summary>
    /// <param name="plan">The plan whose rows are read.</param>
    /// <param name="builder">The cube's builder.</param>
    /// <param name="withQuantities">Whether the rows carry the plan's quantity sums (the builder was given the dataset's units).</param>
    internal CodedCells(SqlPlan plan, FlowCubeBuilder builder, bool withQuantities)
    {
        units = withQuantities ? plan.QuantityUnits : 0;
        this.plan = plan;
        this.builder = builder;
        var dimensions = plan.Query.Dimensions.Count;
        numberKeys = [.. Enumerable.Range(0, dimensions).Select(plan.IsNumberKey)];
        textCodes = [.. Enumerable.Range(0, dimensions).Select(_ => new Dictionary<string, int>())];
        shortCodes =
        [
            .. Enumerable.Range(0, dimensions).Select(_ => new Dictionary<Int128, int>()),
        ];
        numberCodes = [.. Enumerable.Range(0, dimensions).Select(_ => new Dictionary<int, int>())];
        row = new int[dimensions];
    }

    /// <summary>
    /// Adds every row of a statement's result, chunk by chunk, each column read in place in DuckDB's memory: integer keys
    /// as integers, short text keys as 16 bytes looked up without making a string (each distinct key resolved once),
    /// sums of values as DuckDB's DECIMAL units.
    /// </summary>
    /// <exception cref="OverflowException">A sum is outside the range of decimal, or a count of flows beyond an <see cref="int"/>.</exception>
    /// <exception cref="FormatException">A key is NULL: the dataset has flows without that code.</exception>
    internal void Load(ChunkStream stream)
    {
        var columns = new VectorColumn[stream.Columns];
        int rows;
        while ((rows = stream.Next(columns)) > 0)
        {
            for (var r = 0; r < rows; r++)
            {
                Add(columns, r);
            }
        }
    }

    /// <summary>
    /// Adds one row of a chunk, unless its period spans two years under a year dimension (the outside statement counts
    /// those flows).
    /// </summary>
    private void Add(VectorColumn[] columns, int r)
    {
        for (var d = 0; d < row.Length; d++)
        {
            if (columns[d].IsNull(r))
            {
                throw new FormatException(
                    $"The dataset has flows without a code for the query's {plan.Query.Dimensions[d]} dimension (NULL in its files); every flow needs its reporter, partner, direction, category and period."
                );
            }
            var code = numberKeys[d]
                ? NumberCode(d, checked((int)columns[d].Integer(r)))
                : TextCode(d, columns[d], r);
            if (code < 0)
            {
                return;
            }
            row[d] = code;
        }
        var at = plan.KeyColumns;
        builder.Add(
            row,
            columns[at].IsNull(r) ? null : plan.AtValueScale(columns[at].Decimal(r)),
            checked((int)columns[at + 1].Integer(r)),
            checked((int)columns[at + 2].Integer(r))
        );
        for (var unit = 0; unit < units; unit++)
        {
            var q = at + 3 + (4 * unit);
            var flows = columns[q + 1].Integer(r);
            if (flows > 0)
            {
                builder.AddQuantity(
                    row,
                    unit,
                    columns[q].Real(r),
                    checked((int)flows),
                    columns[q + 2].IsNull(r) ? 0 : columns[q + 2].Real(r),
                    columns[q + 3].IsNull(r) ? 0m : plan.AtValueScale(columns[q + 3].Decimal(r))
                );
            }
        }
    }

    /// <summary>A text key's code: a short one found by its 16 bytes, without a string; a longer one (or a number) by its text.</summary>
    private int TextCode(int d, VectorColumn column, int r)
    {
        if (!column.IsText)
        {
            return TextCode(d, column.Display(r));
        }
        if (!column.TryShortTextKey(r, out var key))
        {
            return TextCode(d, column.Text(r));
        }
        if (!shortCodes[d].TryGetValue(key, out var code))
        {
            shortCodes[d][key] = code = TextCode(d, column.Text(r));
        }
        return code;
    }

    private int TextCode(int d, string text)
    {
        if (!textCodes[d].TryGetValue(text, out var code))
        {
            var value = plan.TextValue(d, text, out var inCell);
            textCodes[d][text] = code = inCell ? builder.CodeOf(d, value) : -1;
        }
        return code;
    }

    private int NumberCode(int d, int number)
    {
        if (!numberCodes[d].TryGetValue(number, out var code))
        {
            numberCodes[d][number] = code = builder.CodeOf(d, plan.NumberValue(d, number));
        }
        return code;
    }
}
