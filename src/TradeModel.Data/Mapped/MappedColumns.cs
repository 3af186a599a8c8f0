namespace TradeModel.Data.Mapped;

/// <summary>Where each part of a flow is among a source's fields, from 0; −1 where the layout maps no column.</summary>
internal readonly record struct MappedColumns(
    int Reporter,
    int Partner,
    int Direction,
    int Category,
    int Period,
    int Value,
    int Currency,
    int Multiplier,
    int Quantity,
    int Unit,
    int Status
)
{
    /// <summary>The columns of <paramref name="map"/>, each found by <paramref name="find"/> (−1 for an unmapped one).</summary>
    internal static MappedColumns Find(ColumnMapping map, Func<string, int> find)
    {
        int Optional(string? name) => name is null ? -1 : find(name);
        return new(
            find(map.Reporter),
            Optional(map.Partner),
            Optional(map.Direction),
            find(map.Category),
            find(map.Period),
            find(map.Value),
            Optional(map.Currency),
            Optional(map.UnitMultiplier),
            Optional(map.Quantity),
            Optional(map.Unit),
            Optional(map.Status)
        );
    }
}
