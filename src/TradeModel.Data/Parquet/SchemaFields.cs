using Parquet.Schema;

namespace TradeModel.Data.Parquet;

/// <summary>
/// The fields of one write of the documented schema, made afresh for each file: Parquet.Net sets a field's place in
/// its schema on the field object itself, so fields shared between writes running at once would corrupt each other's
/// files.
/// </summary>
internal sealed class SchemaFields
{
    internal DataField<string> Reporter { get; } = new(TradeParquetSchema.Reporter);

    internal DataField<string> Partner { get; } = new(TradeParquetSchema.Partner);

    internal DataField<string> Direction { get; } = new(TradeParquetSchema.Direction);

    internal DataField<string> Category { get; } = new(TradeParquetSchema.Category);

    internal DataField<string> Period { get; } = new(TradeParquetSchema.Period);

    internal DataField<int> Year { get; } = new(TradeParquetSchema.Year);

    internal DataField<string> Currency { get; } = new(TradeParquetSchema.Currency);

    internal DataField<string> Status { get; } = new(TradeParquetSchema.Status);

    internal DataField<double?> Quantity { get; } = new(TradeParquetSchema.Quantity);

    internal DataField<string> Unit { get; } = new(TradeParquetSchema.Unit, true);
}
