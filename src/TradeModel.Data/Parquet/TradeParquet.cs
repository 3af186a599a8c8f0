using System.Globalization;
using Parquet;
using Parquet.Schema;
using TradeModel.Classifications;
using TradeModel.Data.Internal;
using TradeModel.Economies;
using TradeModel.Flows;
using UnitsNet;

namespace TradeModel.Data.Parquet;

/// <summary>
/// Flows as Apache Parquet, in a documented schema that DuckDB, Spark, polars and pandas read as they are, and that
/// reads back into exactly the flows written:
/// <list type="table">
/// <item><term>reporter, partner</term><description>string: the economy's <see cref="Economy.Code"/> (CHN, WLD, S19).</description></item>
/// <item><term>direction</term><description>string: Exports, Imports, ReExports, ReImports.</description></item>
/// <item><term>category</term><description>string: the category's code in the file's classification.</description></item>
/// <item><term>period</term><description>string: the period in SDMX notation (2024, 2024-Q3).</description></item>
/// <item><term>year</term><description>int32: the period's first year, for partitioning and filtering.</description></item>
/// <item><term>value</term><description>DECIMAL(18, s) stored as INT64 when the values fit in 18 digits, otherwise DECIMAL(38, s), nullable: the exact value in the file's currency; s is the largest scale of the values.</description></item>
/// <item><term>currency</term><description>string: the ISO 4217 code.</description></item>
/// <item><term>status</term><description>string: Normal, Estimated, Provisional, Confidential, Missing.</description></item>
/// <item><term>quantity</term><description>double, nullable: the physical quantity (UnitsNet holds doubles).</description></item>
/// <item><term>unit</term><description>string, nullable: the quantity's UnitsNet unit, as MassUnit.Tonne.</description></item>
/// </list>
/// Strings are dictionary-encoded by the writer. The file's key-value metadata names the classification
/// (<c>trademodel.classification</c>) and currency (<c>trademodel.currency</c>).
/// </summary>
/// <example>
/// <code language="csharp">
/// // One file per year under baci/year=2023/…, readable by DuckDB, Spark or Trino as one dataset.
/// IReadOnlyList&lt;string&gt; files = await TradeParquet.WritePartitionedAsync(flows, "baci");
/// </code>
/// </example>
public static partial class TradeParquet
{
    private const string ClassificationKey = TradeParquetSchema.ClassificationKey;
    private const string CurrencyKey = TradeParquetSchema.CurrencyKey;

    /// <summary>The rows of a row group (the last may have fewer).</summary>
    private const int RowGroupSize = 1 << 20;

    internal static readonly string[] DirectionNames = Enum.GetNames<TradeDirection>();
    internal static readonly string[] StatusNames = Enum.GetNames<ObservationStatus>();

    /// <summary>
    /// Writes flows to a Parquet stream (left open), in row groups of 1,048,576 rows (the last may have fewer). Every
    /// row is checked before a byte is written.
    /// </summary>
    /// <param name="flows">The flows.</param>
    /// <param name="stream">Where the file goes.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="ArgumentException">A flow's economy has no code, or the values need more than 38 digits at a common scale.</exception>
    public static Task WriteAsync(
        TradeFlowCollection flows,
        Stream stream,
        CancellationToken cancellationToken = default
    ) => WriteAsync(flows, stream, RowGroupSize, cancellationToken);

    /// <summary>
    /// Writes flows to a Parquet file, atomically: the file appears complete under its name or not at all, and an
    /// existing file is replaced only once the new one is written; see <see cref="WriteAsync(TradeFlowCollection, Stream, CancellationToken)"/>.
    /// </summary>
    /// <param name="flows">The flows.</param>
    /// <param name="path">The file; its folder is created if needed.</param>
    /// <param name="cancellationToken">Cancels the write; the file is left as it was.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="ArgumentException">As for the stream form; the file is left as it was.</exception>
    public static Task WriteFileAsync(
        TradeFlowCollection flows,
        string path,
        CancellationToken cancellationToken = default
    ) => WriteFileAsync(flows, path, RowGroupSize, cancellationToken);

    /// <summary>Writes flows to a file atomically, in row groups of <paramref name="rowGroupSize"/> rows.</summary>
    internal static Task WriteFileAsync(
        TradeFlowCollection flows,
        string path,
        int rowGroupSize,
        CancellationToken cancellationToken
    ) =>
        AtomicFile.WriteAsync(
            path,
            (stream, token) => WriteAsync(flows, stream, rowGroupSize, token),
            cancellationToken
        );

