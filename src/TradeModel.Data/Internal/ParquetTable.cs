using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace TradeModel.Data.Internal;

/// <summary>
/// The columns of a Parquet file of any writer that a format's reader asks for by name, a row group at a time, handed
/// over as text: strings as written, integers as their digits, DECIMAL exactly, DOUBLE and FLOAT as their shortest round-trip
/// text (checked against a limit of decimals when a reader sets one), booleans as True or False, and hive partition keys (<c>year=2024/</c>) as the
/// text of every row. Rows are numbered from 1 across the whole file.
/// </summary>
internal sealed class ParquetTable : ITableSource
{
    private readonly List<string> names = [];
    private readonly List<DataField?> fields = [];
    private readonly List<string?> constants = [];
    private readonly List<int> positions = [];
    private readonly DataField[] inFile;
    private readonly IReadOnlyDictionary<string, string> partitionKeys;
    private readonly bool strict;
    private readonly long totalRows;
    private Array?[] data = [];
    private char[][] buffers = [];
    private int valueColumn = -1;
    private int? floatDecimals;
    private int count;
    private long before;
    private int index;

    /// <summary>A Parquet file's columns, found by name as a reader asks for them (<see cref="Column"/>).</summary>
    internal ParquetTable(
        ParquetReader reader,
        string source,
        IReadOnlyDictionary<string, string> partitionKeys,
        ReadOptions options
    )
    {
        strict = options.Errors == ErrorMode.Strict;
        Report = new ReadReport(source, options.MaxErrorsKept);
        inFile = reader.Schema.GetDataFields();
        this.partitionKeys = partitionKeys;
        totalRows = reader.RowGroups.Sum(g => g.RowCount);
    }

    /// <summary>
    /// Reads a value column stored as binary floating point only when the shortest round-trip text of each value has at
    /// most <paramref name="decimals"/> decimals; a row whose value needs more fails at that column.
    /// </summary>
    internal void LimitFloatDecimals(int column, int decimals) =>
        (valueColumn, floatDecimals) = (column, decimals);

    /// <summary>
    /// Finds a column by name (exactly, or else ignoring case), or a hive partition key of that name; −1 for an
    /// optional one that is neither. Columns are found before the first row group is loaded.
    /// </summary>
    /// <exception cref="DataFormatException">A required column is neither in the file nor a partition key, or is of a type no reader here reads.</exception>
    public int Column(string name, bool required = true)
    {
        var existing = names.IndexOf(name);
        if (existing >= 0)
        {
            return existing;
        }
        var field =
            inFile.FirstOrDefault(f => f.Name == name)
            ?? inFile.SingleOrDefault(f =>
                string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)
            );
        string? constant = null;
        if (field is null && !partitionKeys.TryGetValue(name, out constant))
        {
            return required
                ? throw new DataFormatException(
                    new RowError(
                        Report.Source,
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
                )
                : -1;
        }
        if (field is not null && !Readable(field))
        {
            throw new DataFormatException(
                new RowError(
                    Report.Source,
                    0,
                    Array.IndexOf(inFile, field) + 1,
                    name,
                    "",
                    $"is a column of {field.ClrType.Name}{(field.IsArray ? " lists" : "")} ({field.SchemaType}), which is not read here: codes are text or integers, values and quantities numbers or text."
                )
            );
        }
        names.Add(name);
        fields.Add(field);
        constants.Add(constant);
        positions.Add(field is null ? 0 : Array.IndexOf(inFile, field) + 1);
        return names.Count - 1;
    }

    /// <summary>The column's name as the file writes it; empty for −1.</summary>
    public string NameOf(int column) => column >= 0 ? names[column] : "";

    /// <summary>A Parquet row has every column.</summary>
    public bool HasAllFields() => true;

    /// <summary>The field's text, trimmed.</summary>
    public string Text(int column) => Field(column).Trim().ToString();

    /// <summary>Counts the row accepted without a flow of the detail.</summary>
    public void Accept() => Report.Accept();

