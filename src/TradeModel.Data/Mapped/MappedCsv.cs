using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TradeModel.Classifications;
using TradeModel.Data.Internal;
using TradeModel.Data.Rows;
using TradeModel.Economies;
using TradeModel.Flows;
using UnitsNet.Units;

namespace TradeModel.Data.Mapped;

/// <summary>
/// A CSV file of any layout, read through a declared <see cref="FlowLayout"/>: the caller names which column is
/// reporter, partner, direction, category, period, value, currency, unit multiplier, quantity, unit and status, and what
/// every row shares when the file has no column for it.
/// Everything else works as for the other readers: exact values, missing stays missing, errors by line and column.
/// </summary>
public static class MappedCsv
{
    /// <summary>Reads a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The mapping, codes and errors.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">In strict mode, the first bad row; in any mode, a mapped column missing from the header, or a currency, direction or unit neither mapped nor given by the layout.</exception>
    public static ReadResult Read(
        string path,
        MappedCsvOptions options,
        CancellationToken cancellationToken = default
    ) =>
        SourceFile.Read(path, (stream, name) => ReadFrom(stream, name, options, cancellationToken));

    /// <summary>Reads a file asynchronously; see <see cref="Read"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">As for <see cref="Read"/>.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">As for <see cref="Read"/>.</exception>
    public static Task<ReadResult> ReadAsync(
        string path,
        MappedCsvOptions options,
        CancellationToken cancellationToken = default
    ) =>
        SourceFile.ReadAsync(
            path,
            (stream, name) => ReadFromAsync(stream, name, options, cancellationToken)
        );

    /// <summary>Reads from a stream (left open).</summary>
    /// <param name="stream">The CSV text.</param>
    /// <param name="sourceName">The name errors give the source.</param>
    /// <param name="options">The mapping, codes and errors.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">In strict mode, the first bad row; in any mode, a mapped column missing from the header, or a currency, direction or unit neither mapped nor given by the layout.</exception>
    public static ReadResult ReadFrom(
        Stream stream,
        string sourceName,
        MappedCsvOptions options,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(options);
        return CsvSource.ReadAll(
            stream,
            sourceName,
            options,
            csv => new RowReader(csv, options),
            options.Delimiter,
            cancellationToken
        );
    }

    /// <summary>Reads from a stream (left open) asynchronously; see <see cref="ReadFrom"/>.</summary>
    /// <param name="stream">The CSV text.</param>
    /// <param name="sourceName">The name errors give the source.</param>
    /// <param name="options">As for <see cref="ReadFrom"/>.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">As for <see cref="ReadFrom"/>.</exception>
    public static async Task<ReadResult> ReadFromAsync(
        Stream stream,
        string sourceName,
        MappedCsvOptions options,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(options);
        return await CsvSource
            .ReadAllAsync(
                stream,
                sourceName,
                options,
                csv => new RowReader(csv, options),
                options.Delimiter,
                cancellationToken
            )
            .ConfigureAwait(false);
    }

    private sealed class RowReader : IRowReader
    {
        private readonly CsvSource csv;
        private readonly MappedRows rows;

        internal RowReader(CsvSource csv, MappedCsvOptions options)
        {
            this.csv = csv;
            var at = MappedColumns.Find(options.Layout.Columns, name => csv.Column(name));
            if (MappedRows.Missing(options.Layout, at) is { } missing)
            {
                throw new DataFormatException(new RowError(csv.Source, 1, 1, "", "", missing));
            }
            rows = new MappedRows(
                csv,
                options.Layout,
                at,
                csv.EstimatedRows(64),
                options.Duplicates
            );
        }

        public ReadResult Result() => rows.Result();

        public void ReadRow()
        {
            if (csv.HasAllFields())
            {
                rows.ReadRow();
            }
        }
    }
}