    /// <summary>Writes flows in row groups of <paramref name="rowGroupSize"/> rows.</summary>
    internal static async Task WriteAsync(
        TradeFlowCollection flows,
        Stream stream,
        int rowGroupSize,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(flows);
        ArgumentNullException.ThrowIfNull(stream);
        // The collection's columns are read as they are: no flow object per row, and each distinct code turned into its
        // text once. Every row is checked before a byte is written.
        var value = ValueField(flows);
        CheckEconomyCodes(flows);
        // Fields of this write alone: Parquet.Net marks a field with its place in the schema.
        var fields = new SchemaFields();
        var schema = new ParquetSchema(
            fields.Reporter,
            fields.Partner,
            fields.Direction,
            fields.Category,
            fields.Period,
            fields.Year,
            value,
            fields.Currency,
            fields.Status,
            fields.Quantity,
            fields.Unit
        );
        var n = flows.Columns.Count;
        await using var writer = await ParquetWriter
            .CreateAsync(schema, stream, new ParquetOptions(), false, cancellationToken)
            .ConfigureAwait(false);
        writer.CustomMetadata = new Dictionary<string, string>
        {
            [ClassificationKey] = flows.Classification.Name,
            [CurrencyKey] = flows.Currency.Code,
        };
        // Row groups of about a million rows: memory holds one group's columns, and readers can split the work.
        var buffer = new RowGroupBuffer(flows, Math.Min(n, rowGroupSize));
        for (var start = 0; start < n || (n == 0 && start == 0); start += rowGroupSize)
        {
            var length = Math.Min(rowGroupSize, n - start);
            buffer.Fill(start, length);
            using var group = writer.CreateRowGroup();
            await buffer
                .WriteAsync(group, fields, value, length, cancellationToken)
                .ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The narrowest Parquet decimal the values fit: 18 digits and fewer are stored as 64-bit integers, which every
    /// reader decodes without big-number arithmetic; wider values take the 16-byte form of DECIMAL(38, s), where s is
    /// the largest scale of the values.
    /// </summary>
    /// <exception cref="ArgumentException">The values need more than 38 digits at a common scale.</exception>
    private static DecimalDataField ValueField(TradeFlowCollection flows)
    {
        var columns = flows.Columns;
        var (scale, largest) = (0, 0m);
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns.ValueAt(i) is { } amount)
            {
                scale = Math.Max(scale, amount.Scale);
                largest = Math.Max(largest, Math.Abs(amount));
            }
        }
        var integerDigits = IntegerDigits(largest);
        if (integerDigits + scale > 38)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The values need {integerDigits} integer digits and {scale} decimals, more than the 38 digits of a Parquet decimal."
                ),
                nameof(flows)
            );
        }
        var precision = integerDigits + scale <= 18 ? 18 : 38;
        return new DecimalDataField(
            TradeParquetSchema.Value,
            precision,
            scale,
            forceByteArrayEncoding: precision > 18,
            isNullable: true
        );
    }

    /// <summary>Every flow's reporter and partner have a code to write.</summary>
    /// <exception cref="ArgumentException">An economy has none; the message names the flow.</exception>
    private static void CheckEconomyCodes(TradeFlowCollection flows)
    {
        var columns = flows.Columns;
        var economyCodes = columns.Economies.Select(e => e.Code).ToArray();
        var reporterCodes = columns.ReporterCodes;
        var partnerCodes = columns.PartnerCodes;
        for (var i = 0; i < columns.Count; i++)
        {
            if (economyCodes[reporterCodes[i]] is null || economyCodes[partnerCodes[i]] is null)
            {
                throw NoCode(flows, i);
            }
        }
    }

    /// <summary>
    /// Writes flows as a dataset partitioned by year, Hive style: <c>year=2024/part-0.parquet</c> under
    /// <paramref name="directory"/>, which DuckDB (<c>read_parquet('…/**/*.parquet', hive_partitioning = true)</c>),
    /// Spark and polars read as one table.
    /// </summary>
    /// <param name="flows">The flows.</param>
    /// <param name="directory">The dataset's folder; created if needed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The files written, each written atomically (complete under its name, or not there).</returns>
    /// <exception cref="ArgumentException">As for <see cref="WriteAsync(TradeFlowCollection, Stream, CancellationToken)"/>.</exception>
    public static async Task<IReadOnlyList<string>> WritePartitionedAsync(
        TradeFlowCollection flows,
        string directory,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(flows);
        ArgumentNullException.ThrowIfNull(directory);
        var written = new List<string>();
        foreach (var year in flows.GroupBy(f => f.Period.Year).OrderBy(g => g.Key))
        {
            var part = new TradeFlowCollection(flows.Classification, flows.Currency);
            part.AddRange(year);
            var folder = Path.Combine(
                directory,
                string.Create(CultureInfo.InvariantCulture, $"year={year.Key}")
            );
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, "part-0.parquet");
            await WriteFileAsync(part, path, cancellationToken).ConfigureAwait(false);
            written.Add(path);
        }
        return written;
    }

    private static ArgumentException NoCode(TradeFlowCollection flows, int row) =>
        new(
            $"The flow {flows.Skip(row).First()} has an economy with no code to write.",
            nameof(flows)
        );

    private static int IntegerDigits(decimal value)
    {
        var integer = decimal.Truncate(Math.Abs(value));
        return integer == 0m ? 1 : integer.ToString(CultureInfo.InvariantCulture).Length;
    }
}
