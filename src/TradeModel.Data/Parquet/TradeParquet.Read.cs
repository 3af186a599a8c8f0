using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Parquet;
using Parquet.Schema;
using TradeModel.Classifications;
using TradeModel.Data.Internal;
using TradeModel.Data.Rows;
using TradeModel.Economies;
using TradeModel.Flows;

namespace TradeModel.Data.Parquet;

/// <summary>Reading: the four entries of every reader, and datasets of many files.</summary>
public static partial class TradeParquet
{
    /// <summary>Reads a file TradeModel wrote (or one in the same schema) back into flows.</summary>
    /// <param name="path">The Parquet file.</param>
    /// <param name="options">Errors, progress and classifications of your own; strict and the built-in classifications when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">
    /// A column or the metadata is missing, the metadata names an unknown classification or currency, or (in strict
    /// mode) a row holds a code the model does not know; the error names the row (from 1, across the whole file) and
    /// the column.
    /// </exception>
    /// <remarks>Parquet.Net reads asynchronously: this entry waits for the read, on a thread of its own.</remarks>
    public static ReadResult Read(
        string path,
        ParquetReadOptions? options = null,
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
        ParquetReadOptions? options = null,
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
        ParquetReadOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
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
    public static async Task<ReadResult> ReadFromAsync(
        Stream stream,
        string sourceName,
        ParquetReadOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= new ParquetReadOptions();
        var reader = await OpenAsync(stream, sourceName, cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            ParquetRows rows;
            long total;
            try
            {
                rows = new ParquetRows(reader, sourceName, options);
                total = reader.RowGroups.Sum(g => g.RowCount);
            }
            catch (Exception e) when (IsDamage(e))
            {
                throw FileError(
                    sourceName,
                    "",
                    $"has a schema that cannot be decoded: {e.Message}"
                );
            }
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                try
                {
                    using var group = reader.OpenRowGroupReader(g);
                    await rows.LoadAsync(group, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (IsDamage(e))
                {
                    throw FileError(
                        sourceName,
                        "",
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"has a row group ({g + 1} of {reader.RowGroupCount}) that cannot be decoded: {e.Message}"
                        )
                    );
                }
                rows.ReadGroup();
                cancellationToken.ThrowIfCancellationRequested();
                options.Progress?.Report(
                    new ReadProgress(rows.Report.RowsRead, rows.Report.RowsRead, total)
                );
            }
            return rows.Result();
        }
    }

    /// <summary>Reads every <c>*.parquet</c> file under a folder (a dataset partitioned by year, say) into one collection.</summary>
    /// <param name="directory">The dataset's folder.</param>
    /// <param name="options">As for <see cref="Read"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The flows of every file, in file-name order, with one report for them all (named after the folder).</returns>
    /// <exception cref="DataFormatException">As for <see cref="Read"/>, or the files differ in classification or currency, or the folder holds no Parquet file.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static async Task<ReadResult> ReadPartitionedAsync(
        string directory,
        ParquetReadOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(directory);
        options ??= new ParquetReadOptions();
        TradeFlowCollection? all = null;
        var written = new WrittenCodes();
        var report = new ReadReport(directory, options.MaxErrorsKept);
        foreach (
            var path in Directory
                .EnumerateFiles(directory, "*.parquet", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
        )
        {
            var part = await ReadAsync(path, options, cancellationToken).ConfigureAwait(false);
            all ??= new TradeFlowCollection(part.Flows.Classification, part.Flows.Currency);
            if (
                !ReferenceEquals(all.Classification, part.Flows.Classification)
                || all.Currency != part.Flows.Currency
            )
            {
                throw FileError(
                    Path.GetRelativePath(directory, path),
                    TradeParquetSchema.ClassificationKey,
                    $"is in {part.Flows.Classification.Name} and {part.Flows.Currency.Code}, unlike the files before it ({all.Classification.Name}, {all.Currency.Code})."
                );
            }
            all.AddRange(part.Flows);
            report.Add(part.Report);
            written.AddRange(part.CodesAsWritten, report);
        }
        return all is null
            ? throw FileError(directory, "", "holds no Parquet file.")
            : new ReadResult(all, report, codesAsWritten: written.Codes);
    }

    /// <summary>Opens a Parquet file: its footer, schema and metadata; any damage is a data format error.</summary>
    private static async Task<ParquetReader> OpenAsync(
        Stream stream,
        string sourceName,
        CancellationToken cancellationToken
    )
    {
        try
        {
            return await ParquetReader
                .CreateAsync(stream, new ParquetOptions(), true, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw FileError(sourceName, "", $"is not a readable Parquet file: {e.Message}");
        }
    }

    /// <summary>
    /// What Parquet.Net throws on a damaged file (bad Thrift, bad pages, bad lengths, truncation) whatever its type; not
    /// the reader's own errors, a cancellation, or running out of memory.
    /// </summary>
    private static bool IsDamage(Exception e) =>
        e is not (DataFormatException or OperationCanceledException or OutOfMemoryException);

    /// <summary>An error of the file as a whole (line 0): its metadata, its schema.</summary>
    private static DataFormatException FileError(string source, string what, string reason) =>
        new(new RowError(source, 0, 0, what, "", reason));

    private static Classification ClassificationNamed(
        string source,
        string name,
        ParquetReadOptions options
    ) =>
        name == Ebops2010.Classification.Name ? Ebops2010.Classification
        : name == HarmonizedSystem2022.Classification.Name ? HarmonizedSystem2022.Classification
        : options.Classifications.FirstOrDefault(c => c.Name == name)
            ?? throw new DataFormatException(
                new RowError(
                    source,
                    0,
                    0,
                    TradeParquetSchema.ClassificationKey,
                    name,
                    "is a classification this model does not have built in: pass it in the options."
                )
            );

    /// <summary>
    /// One row group's columns as records of fields, read through the row pieces every reader shares; rows are
    /// numbered from 1 across the whole file.
    /// </summary>
    private sealed class ParquetRows : IRowSource
    {
        private static readonly string[] Names =
        [
            TradeParquetSchema.Reporter,
            TradeParquetSchema.Partner,
            TradeParquetSchema.Direction,
            TradeParquetSchema.Category,
            TradeParquetSchema.Period,
            TradeParquetSchema.Value,
            TradeParquetSchema.Status,
            TradeParquetSchema.Quantity,
            TradeParquetSchema.Unit,
        ];

        private const int ReporterColumn = 0;
        private const int PartnerColumn = 1;
        private const int DirectionColumn = 2;
        private const int CategoryColumn = 3;
        private const int PeriodColumn = 4;
        private const int ValueColumn = 5;
        private const int StatusColumn = 6;
        private const int QuantityColumn = 7;
        private const int UnitColumn = 8;

        private readonly FlowRows rows;
        private readonly Currency currency;
        private readonly DataField[] fields;

        /// <summary>Each column's place in the file, from 1, as errors name it.</summary>
        private readonly int[] positions;
        private readonly bool strict;
        private string?[][] strings = new string?[Names.Length][];
        private decimal?[] values = [];
        private double?[] quantities = [];
        private long before;
        private int index;

        internal ParquetRows(ParquetReader reader, string source, ParquetReadOptions options)
        {
            strict = options.Errors == ErrorMode.Strict;
            Report = new ReadReport(source, options.MaxErrorsKept);
            var classification = ClassificationNamed(
                source,
                Metadata(reader, source, TradeParquetSchema.ClassificationKey),
                options
            );
            var code = Metadata(reader, source, TradeParquetSchema.CurrencyKey);
            if (!Currency.TryFromCode(code, out currency))
            {
                throw new DataFormatException(
                    new RowError(
                        source,
                        0,
                        0,
                        TradeParquetSchema.CurrencyKey,
                        code,
                        "is not an ISO 4217 currency code."
                    )
                );
            }
            fields = [.. Names.Select(name => FieldNamed(reader, source, name))];
            var inFile = reader.Schema.GetDataFields();
            positions = [.. fields.Select(f => Array.IndexOf(inFile, f) + 1)];
            rows = new FlowRows(
                this,
                classification,
                currency,
                (int)Math.Min(reader.RowGroups.Sum(g => g.RowCount), 1 << 28),
                options.Duplicates
            );
        }

        public ReadReport Report { get; }

        /// <summary>The current row's number in the whole file, from 1.</summary>
        public long Line => before + index + 1;

        internal ReadResult Result() => rows.Result();

        /// <summary>Reads a row group's columns, after the rows of the groups before it.</summary>
        internal async Task LoadAsync(
            ParquetRowGroupReader group,
            CancellationToken cancellationToken
        )
        {
            before += values.Length;
            var count = checked((int)group.RowCount);
            foreach (
                var column in (int[])
                    [
                        ReporterColumn,
                        PartnerColumn,
                        DirectionColumn,
                        CategoryColumn,
                        PeriodColumn,
                        StatusColumn,
                        UnitColumn,
                    ]
            )
            {
                strings[column] = new string?[count];
                await group
                    .ReadAsync(fields[column], strings[column].AsMemory(), null, cancellationToken)
                    .ConfigureAwait(false);
            }
            values = new decimal?[count];
            await group
                .ReadAsync<decimal>(fields[ValueColumn], values, null, cancellationToken)
                .ConfigureAwait(false);
            quantities = new double?[count];
            await group
                .ReadAsync<double>(fields[QuantityColumn], quantities, null, cancellationToken)
                .ConfigureAwait(false);
        }

        /// <summary>Every row of the group loaded last.</summary>
        internal void ReadGroup()
        {
            for (index = 0; index < values.Length; index++)
            {
                ReadRow();
            }
        }

        private void ReadRow()
        {
            Coded<Enum>? unit = null;
            var quantity = quantities[index] ?? double.NaN;
            if (
                !rows.TryEconomy(
                    ReporterColumn,
                    IsoOrM49Economy,
                    "is not an economy code.",
                    out var reporter
                )
                || !rows.TryEconomy(
                    PartnerColumn,
                    IsoOrM49Economy,
                    "is not an economy code.",
                    out var partner
                )
                || !TryDirection(out var direction)
                || !rows.TryCategory(CategoryColumn, out var category)
                || !rows.TryPeriod(PeriodColumn, out var period)
                || !TryStatus(out var status)
                || (
                    strings[UnitColumn][index] is not null
                    && !rows.TryUnit(
                        UnitColumn,
                        QuantityUnitText.TryParse,
                        "is not a UnitsNet unit written as Type.Unit (MassUnit.Tonne).",
                        out unit
                    )
                )
            )
            {
                return;
            }
            // A Parquet decimal column has one scale; values come back at the smallest scale that holds them (7.0 as 7).
            var amount = values[index] is { } exact
                ? exact / 1.000000000000000000000000000000000m
                : (decimal?)null;
            rows.Append(
                currency,
                reporter,
                partner,
                direction,
                category,
                period,
                amount,
                status,
                quantity,
                unit,
                ValueColumn
            );
        }

        private bool TryDirection(out TradeDirection direction)
        {
            if (
                Enum.TryParse(Field(DirectionColumn), false, out direction)
                && Enum.IsDefined(direction)
            )
            {
                return true;
            }
            Fail(DirectionColumn, $"is not a direction ({string.Join(", ", DirectionNames)}).");
            return false;
        }

        private bool TryStatus(out ObservationStatus status)
        {
            if (Enum.TryParse(Field(StatusColumn), false, out status) && Enum.IsDefined(status))
            {
                return true;
            }
            Fail(StatusColumn, $"is not a status ({string.Join(", ", StatusNames)}).");
            return false;
        }

        private static bool IsoOrM49Economy(
            string code,
            [NotNullWhen(true)] out Economy? economy
        ) => Economy.TryFromCode(code, out economy);

        public ReadOnlySpan<char> Field(int column) =>
            column switch
            {
                < 0 or >= 9 => [],
                ValueColumn => values[index]?.ToString(CultureInfo.InvariantCulture) ?? "",
                QuantityColumn => quantities[index]?.ToString("R", CultureInfo.InvariantCulture)
                    ?? "",
                _ => strings[column][index],
            };

        public void Fail(int column, string reason)
        {
            var error = new RowError(
                Report.Source,
                Line,
                column >= 0 ? positions[column] : 0,
                column >= 0 ? Names[column] : "",
                Field(column).ToString(),
                reason
            );
            if (strict)
            {
                throw new DataFormatException(error);
            }
            Report.Reject(error);
        }

        private static string Metadata(ParquetReader reader, string source, string key) =>
            reader.CustomMetadata.TryGetValue(key, out var text)
                ? text
                : throw FileError(
                    source,
                    key,
                    "is missing from the file's metadata: it was not written by TradeModel, or lost its metadata on the way."
                );

        private static DataField FieldNamed(ParquetReader reader, string source, string name) =>
            reader.Schema.GetDataFields().FirstOrDefault(f => f.Name == name)
            ?? throw FileError(
                source,
                name,
                $"is a column the file lacks; it has {string.Join(", ", reader.Schema.GetDataFields().Select(f => f.Name))}."
            );
    }
}