    /// <summary>The file's rows, from its footer.</summary>
    public int EstimatedRows(int bytesPerRow) => (int)Math.Clamp(totalRows, 1024, 1 << 28);

    /// <summary>
    /// Reads a Parquet file a row group at a time through a format's reader of records, which finds its columns by
    /// name when it is made; damage is a data format error naming the file (and the row group).
    /// </summary>
    internal static async Task<ReadResult> ReadAllAsync(
        Stream stream,
        string sourceName,
        ReadOptions options,
        IReadOnlyDictionary<string, string> partitionKeys,
        Func<ParquetReader, ParquetTable> open,
        Func<ParquetTable, IRowReader> makeReader,
        CancellationToken cancellationToken
    )
    {
        ParquetReader reader;
        try
        {
            reader = await ParquetReader
                .CreateAsync(stream, new ParquetOptions(), true, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw FileError(sourceName, $"is not a readable Parquet file: {e.Message}");
        }
        await using (reader.ConfigureAwait(false))
        {
            var fields = open(reader);
            var rows = makeReader(fields);
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                try
                {
                    using var group = reader.OpenRowGroupReader(g);
                    await fields.LoadAsync(group, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (IsDamage(e))
                {
                    throw FileError(
                        sourceName,
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"has a row group ({g + 1} of {reader.RowGroupCount}) that cannot be decoded: {e.Message}"
                        )
                    );
                }
                fields.ReadGroup(rows);
                cancellationToken.ThrowIfCancellationRequested();
                options.Progress?.Report(
                    new ReadProgress(
                        fields.Report.RowsRead,
                        fields.Report.RowsRead,
                        fields.totalRows
                    )
                );
            }
            return rows.Result();
        }
    }

    /// <summary>What Parquet.Net throws on a damaged file, whatever its type; not the reader's own errors, a cancellation, or running out of memory.</summary>
    private static bool IsDamage(Exception e) =>
        e is not (DataFormatException or OperationCanceledException or OutOfMemoryException);

    private static DataFormatException FileError(string source, string reason) =>
        new(new RowError(source, 0, 0, "", "", reason));

    public ReadReport Report { get; }

    /// <summary>The current row's number in the whole file, from 1.</summary>
    public long Line => before + index + 1;

    /// <summary>Reads a row group's mapped columns, after the rows of the groups before it.</summary>
    internal async Task LoadAsync(ParquetRowGroupReader group, CancellationToken cancellationToken)
    {
        before += count;
        count = checked((int)group.RowCount);
        if (data.Length != names.Count)
        {
            data = new Array?[names.Count];
            buffers = [.. names.Select(_ => new char[64])];
        }
        for (var column = 0; column < names.Count; column++)
        {
            if (fields[column] is { } field)
            {
                data[column] = await ReadColumnAsync(group, field, count, cancellationToken)
                    .ConfigureAwait(false);
            }
        }
    }

    /// <summary>Every row of the group loaded last, each through <paramref name="read"/>.</summary>
    internal void ReadGroup(IRowReader read)
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
        if (
            floatDecimals is not { } decimals
            || valueColumn < 0
            || data[valueColumn] is not (double?[] or float?[])
        )
        {
            return true;
        }
        var text = Field(valueColumn);
        if (text.IsEmpty || (ExactDecimal.TryParse(text, out var exact) && exact.Scale <= decimals))
        {
            return true;
        }
        Fail(
            valueColumn,
            string.Create(
                CultureInfo.InvariantCulture,
                $"is a binary floating-point value whose shortest round-trip text has more than the {decimals} decimals allowed: it is not read, never rounded."
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
            case bool?[] flags:
                return flags[index] switch
                {
                    true => "True",
                    false => "False",
                    null => [],
                };
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
            || field.ClrType == typeof(bool)
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
        if (type == typeof(bool))
        {
            var flags = new bool?[count];
            await group.ReadAsync<bool>(field, flags, null, token).ConfigureAwait(false);
            return flags;
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
