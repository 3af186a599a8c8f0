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
public static class TradeParquet
{
    private const string ClassificationKey = TradeParquetSchema.ClassificationKey;
    private const string CurrencyKey = TradeParquetSchema.CurrencyKey;

    /// <summary>The rows of a row group (the last may have fewer).</summary>
    private const int RowGroupSize = 1 << 20;

    internal static readonly string[] DirectionNames = Enum.GetNames<TradeDirection>();
    internal static readonly string[] StatusNames = Enum.GetNames<ObservationStatus>();
    internal static readonly DataField<string> Reporter = new(TradeParquetSchema.Reporter);
    internal static readonly DataField<string> Partner = new(TradeParquetSchema.Partner);
    internal static readonly DataField<string> Direction = new(TradeParquetSchema.Direction);
    internal static readonly DataField<string> CategoryField = new(TradeParquetSchema.Category);
    internal static readonly DataField<string> Period = new(TradeParquetSchema.Period);
    internal static readonly DataField<int> Year = new(TradeParquetSchema.Year);
    internal static readonly DataField<string> CurrencyField = new(TradeParquetSchema.Currency);
    internal static readonly DataField<string> Status = new(TradeParquetSchema.Status);
    internal static readonly DataField<double?> QuantityField = new(TradeParquetSchema.Quantity);
    internal static readonly DataField<string> Unit = new(TradeParquetSchema.Unit, true);

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
        // text once.
        var columns = flows.Columns;
        var n = columns.Count;
        var (scale, largest) = (0, 0m);
        for (var i = 0; i < n; i++)
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
        // The narrowest Parquet decimal the values fit: 18 digits and fewer are stored as 64-bit integers, which every
        // reader decodes without big-number arithmetic; wider values take the 16-byte form of DECIMAL(38, s).
        var precision = integerDigits + scale <= 18 ? 18 : 38;
        var value = new DecimalDataField(
            TradeParquetSchema.Value,
            precision,
            scale,
            forceByteArrayEncoding: precision > 18,
            isNullable: true
        );
        var schema = new ParquetSchema(
            Reporter,
            Partner,
            Direction,
            CategoryField,
            Period,
            Year,
            value,
            CurrencyField,
            Status,
            QuantityField,
            Unit
        );
        var economyCodes = columns.Economies.Select(e => e.Code).ToArray();
        var reporterCodes = columns.ReporterCodes;
        var partnerCodes = columns.PartnerCodes;
        // Every row is checked before a byte is written.
        for (var i = 0; i < n; i++)
        {
            if (economyCodes[reporterCodes[i]] is null || economyCodes[partnerCodes[i]] is null)
            {
                throw NoCode(flows, i);
            }
        }
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
            await buffer.WriteAsync(group, value, length, cancellationToken).ConfigureAwait(false);
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
    /// <returns>The files written.</returns>
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
            var stream = File.Create(path);
            await using (stream.ConfigureAwait(false))
            {
                await WriteAsync(part, stream, cancellationToken).ConfigureAwait(false);
            }
            written.Add(path);
        }
        return written;
    }

    /// <summary>Reads a file TradeModel wrote (or one in the same schema) back into flows.</summary>
    /// <param name="stream">The Parquet file (left open).</param>
    /// <param name="options">Classifications of your own; the built-in ones when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The flows.</returns>
    /// <exception cref="FormatException">A column is missing, the metadata names an unknown classification or currency, or a row holds a code the model does not know; the message names the row and column.</exception>
    public static async Task<TradeFlowCollection> ReadAsync(
        Stream stream,
        ParquetReadOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(stream);
        await using var reader = await ParquetReader
            .CreateAsync(stream, new ParquetOptions(), true, cancellationToken)
            .ConfigureAwait(false);
        var classification = ClassificationNamed(Metadata(reader, ClassificationKey), options);
        var currency = Currency.TryFromCode(Metadata(reader, CurrencyKey), out var c)
            ? c
            : throw new FormatException(
                $"'{Metadata(reader, CurrencyKey)}' is not a currency code."
            );
        var flows = new TradeFlowCollection(classification, currency);
        var appender = flows.CreateAppender();
        var value =
            reader.Schema.FindDataField(TradeParquetSchema.Value)
            ?? throw Missing(TradeParquetSchema.Value);
        var caches = new Caches();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = checked((int)group.RowCount);
            var reporters = await Strings(group, Reporter, count, cancellationToken)
                .ConfigureAwait(false);
            var partners = await Strings(group, Partner, count, cancellationToken)
                .ConfigureAwait(false);
            var directions = await Strings(group, Direction, count, cancellationToken)
                .ConfigureAwait(false);
            var categories = await Strings(group, CategoryField, count, cancellationToken)
                .ConfigureAwait(false);
            var periods = await Strings(group, Period, count, cancellationToken)
                .ConfigureAwait(false);
            var values = new decimal?[count];
            await group
                .ReadAsync<decimal>(value, values, null, cancellationToken)
                .ConfigureAwait(false);
            // A Parquet decimal column has one scale; values come back at the smallest scale that holds them (7.0 as 7).
            for (var v = 0; v < values.Length; v++)
            {
                values[v] = values[v] is { } amount
                    ? amount / 1.000000000000000000000000000000000m
                    : null;
            }
            var statuses = await Strings(group, Status, count, cancellationToken)
                .ConfigureAwait(false);
            var quantities = new double?[count];
            await group
                .ReadAsync<double>(QuantityField, quantities, null, cancellationToken)
                .ConfigureAwait(false);
            var units = await Strings(group, Unit, count, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < count; i++)
            {
                Append(
                    appender,
                    classification,
                    caches,
                    i,
                    reporters[i],
                    partners[i],
                    directions[i],
                    categories[i],
                    periods[i],
                    values[i],
                    statuses[i],
                    quantities[i],
                    units[i]
                );
            }
        }
        return flows;
    }

    /// <summary>Reads every <c>*.parquet</c> file under a folder (a dataset partitioned by year, say) into one collection.</summary>
    /// <param name="directory">The dataset's folder.</param>
    /// <param name="options">Classifications of your own; the built-in ones when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The flows of every file, in file-name order.</returns>
    /// <exception cref="FormatException">As for <see cref="ReadAsync"/>, or the files differ in classification or currency.</exception>
    public static async Task<TradeFlowCollection> ReadPartitionedAsync(
        string directory,
        ParquetReadOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(directory);
        TradeFlowCollection? all = null;
        foreach (
            var path in Directory
                .EnumerateFiles(directory, "*.parquet", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
        )
        {
            var stream = File.OpenRead(path);
            await using (stream.ConfigureAwait(false))
            {
                var part = await ReadAsync(stream, options, cancellationToken)
                    .ConfigureAwait(false);
                all ??= new TradeFlowCollection(part.Classification, part.Currency);
                if (
                    !ReferenceEquals(all.Classification, part.Classification)
                    || all.Currency != part.Currency
                )
                {
                    throw new FormatException(
                        $"{path} is in {part.Classification.Name} and {part.Currency.Code}, unlike the files before it."
                    );
                }
                all.AddRange(part);
            }
        }
        return all ?? throw new FormatException($"'{directory}' holds no Parquet file.");
    }

    /// <summary>What each distinct text of a file stands for: columns repeat few values, so each is parsed once.</summary>
    private sealed class Caches
    {
        internal Dictionary<string, Economy> Economies { get; } = new(StringComparer.Ordinal);

        internal Dictionary<string, Category> Categories { get; } = new(StringComparer.Ordinal);

        internal Dictionary<string, ReferencePeriod> Periods { get; } = new(StringComparer.Ordinal);

        internal Dictionary<string, Enum> Units { get; } = new(StringComparer.Ordinal);
    }

    private static void Append(
        TradeFlowAppender appender,
        Classification classification,
        Caches caches,
        int row,
        string reporter,
        string partner,
        string direction,
        string category,
        string period,
        decimal? value,
        string status,
        double? quantity,
        string? unit
    )
    {
        string Where(string column) =>
            string.Create(CultureInfo.InvariantCulture, $"Row {row + 1}, column {column}");
        Economy EconomyOf(string code, string column) =>
            caches.Economies.TryGetValue(code, out var known) ? known
            : Economy.TryFromCode(code, out var found) ? caches.Economies[code] = found
            : throw new FormatException($"{Where(column)}: '{code}' is not an economy code.");
        var from = EconomyOf(reporter, "reporter");
        var to = EconomyOf(partner, "partner");
        var towards =
            Enum.TryParse<TradeDirection>(direction, false, out var d) && Enum.IsDefined(d)
                ? d
                : throw new FormatException(
                    $"{Where("direction")}: '{direction}' is not a direction."
                );
        var item =
            caches.Categories.TryGetValue(category, out var knownCategory) ? knownCategory
            : classification.TryGet(category, out var cat) ? caches.Categories[category] = cat
            : throw new FormatException(
                $"{Where("category")}: '{category}' is not a code of {classification.Name}."
            );
        var when =
            caches.Periods.TryGetValue(period, out var knownPeriod) ? knownPeriod
            : ReferencePeriod.TryParse(period, CultureInfo.InvariantCulture, out var pe)
                ? caches.Periods[period] = pe
            : throw new FormatException($"{Where("period")}: '{period}' is not a period.");
        var observed =
            Enum.TryParse<ObservationStatus>(status, false, out var s) && Enum.IsDefined(s)
                ? s
                : throw new FormatException($"{Where("status")}: '{status}' is not a status.");
        Enum? quantityUnit = null;
        if (unit is not null && !caches.Units.TryGetValue(unit, out quantityUnit))
        {
            quantityUnit = QuantityUnitText.TryParse(unit, out var parsed)
                ? caches.Units[unit] = parsed
                : throw new FormatException(
                    $"{Where("unit")}: '{unit}' is not a UnitsNet unit written as Type.Unit."
                );
        }
        appender.Append(
            from,
            to,
            towards,
            item,
            when,
            value,
            observed,
            quantity ?? double.NaN,
            quantityUnit
        );
    }

    private static async Task<string[]> Strings(
        ParquetRowGroupReader group,
        DataField field,
        int count,
        CancellationToken cancellationToken
    )
    {
        if (!group.ColumnExists(field))
        {
            throw Missing(field.Name);
        }
        var values = new string[count];
        await group.ReadAsync(field, values, null, cancellationToken).ConfigureAwait(false);
        return values;
    }

    private static FormatException Missing(string column) =>
        new($"The file has no column '{column}'.");

    private static string Metadata(ParquetReader reader, string key) =>
        reader.CustomMetadata.TryGetValue(key, out var text)
            ? text
            : throw new FormatException(
                $"The file's metadata has no '{key}': it was not written by TradeModel."
            );

    private static Classification ClassificationNamed(string name, ParquetReadOptions? options) =>
        name == Ebops2010.Classification.Name ? Ebops2010.Classification
        : name == HarmonizedSystem2022.Classification.Name ? HarmonizedSystem2022.Classification
        : options?.Classifications.FirstOrDefault(c => c.Name == name)
            ?? throw new FormatException(
                $"The file is in the classification '{name}'; pass it in the options."
            );

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
