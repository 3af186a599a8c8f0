namespace TradeModel.Sources;

/// <summary>An answer of a source: what it says, where it came from and when it was fetched.</summary>
/// <typeparam name="T">What the answer was read into.</typeparam>
/// <param name="Value">The answer, read.</param>
/// <param name="Query">The query's address, without any key.</param>
/// <param name="FetchedAt">When the source gave the answer (for a cached one, when it was first fetched).</param>
/// <param name="FromCache">Whether the cache answered.</param>
/// <param name="Attempts">How many calls were made (0 from the cache; above 1 when failures were retried).</param>
public sealed record SourceResponse<T>(
    T Value,
    Uri Query,
    DateTimeOffset FetchedAt,
    bool FromCache,
    int Attempts
);
