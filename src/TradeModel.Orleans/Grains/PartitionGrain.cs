using Orleans.Concurrency;
using Orleans.Runtime;
using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.DuckDb;
using TradeModel.Flows;
using TradeModel.Orleans.Datasets;
using TradeModel.Orleans.Wire;

namespace TradeModel.Orleans.Grains;

/// <summary>
/// Aggregates one partition on the silo it is placed on: reads it with the silo's <see cref="IPartitionReader"/> and runs
/// the query with the in-memory engine (on the silo's cores), or runs the query in DuckDB over the partition's Parquet
/// (<see cref="PartitionEngine.DuckDb"/>); answers the cube as a compact message. The work runs in the background from
/// <see cref="Start"/>; polls wait for it a bounded time. A partition that cannot be read is an outcome, not a lost
/// attempt. Work that nobody polls for a minute (its coordinator is gone) is cancelled; the activation leaves memory
/// once its outcome is taken. Placed by <see cref="PartitionPlacement"/>.
/// </summary>
[PartitionPlacement]
[Reentrant]
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Design",
    "CA1001:Types that own disposable fields should be disposable",
    Justification = "The cancellation source has no timer to free, and the work in the background may outlive the activation and still read its token."
)]
internal sealed class PartitionGrain(
    SiloSettings settings,
    PartitionGate gate,
    KnownClassifications classifications,
    ILocalSiloDetails silo
) : Grain, IPartitionGrain
{
    /// <summary>Unpolled for this long, the work is taken as abandoned by its coordinator.</summary>
    private static readonly TimeSpan Orphaned = TimeSpan.FromMinutes(1);

    private readonly CancellationTokenSource cancel = new();
    private Task<PartitionOutcome?>? running;
    private IGrainTimer? watch;
    private volatile bool admitted;
    private long lastPolled = Environment.TickCount64;

    public Task Start(PartitionWork work)
    {
        lastPolled = Environment.TickCount64;
        if (running is null)
        {
            var token = cancel.Token;
            // Off the grain's scheduler: the work runs on the silo's cores for as long as it needs.
            running = Task.Run(() => Run(work, token), CancellationToken.None);
            watch = this.RegisterGrainTimer(
                WatchForCoordinator,
                new GrainTimerCreationOptions(Orphaned / 4, Orphaned / 4) { Interleave = true }
            );
        }
        return Task.CompletedTask;
    }

    public async Task<PartitionStatus> Poll(TimeSpan wait)
    {
        lastPolled = Environment.TickCount64;
        if (running is null)
        {
            DeactivateOnIdle();
            return new PartitionStatus { State = PartitionState.Unknown };
        }
        if (!running.IsCompleted)
        {
            await Task.WhenAny(running, Task.Delay(wait));
            lastPolled = Environment.TickCount64;
            if (!running.IsCompleted)
            {
                return new PartitionStatus
                {
                    State = admitted ? PartitionState.Running : PartitionState.Queued,
                };
            }
        }
        DeactivateOnIdle();
        var outcome = await running;
        return outcome is null
            ? new PartitionStatus { State = PartitionState.Unknown }
            : new PartitionStatus { State = PartitionState.Done, Outcome = outcome };
    }

    public async Task Cancel()
    {
        await cancel.CancelAsync();
        DeactivateOnIdle();
    }

    public override async Task OnDeactivateAsync(
        DeactivationReason reason,
        CancellationToken cancellationToken
    )
    {
        watch?.Dispose();
        // A silo that stops takes its work with it: a poll then finds no work, and the partition runs again elsewhere.
        await cancel.CancelAsync();
        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    private async Task WatchForCoordinator(CancellationToken _)
    {
        if (Environment.TickCount64 - lastPolled > (long)Orphaned.TotalMilliseconds)
        {
            await cancel.CancelAsync();
            DeactivateOnIdle();
        }
    }

    /// <summary>The attempt's outcome, or null when it was cancelled.</summary>
    private async Task<PartitionOutcome?> Run(
        PartitionWork work,
        CancellationToken cancellationToken
    )
    {
        try
        {
            await gate.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        try
        {
            admitted = true;
            return Aggregate(work, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception e)
        {
            // Not a read (those are answered below): a classification the silo does not know, say. Running it
            // elsewhere would fail the same way.
            return Failed(work, $"failed: {e.Message}");
        }
        finally
        {
            gate.Release();
        }
    }

    private PartitionOutcome Aggregate(PartitionWork work, CancellationToken cancellationToken)
    {
        var classification = classifications.Resolve(work.Classification);
        var currency = Currency.FromCode(work.Currency);
        var query = work.Query.ToQuery(classification);
        var partition = new DatasetPartition(work.PartitionId, work.Location);
        FlowCube cube;
        if (!Enum.IsDefined(work.Engine))
        {
            // A coordinator newer than this silo: running it in memory instead would be a guess.
            return Failed(
                work,
                $"asks for the partition engine {work.Engine}, which this silo does not know"
            );
        }
        if (work.Engine == PartitionEngine.DuckDb)
        {
            try
            {
                cube = InDuckDb(partition, query, classification, currency, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Failed(work, $"could not be read and aggregated in DuckDB: {e.Message}");
            }
        }
        else
        {
            TradeFlowCollection flows;
            try
            {
                flows = settings.Reader.Read(
                    partition,
                    classification,
                    currency,
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
            cancellationToken.ThrowIfCancellationRequested();
            cube = flows.Aggregate(query);
        }
        cancellationToken.ThrowIfCancellationRequested();
        return new PartitionOutcome
        {
            Cube = CubeMessage.From(work.PartitionId, cube),
            Silo = silo.SiloAddress.ToString(),
        };
    }

    private FlowCube InDuckDb(
        DatasetPartition partition,
        FlowQuery query,
        Classification classification,
        Currency currency,
        CancellationToken cancellationToken
    )
    {
        using var engine = DuckDbFlowEngine.OverParquet(
            partition.Location,
            classification,
            currency,
            settings.DuckDb
        );
        return engine.Aggregate(query, cancellationToken);
    }

    private PartitionOutcome Failed(PartitionWork work, string why) =>
        new()
        {
            Error = $"The partition '{work.PartitionId}' at {work.Location} {why}.",
            Silo = silo.SiloAddress.ToString(),
        };
}
