using System.Globalization;
using Parquet;
using TradeModel.Data.Internal;
using TradeModel.Flows;

namespace TradeModel.Data.Mapped;

/// <summary>
/// Parquet files of any layout, as pandas, polars, R arrow, DuckDB, Spark or TradeModel write them, read through a
/// declared <see cref="FlowLayout"/> (<see cref="FlowLayout.Baci"/> for BACI's <c>t,i,j,k,v,q</c>): a single file, or a
/// dataset folder whose files may be hive-partitioned (<c>t=2022/part-0.parquet</c>), a partition key standing for a
/// column the files lack. Values are read exactly by the rules of <see cref="FlowLayout"/>; an error names the file, the
/// row (from 1, across the file's row groups) and the column.
/// </summary>
/// <example>
/// <code language="csharp">
/// // BACI as DuckDB writes it: COPY (…) TO 'baci' (FORMAT parquet, PARTITION_BY (t))
/// ReadResult result = await MappedParquet.ReadDatasetAsync("baci", new MappedParquetOptions { Layout = FlowLayout.Baci() });
/// </code>
/// </example>
public static class MappedParquet
{
    /// <summary>Reads a file.</summary>
    /// <param name="path">The Parquet file.</param>
    /// <param name="options">The layout, errors and progress.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">
    /// The file is not readable Parquet; a mapped column is missing or of a type no layout reads; a currency, direction
    /// or unit is neither mapped nor given by the layout; or (in strict mode) the first bad row.
    /// </exception>
    /// <remarks>Parquet.Net reads asynchronously: this entry waits for the read, on a thread of its own.</remarks>
    public static ReadResult Read(
        string path,
        MappedParquetOptions options,
        CancellationToken cancellationToken = default
    ) =>
        SourceFile.Read(path, (stream, name) => ReadFrom(stream, name, options, cancellationToken));

    /// <summary>Reads a file asynchronously; see <see cref="Read"/>.</summary>
    /// <param name="path">The Parquet file.</param>
    /// <param name="options">As for <see cref="Read"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">As for <see cref="Read"/>.</exception>
    public static Task<ReadResult> ReadAsync(
        string path,
        MappedParquetOptions options,
        CancellationToken cancellationToken = default
    ) =>
        SourceFile.ReadAsync(
            path,
            (stream, name) => ReadFromAsync(stream, name, options, cancellationToken)
        );

    /// <summary>Reads Parquet from a stream (left open, and seekable, as Parquet needs its footer first).</summary>
    /// <param name="stream">The Parquet file.</param>
    /// <param name="sourceName">The name errors give the source.</param>
    /// <param name="options">As for <see cref="Read"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">As for <see cref="Read"/>.</exception>
    /// <remarks>Parquet.Net reads asynchronously: this entry waits for the read, on a thread of its own.</remarks>
    public static ReadResult ReadFrom(
        Stream stream,
        string sourceName,
        MappedParquetOptions options,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(options);
        return Task.Run(
                () => ReadFromAsync(stream, sourceName, options, cancellationToken),
                cancellationToken
            )
            .GetAwaiter()
            .GetResult();
    }

    /// <summary>Reads Parquet from a stream (left open) asynchronously; see <see cref="ReadFrom"/>.</summary>
    /// <param name="stream">The Parquet file.</param>
    /// <param name="sourceName">The name errors give the source.</param>
    /// <param name="options">As for <see cref="Read"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">As for <see cref="Read"/>.</exception>
    public static Task<ReadResult> ReadFromAsync(
        Stream stream,
        string sourceName,
        MappedParquetOptions options,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(options);
        return ReadOneAsync(
            stream,
            sourceName,
            options,
            new Dictionary<string, string>(),
            cancellationToken
        );
    }

