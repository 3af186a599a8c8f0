using TradeModel.Flows;

namespace TradeModel.Data.Parquet;

/// <summary>
/// The Parquet layout TradeModel writes and reads (<see cref="TradeParquet"/>), and that the DuckDB engine queries: one
/// row a flow, its columns named here, the classification and currency in the file's key-value metadata. Public so that
/// other tools and engines can write or query the same files without copying the names.
/// </summary>
/// <remarks>
/// Columns: <see cref="Reporter"/>, <see cref="Partner"/> (economy codes, text), <see cref="Direction"/> (a
/// <c>TradeDirection</c> name), <see cref="Category"/> (a category code), <see cref="Period"/> (SDMX period text, e.g.
/// 2024 or 2024-Q1), <see cref="Year"/> (32-bit integer), <see cref="Value"/> (DECIMAL, null when missing),
/// <see cref="Currency"/> (ISO 4217), <see cref="Status"/> (an <c>ObservationStatus</c> name), <see cref="Quantity"/>
/// (double, null for none) and <see cref="Unit"/> (a UnitsNet unit as <see cref="QuantityUnitText.Format"/> writes it).
/// </remarks>
public static class TradeParquetSchema
{
    /// <summary>The reporter's economy code.</summary>
    public const string Reporter = "reporter";

    /// <summary>The partner's economy code.</summary>
    public const string Partner = "partner";

    /// <summary>The direction's name (Exports, Imports, ReExports, ReImports).</summary>
    public const string Direction = "direction";

    /// <summary>The category's code.</summary>
    public const string Category = "category";

    /// <summary>The period in SDMX notation.</summary>
    public const string Period = "period";

    /// <summary>The year the period starts in (the hive partition key of partitioned datasets).</summary>
    public const string Year = "year";

    /// <summary>The exact value, a Parquet DECIMAL; null when missing or withheld.</summary>
    public const string Value = "value";

    /// <summary>The value's ISO 4217 currency code.</summary>
    public const string Currency = "currency";

    /// <summary>The observation status's name.</summary>
    public const string Status = "status";

    /// <summary>The physical quantity; null for none.</summary>
    public const string Quantity = "quantity";

    /// <summary>The quantity's unit, as <see cref="QuantityUnitText.Format"/> writes it; null for none.</summary>
    public const string Unit = "unit";

    /// <summary>The metadata key of the classification's name (e.g. "HS 2022").</summary>
    public const string ClassificationKey = "trademodel.classification";

    /// <summary>The metadata key of the currency's ISO 4217 code.</summary>
    public const string CurrencyKey = "trademodel.currency";
}
