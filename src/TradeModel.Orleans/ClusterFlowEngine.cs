using TradeModel.Analysis;
using TradeModel.Orleans.Datasets;
using TradeModel.Orleans.Grains;
using TradeModel.Orleans.Wire;

namespace TradeModel.Orleans;

/// <summary>
/// Runs a <see cref="FlowQuery"/> on a cluster: one task per partition of the dataset, each on a grain on any silo,
/// which reads the partition and aggregates it with the in-memory engine, or runs the query in DuckDB over it
/// (<see cref="ClusterQueryOptions.Engine"/>); the partial cubes come back exact and are merged
/// (<see cref="FlowCube.Merge"/>) into the cube the in-memory engine gives on all the flows. A partition runs on the
/// silo it names as holding its data (<see cref="DatasetPartition.PreferredSilo"/>), otherwise where a hash of its id
/// places it, spreading the partitions over the silos. Each partition is started by a short call and then polled, so a
/// partition may run for longer than Orleans' response timeout; a partition whose silo is lost (it stops answering for
/// <see cref="ClusterQueryOptions.LostSiloTimeout"/>), or that runs past its attempt's time, runs again on another
/// silo. Each partial carries its partition's id, and a partition is merged once. The caller's code changes in one
/// place, the engine, not in the query.
/// </summary>
/// <example>
/// <code language="csharp">
/// var engine = new ClusterFlowEngine(client);   // an IClusterClient, or a silo's IGrainFactory
/// var dataset = FlowDataset.FromParquetFolder("/shared/baci", HarmonizedSystem2022.Classification, Currency.USD);
/// FlowCube cube = await engine.AggregateAsync(dataset, FlowQuery.By(FlowDimension.Year, FlowDimension.Reporter));
/// </code>
/// </example>
public sealed class ClusterFlowEngine
{
    private readonly IGrainFactory grains;

    /// <summary>Creates an engine over a cluster.</summary>
    /// <param name="grains">The cluster's grain factory (an <c>IClusterClient</c>, or a silo's).</param>
    /// <param name="options">Deadline, attempts and partitions in flight; defaults when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> is null.</exception>
    public ClusterFlowEngine(IGrainFactory grains, ClusterQueryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(grains);
        this.grains = grains;
        Options = options ?? new ClusterQueryOptions();
    }

    /// <summary>The options.</summary>
    public ClusterQueryOptions Options { get; }

    /// <summary>Runs a query over every partition of a dataset and merges the partial cubes.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="query">The query, as for the in-memory engine.</param>
    /// <param name="progress">Told the partitions done and planned as each arrives.</param>
    /// <param name="cancellationToken">Cancels the query and the silos' work on it.</param>
    /// <returns>The cube of all the partitions' flows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="query"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A category grouping, or the filter's category, is of another classification than the dataset's; or a group the
    /// caller defined has a member without a code. Economy groups and category groupings are otherwise sent to the
    /// silos and rebuilt there.
    /// </exception>
    /// <exception cref="ClusterQueryException">A partition could not be read, or failed on every attempt; the message names it.</exception>
    /// <exception cref="TimeoutException">The query ran past its deadline.</exception>
    /// <exception cref="OperationCanceledException">The query was cancelled.</exception>
    public async Task<FlowCube> AggregateAsync(
        FlowDataset dataset,
        FlowQuery query,
        IProgress<ClusterProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(query);
        var message = QueryMessage.From(query, dataset.Classification);
        var run = Guid.NewGuid().ToString("N");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Options.Deadline);
        // Cancelled too when a partition fails: the query's answer is already an error, so the others stop.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);
        Exception? failure = null;
        using var throttle = new SemaphoreSlim(Math.Max(1, Options.MaxInFlight));
        var planned = dataset.Partitions.Count;
        var (done, retried) = (0, 0);
        var partials = new PartialCubes();

