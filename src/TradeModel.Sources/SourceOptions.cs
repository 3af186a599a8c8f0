namespace TradeModel.Sources;

/// <summary>
/// How a client calls its source: the cache, the retries of transient failures (rate limits, server errors, dropped
/// connections, timeouts) and the time each attempt may take.
/// </summary>
/// <example>
/// <code language="csharp">
/// var options = new SourceOptions { CacheFolder = "sdmx-cache", Retries = 5 };
/// </code>
/// </example>
public sealed record SourceOptions
{
    /// <summary>The folder that keeps every answer by its normalised query, or null for no cache.</summary>
    public string? CacheFolder { get; init; }

    /// <summary>How the cache is used (<see cref="CacheMode.Use"/> unless set).</summary>
    public CacheMode Cache { get; init; } = CacheMode.Use;

    /// <summary>How many times a transient failure is retried before it is reported (4 unless set; 0 for none).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative or above 20.</exception>
    public int Retries
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(Retries));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 20, nameof(Retries));
            field = value;
        }
    } = 4;

    /// <summary>
    /// The wait before the first retry (1 second unless set), doubled at each further one, with jitter; a
    /// <c>Retry-After</c> the source sends is waited instead.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public TimeSpan RetryDelay
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero, nameof(RetryDelay));
            field = value;
        }
    } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest <c>Retry-After</c> waited (2 minutes unless set); a source asking for longer is reported at once
    /// with the wait it asked for.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public TimeSpan MaxRetryAfter
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(
                value,
                TimeSpan.Zero,
                nameof(MaxRetryAfter)
            );
            field = value;
        }
    } = TimeSpan.FromMinutes(2);

    /// <summary>The time one attempt may take, body included (100 seconds unless set); a slower one is retried.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not positive.</exception>
    public TimeSpan AttemptTimeout
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(
                value,
                TimeSpan.Zero,
                nameof(AttemptTimeout)
            );
            field = value;
        }
    } = TimeSpan.FromSeconds(100);

    /// <summary>The clock of the retry waits and the cache's fetch times (the system's unless set; tests pass their own).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
