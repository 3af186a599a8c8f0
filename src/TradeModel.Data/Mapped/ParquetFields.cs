using System.Globalization;
using Parquet;
using Parquet.Schema;
using TradeModel.Data.Internal;

namespace TradeModel.Data.Mapped;

/// <summary>
/// The mapped columns of a Parquet file of any writer, a row group at a time, handed to <see cref="MappedRows"/> as
/// text: strings as written, integers as their digits, DECIMAL exactly, DOUBLE and FLOAT as their shortest round-trip
/// text (checked against <see cref="FlowLayout.FloatDecimals"/>), and hive partition keys (<c>year=2024/</c>) as the
/// text of every row. Rows are numbered from 1 across the whole file.
/// </summary>
internal sealed class ParquetFields : IRowSource
{
    private readonly string[] names;
    private readonly DataField?[] fields;
    private readonly string?[] constants;
    private readonly int[] positions;
    private readonly Array?[] data;
    private readonly char[][] buffers;
    private readonly bool strict;
    private readonly int valueColumn;
    private readonly int floatDecimals;
    private int count;
    private long before;
    private int index;

    /// <summary>The fields of <paramref name="reader"/> that <paramref name="layout"/> maps.</summary>
    /// <exception cref="DataFormatException">A mapped column is neither in the file nor a partition key, or is of a type no layout reads.</exception>
    internal ParquetFields(
        ParquetReader reader,
        string source,
        FlowLayout layout,
        IReadOnlyDictionary<string, string> partitionKeys,
        ReadOptions options
    )
    {
        strict = options.Errors == ErrorMode.Strict;
        floatDecimals = layout.FloatDecimals;
        Report = new ReadReport(source, options.MaxErrorsKept);
        var inFile = reader.Schema.GetDataFields();
        var found = new List<string>();
        var list = new List<DataField?>();
        var fixedTexts = new List<string?>();
        var places = new List<int>();
        Columns = MappedColumns.Find(
            layout.Columns,
            name =>
            {
                var field =
                    inFile.FirstOrDefault(f => f.Name == name)
                    ?? inFile.SingleOrDefault(f =>
                        string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)
                    );
                string? constant = null;
                if (field is null && !partitionKeys.TryGetValue(name, out constant))
                {
                    throw new DataFormatException(
                        new RowError(
                            source,
                            0,
                            0,
                            name,
                            "",
                            $"is a column the file lacks; it has {string.Join(", ", inFile.Select(f => f.Name))}"
                                + (
                                    partitionKeys.Count == 0
                                        ? "."
                                        : $", and the partition keys {string.Join(", ", partitionKeys.Keys)}."
                                )
                        )
                    );
                }
                if (field is not null && !Readable(field))
                {
                    throw new DataFormatException(
                        new RowError(
                            source,
                            0,
                            Array.IndexOf(inFile, field) + 1,
                            name,
                            "",
                            $"is a column of {field.ClrType.Name}{(field.IsArray ? " lists" : "")} ({field.SchemaType}), which a layout does not read: codes are text or integers, values and quantities numbers or text."
                        )
                    );
                }
                found.Add(name);
                list.Add(field);
                fixedTexts.Add(constant);
                places.Add(field is null ? 0 : Array.IndexOf(inFile, field) + 1);
                return found.Count - 1;
            }
        );
        names = [.. found];
        fields = [.. list];
        constants = [.. fixedTexts];
        positions = [.. places];
        data = new Array?[names.Length];
        buffers = [.. names.Select(_ => new char[64])];
        valueColumn = Columns.Value;
    }

    /// <summary>Where each part of a flow is among the fields.</summary>
    internal MappedColumns Columns { get; }

    public ReadReport Report { get; }

    /// <summary>The current row's number in the whole file, from 1.</summary>
    public long Line => before + index + 1;

    /// <summary>Reads a row group's mapped columns, after the rows of the groups before it.</summary>
    internal async Task LoadAsync(ParquetRowGroupReader group, CancellationToken cancellationToken)
    {
        before += count;
        count = checked((int)group.RowCount);
        for (var column = 0; column < names.Length; column++)
        {
            if (fields[column] is { } field)
            {
                data[column] = await ReadColumnAsync(group, field, count, cancellationToken)
                    .ConfigureAwait(false);
            }
        }
    }

    /// <summary>Every row of the group loaded last, each through <paramref name="read"/>.</summary>
    internal void ReadGroup(MappedRows read)
    {
        for (index = 0; index < count; index++)
        {
            // A value that does not fit has failed already: recorded in collect mode, thrown in strict mode.
            if (FloatValueFits())
            {
                read.ReadRow();
            }
        }
    }

    /// <summary>
    /// Whether the row's value, when stored as binary floating point, has at most the layout's decimals once read as its
    /// shortest round-trip text; the row fails at the value otherwise.
    /// </summary>
    private bool FloatValueFits()
    {
        if (data[valueColumn] is not (double?[] or float?[]))
        {
            return true;
        }
        var text = Field(valueColumn);
        if (
            text.IsEmpty
            || (ExactDecimal.TryParse(text, out var exact) && exact.Scale <= floatDecimals)
        )
        {
            return true;
        }
        Fail(
            valueColumn,
            string.Create(
                CultureInfo.InvariantCulture,
                $"is a binary floating-point value whose shortest round-trip text has more than the layout's {floatDecimals} decimals: it is not read, never rounded."
            )
        );
        return false;
    }

    public ReadOnlySpan<char> Field(int column)
    {
        if (column < 0)
        {
            return [];
        }
        var buffer = buffers[column];
        int written;
        switch (data[column])
        {
            case null:
                return constants[column];
            case string?[] texts:
                return texts[index];
            case long?[] integers:
                if (integers[index] is not { } integer)
                {
                    return [];
                }
                integer.TryFormat(buffer, out written, default, CultureInfo.InvariantCulture);
                return buffer.AsSpan(0, written);
            case ulong?[] large:
                if (large[index] is not { } unsigned)
                {
                    return [];
                }
                unsigned.TryFormat(buffer, out written, default, CultureInfo.InvariantCulture);
                return buffer.AsSpan(0, written);
            case decimal?[] decimals:
                if (decimals[index] is not { } exact)
                {
                    return [];
                }
                exact.TryFormat(buffer, out written, default, CultureInfo.InvariantCulture);
                return buffer.AsSpan(0, written);
            case double?[] doubles:
                if (doubles[index] is not { } binary)
                {
                    return [];
                }
                // .NET's "R" is the shortest text that reads back as the same double.
                binary.TryFormat(buffer, out written, "R", CultureInfo.InvariantCulture);
                return buffer.AsSpan(0, written);
            case float?[] singles:
                if (singles[index] is not { } single)
                {
                    return [];
                }
                single.TryFormat(buffer, out written, "R", CultureInfo.InvariantCulture);
                return buffer.AsSpan(0, written);
            default:
                return [];
        }
    }

    public void Fail(int column, string reason)
    {
        var error = new RowError(
            Report.Source,
            Line,
            column >= 0 ? positions[column] : 0,
            column >= 0 ? names[column] : "",
            Field(column).ToString(),
            reason
        );
        if (strict)
        {
            throw new DataFormatException(error);
        }
        Report.Reject(error);
    }

    /// <summary>Whether a column holds text (Parquet.Net 6 types UTF-8 columns as character memory).</summary>
    private static bool IsText(DataField field) =>
        field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

    private static bool Readable(DataField field) =>
        !field.IsArray
        && (
            IsText(field)
            || field.ClrType == typeof(int)
            || field.ClrType == typeof(long)
            || field.ClrType == typeof(short)
            || field.ClrType == typeof(sbyte)
            || field.ClrType == typeof(byte)
            || field.ClrType == typeof(ushort)
            || field.ClrType == typeof(uint)
            || field.ClrType == typeof(ulong)
            || field.ClrType == typeof(decimal)
            || field.ClrType == typeof(double)
            || field.ClrType == typeof(float)
        );

    /// <summary>
    /// A column as one of the arrays <see cref="Field"/> reads: text, 64-bit integers (every signed or narrower width
    /// widened), unsigned 64-bit integers, decimals, doubles or floats, nullable.
    /// </summary>
    private static async Task<Array> ReadColumnAsync(
        ParquetRowGroupReader group,
        DataField field,
        int count,
        CancellationToken token
    )
    {
        var type = field.ClrType;
        if (IsText(field))
        {
            var texts = new string?[count];
            await group.ReadAsync(field, texts.AsMemory(), null, token).ConfigureAwait(false);
            return texts;
        }
        if (type == typeof(decimal))
        {
            var decimals = new decimal?[count];
            await group.ReadAsync<decimal>(field, decimals, null, token).ConfigureAwait(false);
            return decimals;
        }
        if (type == typeof(double))
        {
            var doubles = new double?[count];
            await group.ReadAsync<double>(field, doubles, null, token).ConfigureAwait(false);
            return doubles;
        }
        if (type == typeof(float))
        {
            var singles = new float?[count];
            await group.ReadAsync<float>(field, singles, null, token).ConfigureAwait(false);
            return singles;
        }
        if (type == typeof(long))
        {
            var integers = new long?[count];
            await group.ReadAsync<long>(field, integers, null, token).ConfigureAwait(false);
            return integers;
        }
        if (type == typeof(ulong))
        {
            var large = new ulong?[count];
            await group.ReadAsync<ulong>(field, large, null, token).ConfigureAwait(false);
            return large;
        }
        return await ReadNarrowAsync(group, field, count, token).ConfigureAwait(false);
    }

    /// <summary>An integer column narrower than 64 bits, widened to <see cref="long"/>.</summary>
    private static async Task<long?[]> ReadNarrowAsync(
        ParquetRowGroupReader group,
        DataField field,
        int count,
        CancellationToken token
    )
    {
        var wide = new long?[count];
        var type = field.ClrType;
        if (type == typeof(int))
        {
            var values = new int?[count];
            await group.ReadAsync<int>(field, values, null, token).ConfigureAwait(false);
            for (var i = 0; i < count; i++)
            {
                wide[i] = values[i];
            }
        }
        else if (type == typeof(uint))
        {
            var values = new uint?[count];
            await group.ReadAsync<uint>(field, values, null, token).ConfigureAwait(false);
            for (var i = 0; i < count; i++)
            {
                wide[i] = values[i];
            }
        }
        else if (type == typeof(short))
        {
            var values = new short?[count];
            await group.ReadAsync<short>(field, values, null, token).ConfigureAwait(false);
            for (var i = 0; i < count; i++)
            {
                wide[i] = values[i];
            }
        }
        else if (type == typeof(ushort))
        {
            var values = new ushort?[count];
            await group.ReadAsync<ushort>(field, values, null, token).ConfigureAwait(false);
            for (var i = 0; i < count; i++)
            {
                wide[i] = values[i];
            }
        }
        else if (type == typeof(sbyte))
        {
            var values = new sbyte?[count];
            await group.ReadAsync<sbyte>(field, values, null, token).ConfigureAwait(false);
            for (var i = 0; i < count; i++)
            {
                wide[i] = values[i];
            }
        }
        else
        {
            var values = new byte?[count];
            await group.ReadAsync<byte>(field, values, null, token).ConfigureAwait(false);
            for (var i = 0; i < count; i++)
            {
                wide[i] = values[i];
            }
        }
        return wide;
    }
}