    /// <summary>
    /// Reads a Parquet dataset: a file, or every <c>*.parquet</c> file under a folder in ordinal order of their paths,
    /// with the hive partition keys of their folders (<c>t=2022</c>, <c>year=2024</c>; percent-escapes decoded) standing
    /// for mapped columns the files lack. One collection, and one report named after the path.
    /// </summary>
    /// <param name="path">A Parquet file, or a dataset's folder.</param>
    /// <param name="options">As for <see cref="Read"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The flows of every file and the report of them all; errors name the file by its path under the folder.</returns>
    /// <exception cref="DataFormatException">As for <see cref="Read"/>, or the folder holds no Parquet file, or the files' rows are in different currencies.</exception>
    /// <exception cref="FileNotFoundException">The path is neither a file nor a folder.</exception>
    public static async Task<ReadResult> ReadDatasetAsync(
        string path,
        MappedParquetOptions options,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        if (File.Exists(path))
        {
            return await ReadAsync(path, options, cancellationToken).ConfigureAwait(false);
        }
        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException(
                $"'{path}' is neither a Parquet file nor a dataset's folder.",
                path
            );
        }
        TradeFlowCollection? all = null;
        var written = new WrittenCodes();
        var report = new ReadReport(path, options.MaxErrorsKept);
        var files = 0;
        foreach (
            var file in Directory
                .EnumerateFiles(path, "*.parquet", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
        )
        {
            files++;
            var name = Path.GetRelativePath(path, file).Replace('\\', '/');
            var stream = File.OpenRead(file);
            ReadResult part;
            await using (stream.ConfigureAwait(false))
            {
                part = await ReadOneAsync(
                        stream,
                        name,
                        options,
                        PartitionKeys(name),
                        cancellationToken
                    )
                    .ConfigureAwait(false);
            }
            report.Add(part.Report);
            written.AddRange(part.CodesAsWritten, report);
            if (part.Flows.Count == 0)
            {
                continue;
            }
            all ??= new TradeFlowCollection(part.Flows.Classification, part.Flows.Currency);
            if (all.Currency != part.Flows.Currency)
            {
                throw new DataFormatException(
                    new RowError(
                        name,
                        0,
                        0,
                        "",
                        part.Flows.Currency.Code,
                        $"is the currency of this file's rows, unlike the files before it ({all.Currency.Code}): a collection holds one currency."
                    )
                );
            }
            all.AddRange(part.Flows);
        }
        if (files == 0)
        {
            throw new DataFormatException(
                new RowError(path, 0, 0, "", "", "holds no Parquet file.")
            );
        }
        all ??= new TradeFlowCollection(
            options.Layout.Classification,
            options.Layout.Currency ?? Currency.None
        );
        all.TrimExcess();
        return new ReadResult(all, report, codesAsWritten: written.Codes);
    }

    /// <summary>The hive partition keys of a file's folders: <c>t=2022/k=01/x.parquet</c> gives t 2022 and k 01.</summary>
    internal static Dictionary<string, string> PartitionKeys(string relativePath)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var folders = relativePath.Split('/');
        foreach (var folder in folders.AsSpan(0, folders.Length - 1))
        {
            var equals = folder.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                var value = Uri.UnescapeDataString(folder[(equals + 1)..]);
                keys[Uri.UnescapeDataString(folder[..equals])] =
                    value == "__HIVE_DEFAULT_PARTITION__" ? "" : value;
            }
        }
        return keys;
    }

    private static Task<ReadResult> ReadOneAsync(
        Stream stream,
        string sourceName,
        MappedParquetOptions options,
        IReadOnlyDictionary<string, string> partitionKeys,
        CancellationToken cancellationToken
    ) =>
        ParquetTable.ReadAllAsync(
            stream,
            sourceName,
            options,
            partitionKeys,
            reader => new ParquetTable(reader, sourceName, partitionKeys, options),
            table =>
            {
                var at = MappedColumns.Find(options.Layout.Columns, name => table.Column(name));
                table.LimitFloatDecimals(at.Value, options.Layout.FloatDecimals);
                return MappedRows.Missing(options.Layout, at) is { } missing
                    ? throw new DataFormatException(new RowError(sourceName, 0, 0, "", "", missing))
                    : new MappedRows(
                        table,
                        options.Layout,
                        at,
                        table.EstimatedRows(0),
                        options.Duplicates
                    );
            },
            cancellationToken
        );
}
