using TradeModel.Orleans.Datasets;

namespace TradeModel.Orleans.Wire;

/// <summary>What a silo is asked to do: aggregate one partition of a dataset for a query.</summary>
[GenerateSerializer, Alias("TradeModel.Orleans.PartitionWork")]
internal sealed class PartitionWork
{
    [Id(0)]
    public string PartitionId { get; set; } = string.Empty;

    [Id(1)]
    public string Location { get; set; } = string.Empty;

    [Id(2)]
    public string Classification { get; set; } = string.Empty;

    [Id(3)]
    public string Currency { get; set; } = string.Empty;

    [Id(4)]
    public QueryMessage Query { get; set; } = new();

    /// <summary>How the silo aggregates the partition (a silo before this field reads flows in memory: the same cube).</summary>
    [Id(5)]
    public PartitionEngine Engine { get; set; }
}
