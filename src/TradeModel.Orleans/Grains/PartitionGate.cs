namespace TradeModel.Orleans.Grains;

/// <summary>At most so many partitions read and aggregated at once on a silo, so that its memory stays bounded.</summary>
internal sealed class PartitionGate(int slots) : IDisposable
{
    private readonly SemaphoreSlim slots = new(slots, slots);

    internal Task WaitAsync(CancellationToken cancellationToken) =>
        slots.WaitAsync(cancellationToken);

    internal void Release() => slots.Release();

    public void Dispose() => slots.Dispose();
}
