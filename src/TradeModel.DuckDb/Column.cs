using TradeModel.Data.Parquet;

namespace TradeModel.DuckDb;

/// <summary>The dataset's columns as quoted SQL identifiers, named by <see cref="TradeParquetSchema"/>.</summary>
internal static class Column
{
    internal const string Reporter = "\"" + TradeParquetSchema.Reporter + "\"";
    internal const string Partner = "\"" + TradeParquetSchema.Partner + "\"";
    internal const string Direction = "\"" + TradeParquetSchema.Direction + "\"";
    internal const string Category = "\"" + TradeParquetSchema.Category + "\"";
    internal const string Period = "\"" + TradeParquetSchema.Period + "\"";
    internal const string Year = "\"" + TradeParquetSchema.Year + "\"";
    internal const string Value = "\"" + TradeParquetSchema.Value + "\"";
    internal const string Quantity = "\"" + TradeParquetSchema.Quantity + "\"";
    internal const string Unit = "\"" + TradeParquetSchema.Unit + "\"";
    internal const string Status = "\"" + TradeParquetSchema.Status + "\"";
}
