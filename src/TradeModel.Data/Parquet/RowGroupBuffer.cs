using System.Globalization;
using Parquet;
using TradeModel.Flows;

namespace TradeModel.Data.Parquet;

/// <summary>
/// One row group's columns as Parquet.Net writes them, filled from a collection's public columns
/// (<see cref="TradeFlowCollection.Columns"/>): each distinct code is turned into its text once, and no flow object is
/// made per row.
/// </summary>
internal sealed class RowGroupBuffer
{
    private readonly TradeFlowColumns columns;
    private readonly string[] economyCodes;
    private readonly string[] categoryCodes;
    private readonly string[] periodTexts;
    private readonly int[] periodYears;
    private readonly string[] unitTexts;
    private readonly string[] reporters;
    private readonly string[] partners;
    private readonly string[] directions;
    private readonly string[] categories;
    private readonly string[] periods;
    private readonly int[] years;
    private readonly string[] currencies;
    private readonly string[] statuses;
    private readonly decimal?[] amounts;
    private readonly double?[] quantities;
    private readonly string[] units;

    internal RowGroupBuffer(TradeFlowCollection flows, int size)
    {
        columns = flows.Columns;
        economyCodes = [.. columns.Economies.Select(e => e.Code!)];
        categoryCodes = [.. columns.Categories.Select(c => c.Code)];
        periodTexts =
        [
            .. columns.Periods.Select(p => p.ToString(null, CultureInfo.InvariantCulture)),
        ];
        periodYears = [.. columns.Periods.Select(p => p.Year)];
        unitTexts = [.. columns.QuantityUnits.Select(QuantityUnitText.Format)];
        (reporters, partners, directions, categories, periods) = (
            new string[size],
            new string[size],
            new string[size],
            new string[size],
            new string[size]
        );
        (years, currencies, statuses) = (new int[size], new string[size], new string[size]);
        (amounts, quantities, units) = (new decimal?[size], new double?[size], new string[size]);
        Array.Fill(currencies, flows.Currency.Code);
    }

    /// <summary>Fills rows 0 to <paramref name="length"/> − 1 from the collection's rows from <paramref name="start"/>.</summary>
    internal void Fill(int start, int length)
    {
        var reporterCodes = columns.ReporterCodes;
        var partnerCodes = columns.PartnerCodes;
        var categoryColumn = columns.CategoryCodes;
        var keys = columns.Keys;
        var quantityColumn = columns.Quantities;
        var unitCodes = columns.QuantityUnitCodes;
        for (var r = 0; r < length; r++)
        {
            var i = start + r;
            reporters[r] = economyCodes[reporterCodes[i]];
            partners[r] = economyCodes[partnerCodes[i]];
            var key = keys[i];
            directions[r] = TradeParquet.DirectionNames[(int)key.Direction];
            categories[r] = categoryCodes[categoryColumn[i]];
            periods[r] = periodTexts[key.PeriodCode];
            years[r] = periodYears[key.PeriodCode];
            statuses[r] = TradeParquet.StatusNames[(int)key.Status];
            amounts[r] = columns.ValueAt(i);
            var hasQuantity = !quantityColumn.IsEmpty && !double.IsNaN(quantityColumn[i]);
            quantities[r] = hasQuantity ? quantityColumn[i] : null;
            units[r] = hasQuantity ? unitTexts[unitCodes.IsEmpty ? 0 : unitCodes[i]] : null!;
        }
    }

    /// <summary>Writes the first <paramref name="length"/> rows as a row group, column by column.</summary>
    internal async Task WriteAsync(
        ParquetRowGroupWriter group,
        SchemaFields fields,
        global::Parquet.Schema.DecimalDataField value,
        int length,
        CancellationToken cancellationToken
    )
    {
        await Text(group, fields.Reporter, reporters, length).ConfigureAwait(false);
        await Text(group, fields.Partner, partners, length).ConfigureAwait(false);
        await Text(group, fields.Direction, directions, length).ConfigureAwait(false);
        await Text(group, fields.Category, categories, length).ConfigureAwait(false);
        await Text(group, fields.Period, periods, length).ConfigureAwait(false);
        await group
            .WriteAsync(
                fields.Year,
                (ReadOnlyMemory<int>)years.AsMemory(0, length),
                null,
                null,
                cancellationToken
            )
            .ConfigureAwait(false);
        await group
            .WriteAsync(
                value,
                (ReadOnlyMemory<decimal?>)amounts.AsMemory(0, length),
                null,
                null,
                cancellationToken
            )
            .ConfigureAwait(false);
        await Text(group, fields.Currency, currencies, length).ConfigureAwait(false);
        await Text(group, fields.Status, statuses, length).ConfigureAwait(false);
        await group
            .WriteAsync(
                fields.Quantity,
                (ReadOnlyMemory<double?>)quantities.AsMemory(0, length),
                null,
                null,
                cancellationToken
            )
            .ConfigureAwait(false);
        await Text(group, fields.Unit, units, length).ConfigureAwait(false);
    }

    private static Task Text(
        ParquetRowGroupWriter group,
        global::Parquet.Schema.DataField<string> field,
        string[] values,
        int length
    ) => group.WriteAsync(field, new ArraySegment<string>(values, 0, length), null);
}
