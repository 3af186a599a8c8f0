namespace TradeModel.Data.Mapped;

/// <summary>
/// Which column of a file holds which part of a flow, by name (a CSV header, case ignored; a Parquet column, or a hive
/// partition key such as <c>year</c> in <c>year=2024/</c>). Reporter, category, period and value are required; the
/// others are optional, and <see cref="FlowLayout"/> says what a row holds when a column is not mapped.
/// </summary>
public sealed record ColumnMapping
{
    /// <summary>The reporter's code.</summary>
    public required string Reporter { get; init; }

    /// <summary>The partner's code; when null, every flow's partner is the World.</summary>
    public string? Partner { get; init; }

    /// <summary>The direction (see <see cref="FlowLayout.DirectionCodes"/>); when null, every row's is <see cref="FlowLayout.Direction"/>.</summary>
    public string? Direction { get; init; }

    /// <summary>The category's code in <see cref="FlowLayout.Classification"/>.</summary>
    public required string Category { get; init; }

    /// <summary>The period in SDMX notation (2024, 2024-Q3, 2024-M10, 2024-03-05).</summary>
    public required string Period { get; init; }

    /// <summary>The value: invariant digits or a number column, read exactly (see <see cref="FlowLayout"/>); empty or null is missing.</summary>
    public required string Value { get; init; }

    /// <summary>The currency's ISO 4217 code; when null, <see cref="FlowLayout.Currency"/> is every row's.</summary>
    public string? Currency { get; init; }

    /// <summary>A power of ten the value is in (3 for thousands, 6 for millions); when null, <see cref="FlowLayout.UnitMultiplier"/>.</summary>
    public string? UnitMultiplier { get; init; }

    /// <summary>The physical quantity; when null, flows have none.</summary>
    public string? Quantity { get; init; }

    /// <summary>
    /// The quantity's unit: a UnitsNet unit as Type.Unit (MassUnit.Tonne) or one of t, kg, g, l, m3, u; when null,
    /// <see cref="FlowLayout.QuantityUnit"/>.
    /// </summary>
    public string? Unit { get; init; }

    /// <summary>The observation status (see <see cref="FlowLayout.StatusCodes"/>); when null, Normal (Missing for rows without a value).</summary>
    public string? Status { get; init; }
}
