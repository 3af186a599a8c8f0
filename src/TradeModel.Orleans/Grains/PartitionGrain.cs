using Orleans.Runtime;
using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Flows;
using TradeModel.Orleans.Datasets;
using TradeModel.Orleans.Wire;

namespace TradeModel.Orleans.Grains;

/// <summary>
/// Aggregates one partition on the silo it is placed on: reads it with the silo's <see cref="IPartitionReader"/>,
/// runs the query with the in-memory engine (on the silo's cores), and answers the cube as a compact message. A read
/// that fails is answered as such; the activation leaves memory when done. Placed by <see cref="PartitionPlacement"/>.
/// </summary>
[PartitionPlacement]
internal sealed class PartitionGrain(
    IPartitionReader reader,
    PartitionGate gate,
    KnownClassifications classifications,
    ILocalSiloDetails silo
) : Grain, IPartitionGrain
{
    public async Task<PartitionOutcome> Aggregate(
        PartitionWork work,
        CancellationToken cancellationToken
    )
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var classification = classifications.Resolve(work.Classification);
            var currency = Currency.FromCode(work.Currency);
            var query = work.Query.ToQuery(classification);
            TradeFlowCollection flows;
            try
            {
                var partition = new DatasetPartition(work.PartitionId, work.Location);
                flows = await Task.Run(
                    () => reader.Read(partition, classification, currency, cancellationToken),
                    cancellationToken
                );
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Failed(work, $"could not be read: {e.Message}");
            }
            if (flows.Classification.Name != classification.Name || flows.Currency != currency)
            {
                return Failed(
                    work,
                    $"holds {flows.Classification.Name} flows in {flows.Currency.Code}; the dataset is {classification.Name} in {currency.Code}"
                );
            }
            // Off the grain's turn: the aggregation runs on the silo's cores for as long as it needs.
            var message = await Task.Run(
                () => CubeMessage.From(work.PartitionId, flows.Aggregate(query)),
                cancellationToken
            );
            return new PartitionOutcome { Cube = message, Silo = silo.SiloAddress.ToString() };
        }
        finally
        {
            gate.Release();
            DeactivateOnIdle();
        }
    }

    private PartitionOutcome Failed(PartitionWork work, string why) =>
        new()
        {
            Error = $"The partition '{work.PartitionId}' at {work.Location} {why}.",
            Silo = silo.SiloAddress.ToString(),
        };
}
