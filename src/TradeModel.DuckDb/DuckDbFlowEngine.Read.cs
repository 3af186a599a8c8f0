using TradeModel.Data.Mapped;
using TradeModel.Data.Parquet;
using TradeModel.Flows;

namespace TradeModel.DuckDb;

/// <summary>Reading the dataset's flows into memory, with DuckDB as the Parquet reader.</summary>
public sealed partial class DuckDbFlowEngine
{
    /// <summary>
    /// Reads the dataset's flows (those a filter keeps, or all) into a collection, in the files' order, with DuckDB
    /// as the Parquet reader: it decodes the files on every core and hands each row over as small integer codes (each
    /// distinct economy, category, period and unit mapped once), so that loading costs about what DuckDB takes to read
    /// the same files into a table of its own. Values stay exact (fixed point at the dataset's scale); a flow is read as
    /// the in-memory readers read it (<c>TradeParquet</c>, <c>MappedParquet</c>).
    /// </summary>
    /// <param name="filter">The flows to read; all when null.</param>
    /// <param name="cancellationToken">Cancels the read (DuckDB is interrupted).</param>
    /// <returns>The flows, in <see cref="Classification"/> and <see cref="Currency"/>.</returns>
    /// <exception cref="FormatException">
    /// The dataset holds a code the model does not know, a row without a reporter, partner, direction, category or
    /// period, or a value its status does not allow (a value marked missing); the message names it.
    /// </exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
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
        var types = ColumnTypes.Of(Strings, source);
        var columns = types.Keys.ToHashSet(StringComparer.Ordinal);
        var map = layout.Columns;
        string?[] mapped =
        [
            map.Reporter,
            map.Partner,
            map.Direction,
            map.Category,
            map.Period,
            map.Value,
            map.UnitMultiplier,
            map.Quantity,
            map.Unit,
            map.Status,
        ];
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
        // Values in a DECIMAL of up to 18 digits, or an integer, come over as their whole units: the fast way in.
        var valueColumn = this.layout is null ? map.Value : $"__raw_value";
        var valueType = types.GetValueOrDefault(valueColumn, "");
        var valueScale =
            ColumnTypes.DecimalScale(valueType) is { } decimals ? decimals
            : ColumnTypes.IsInteger(valueType) ? 0
            : -1;
        var units =
            valueScale < 0
                ? "NULL"
                : $"TRY_CAST(f.\"{valueColumn}\" * 1{new string('0', valueScale)} AS BIGINT)";
        // A text category comes over as its place among the dataset's distinct codes (an ENUM): no string per row.
        var categoryColumn = this.layout is null ? map.Category : "__raw_category";
        var places =
            types.GetValueOrDefault(categoryColumn) == "VARCHAR"
                ? Strings(
                    $"SELECT DISTINCT f.\"{categoryColumn}\" FROM {source} AS f WHERE f.\"{categoryColumn}\" IS NOT NULL"
                )
                : [];
        var place = "NULL";
        if (places.Count > 0)
        {
            Execute(
                $"DROP TYPE IF EXISTS tm_category_place; CREATE TYPE tm_category_place AS ENUM ({string.Join(", ", places.Select(Sql.Text))})"
            );
            place =
                $"CAST(enum_code(CAST(f.\"{categoryColumn}\" AS tm_category_place)) AS INTEGER)";
        }
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
            valueScale,
            // Parquet counts its rows in its footer: room for every row, given back after a filtered read.
            (int)
                Math.Min(
                    long.Parse(
                        Strings($"SELECT CAST(COUNT(*) AS VARCHAR) FROM {files}")[0],
                        System.Globalization.CultureInfo.InvariantCulture
                    ),
                    1 << 28
                ),
            places,
            economies
        );
        Run(
            $"SELECT {string.Join(", ", select)}, {units}, {place}\nFROM {source} AS f\nWHERE {where}",
            default,
            loader.Add,
            cancellationToken
        );
        return loader.Result();
    }
}
