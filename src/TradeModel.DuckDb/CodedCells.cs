using System.Data.Common;
using TradeModel.Analysis;

namespace TradeModel.DuckDb;

/// <summary>
/// A query's result rows read as codes: each key column's distinct raw keys (a code or an integer) are looked up in
/// the model once and numbered by the public <see cref="FlowCubeBuilder"/>, which makes the cube as the in-memory engine
/// makes it (canonical order, rows of one cell summed), with each unit's quantities from the same row. No key object is
/// made per row.
/// </summary>
internal sealed class CodedCells
{
    private readonly SqlPlan plan;
    private readonly FlowCubeBuilder builder;
    private readonly bool[] numberKeys;
    private readonly Dictionary<string, int>[] textCodes;
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
        numberCodes = [.. Enumerable.Range(0, dimensions).Select(_ => new Dictionary<int, int>())];
        row = new int[dimensions];
    }

    /// <summary>
    /// Adds the reader's current row, unless its period spans two years under a year dimension (the outside statement
    /// counts those flows).
    /// </summary>
    internal void Add(DbDataReader reader)
    {
        for (var d = 0; d < row.Length; d++)
        {
            var code = numberKeys[d]
                ? NumberCode(d, SqlPlan.Integer(reader, d))
                : TextCode(d, reader.GetString(d));
            if (code < 0)
            {
                return;
            }
            row[d] = code;
        }
        var at = plan.KeyColumns;
        builder.Add(
            row,
            reader.IsDBNull(at) ? null : plan.Total(reader, at),
            checked((int)reader.GetInt64(at + 1)),
            checked((int)reader.GetInt64(at + 2))
        );
        for (var unit = 0; unit < units; unit++)
        {
            var q = at + 3 + (4 * unit);
            var flows = reader.GetInt64(q + 1);
            if (flows > 0)
            {
                builder.AddQuantity(
                    row,
                    unit,
                    reader.GetDouble(q),
                    checked((int)flows),
                    reader.IsDBNull(q + 2) ? 0 : reader.GetDouble(q + 2),
                    reader.IsDBNull(q + 3) ? 0m : plan.Total(reader, q + 3)
                );
            }
        }
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
