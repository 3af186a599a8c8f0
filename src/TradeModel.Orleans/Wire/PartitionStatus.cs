namespace TradeModel.Orleans.Wire;

/// <summary>A grain's answer to a poll: where the attempt is, and when done, its outcome.</summary>
[GenerateSerializer, Alias("TradeModel.Orleans.PartitionStatus")]
internal sealed class PartitionStatus
{
    [Id(0)]
    public PartitionState State { get; set; }

    [Id(1)]
    public PartitionOutcome? Outcome { get; set; }
}