        async Task RunPartition(DatasetPartition partition)
        {
            await throttle.WaitAsync(stop.Token).ConfigureAwait(false);
            try
            {
                var work = new PartitionWork
                {
                    PartitionId = partition.Id,
                    Location = partition.Location,
                    Classification = dataset.Classification.Name,
                    Currency = dataset.Currency.Code,
                    Query = message,
                    Engine = Options.Engine,
                };
                var outcome = await Attempts(
                        run,
                        partition,
                        work,
                        () => Interlocked.Increment(ref retried),
                        stop.Token
                    )
                    .ConfigureAwait(false);
                partials.Add(
                    partition.Id,
                    outcome.Cube!.ToCube(query, dataset.Classification, dataset.Currency)
                );
                progress?.Report(
                    new ClusterProgress(
                        Interlocked.Increment(ref done),
                        planned,
                        Volatile.Read(ref retried)
                    )
                );
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Interlocked.CompareExchange(ref failure, e, null);
                await stop.CancelAsync().ConfigureAwait(false);
                throw;
            }
            finally
            {
                throttle.Release();
            }
        }

        try
        {
            await Task.WhenAll(dataset.Partitions.Select(RunPartition)).ConfigureAwait(false);
        }
        catch (Exception) when (Volatile.Read(ref failure) is { } first)
        {
            // The first partition that failed, not a partition cancelled because of it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }
        catch (OperationCanceledException)
            when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"The query did not finish within its deadline of {Options.Deadline}: {Volatile.Read(ref done)} of {planned} partitions done."
            );
        }
        return partials.Merge(query, dataset);
    }

    /// <summary>
    /// Starts an attempt and polls it until it is done. A silo that does not answer within
    /// <see cref="ClusterQueryOptions.LostSiloTimeout"/>, or that no longer knows the work, has lost the attempt.
    /// </summary>
    private async Task<PartitionOutcome> Follow(
        IPartitionGrain grain,
        PartitionWork work,
        CancellationToken cancellationToken
    )
    {
        var lost = Options.LostSiloTimeout;
        await grain.Start(work).WaitAsync(lost, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var status = await grain
                .Poll(lost / 2)
                .WaitAsync(lost, cancellationToken)
                .ConfigureAwait(false);
            switch (status.State)
            {
                case PartitionState.Done when status.Outcome!.Error is { } error:
                    throw new ClusterQueryException(work.PartitionId, error, null);
                case PartitionState.Done:
                    return status.Outcome!;
                case PartitionState.Unknown:
                    throw new InvalidOperationException(
                        $"The silo running the partition '{work.PartitionId}' no longer has it: it was stopped or lost."
                    );
            }
        }
    }

    /// <summary>Tells an attempt given up on to stop, if its silo is there to hear it.</summary>
    private static void Abandon(IPartitionGrain grain) =>
        _ = grain
            .Cancel()
            .ContinueWith(
                t => _ = t.Exception,
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted,
                TaskScheduler.Default
            );

    private async Task<PartitionOutcome> Attempts(
        string run,
        DatasetPartition partition,
        PartitionWork work,
        Action retried,
        CancellationToken cancellationToken
    )
    {
        Exception? last = null;
        for (var attempt = 1; attempt <= Math.Max(1, Options.MaxAttempts); attempt++)
        {
            if (attempt > 1)
            {
                retried();
            }
            // A new key each attempt: a new activation, placed on a silo that is alive.
            var grain = grains.GetGrain<IPartitionGrain>($"{run}/{partition.Id}/{attempt}");
            if (partition.PreferredSilo is { } preferred)
            {
                RequestContext.Set(PartitionPlacementDirector.PreferredSiloKey, preferred);
            }
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Options.AttemptTimeout);
            try
            {
                return await Follow(grain, work, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                Abandon(grain);
                throw;
            }
            catch (ClusterQueryException)
            {
                throw;
            }
            catch (Exception e)
            {
                // A lost silo, a dropped connection, an attempt past its time: the partition runs again elsewhere.
                last = e;
                Abandon(grain);
            }
        }
        throw new ClusterQueryException(
            partition.Id,
            $"The partition '{partition.Id}' failed on all {Options.MaxAttempts} attempts; the last: {last?.Message}",
            last
        );
    }
}
