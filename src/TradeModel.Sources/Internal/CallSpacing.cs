namespace TradeModel.Sources.Internal;

/// <summary>Keeps the starts of calls at least an interval apart, on the options' clock, for every caller of one client.</summary>
internal sealed class CallSpacing(TimeSpan interval, TimeProvider time)
{
    private readonly Lock gate = new();
    private DateTimeOffset? last;

    /// <summary>Waits for this call's turn.</summary>
    internal Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (gate)
        {
            var now = time.GetUtcNow();
            var turn =
                last is { } previous && previous + interval > now ? previous + interval : now;
            wait = turn - now;
            last = turn;
        }
        return wait > TimeSpan.Zero
            ? Task.Delay(wait, time, cancellationToken)
            : Task.CompletedTask;
    }
}
