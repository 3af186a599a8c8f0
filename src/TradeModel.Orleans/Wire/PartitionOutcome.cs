namespace TradeModel.Orleans.Wire;

/// <summary>
/// What a silo answers: the partition's cube, or why the partition could not be read (a missing or corrupt file is
/// an answer, not a lost silo: running it elsewhere would fail the same way).
/// </summary>
[GenerateSerializer, Alias("TradeModel.Orleans.PartitionOutcome")]
internal sealed class PartitionOutcome
{
    [Id(0)]
    public CubeMessage? Cube { get; set; }

    [Id(1)]
    public string? Error { get; set; }

    [Id(2)]
    public string Silo { get; set; } = string.Empty;
}
