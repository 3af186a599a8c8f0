using TradeModel.Data.Mapped;
using TradeModel.Data.Parquet;
using TradeModel.Flows;

namespace TradeModel.DuckDb;

/// <summary>Reading the dataset's flows into memory, with DuckDB as the Parquet reader.</summary>
public sealed partial class DuckDbFlowEngine
{
    /// <summary>
    /// Reads the dataset's flows (those a filter keeps, or all) into a collection, in the files' order, with DuckDB
    /// as the Parquet reader: it decodes the files on every core, a chunk of rows at a time, while a .NET thread turns
    /// the chunks it has made into flows, reading each column in DuckDB's memory (each distinct economy, category,
    /// period and unit mapped once), so that loading costs about what DuckDB takes to read the same files into a table
    /// of its own. Values stay exact (a DECIMAL of up to 18 digits is taken as its whole units); a flow is read as the
    /// in-memory readers read it (<c>TradeParquet</c>, <c>MappedParquet</c>).
    /// </summary>
    /// <param name="filter">The flows to read; all when null.</param>
    /// <param name="cancellationToken">Cancels the read (DuckDB is interrupted).</param>
    /// <returns>The flows, in <see cref="Classification"/> and <see cref="Currency"/>.</returns>
    /// <exception cref="FormatException">
    /// The dataset holds a code the model does not know, a row without a reporter, partner, direction, category or
    /// period, or a value its status does not allow (a value marked missing); the message names it.
    /// </exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="IOException">A file of the dataset could not be read while the rows were loaded (DuckDB's message).</exception>
    /// <exception cref="InvalidOperationException">DuckDB failed in another way while the rows were loaded (DuckDB's message).</exception>
    /// <example>
    /// <code language="csharp">
    /// using var engine = DuckDbFlowEngine.OverParquet("baci/", FlowLayout.Baci());
    /// TradeFlowCollection china = engine.ReadFlows(new FlowFilter { Reporter = Economy.FromCode("CHN") });
    /// </code>
    /// </example>
    public TradeFlowCollection ReadFlows(
        FlowFilter? filter = null,
        CancellationToken cancellationToken = default
    )
    {
        var layout =
            this.layout
            ?? FlowLayout.TradeModelColumns(Classification) with
            {
                Currency = Currency,
            };
        // A layout's projection names its raw columns; TradeModel's own files may lack the optional ones.
        var columns = this.layout is null
            ? ColumnTypes.Of(Strings, source).Keys.ToHashSet(StringComparer.Ordinal)
            : [];
        var map = layout.Columns;
        var mapped = FlowLoader.ColumnsOf(map);
        var select = FlowLoader.Parts.Select(
            (part, i) =>
                this.layout is not null
                    ? mapped[i] is null
                        ? "NULL"
                        : $"f.{LayoutSql.Raw(part)}"
                    : mapped[i] is { } name && columns.Contains(name)
                        ? $"f.\"{name}\""
                        : "NULL"
        );
        var where = filter is null ? "1 = 1" : SqlPlan.Where(filter, Dictionary());
        var loader = new FlowLoader(
            this.layout is null && !columns.Contains(TradeParquetSchema.Quantity)
                ? layout with
                {
                    Columns = map with { Quantity = null, Unit = null },
                }
                : layout,
            Classification,
            Currency,
            // Parquet counts its rows in its footer: room for every row, given back after a filtered read.
            (int)
                Math.Min(
                    long.Parse(
                        Strings($"SELECT CAST(COUNT(*) AS VARCHAR) FROM {files}")[0],
                        System.Globalization.CultureInfo.InvariantCulture
                    ),
                    1 << 28
                ),
            economies
        );
        // The rows come over chunk by chunk, each column read in place in DuckDB's memory, as the files hold it: codes
        // as integers or short texts (each distinct one resolved once), a DECIMAL of up to 18 digits as its whole units.
        using (
            var rows = ChunkStream.Open(
                connection,
                $"SELECT {string.Join(", ", select)}\nFROM {source} AS f\nWHERE {where}",
                files,
                readAhead: true,
                cancellationToken
            )
        )
        {
            loader.Load(rows);
        }
        return loader.Result();
    }
}
