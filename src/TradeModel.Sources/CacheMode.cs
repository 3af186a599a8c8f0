namespace TradeModel.Sources;

/// <summary>How a client uses its cache folder (<see cref="SourceOptions.CacheFolder"/>).</summary>
public enum CacheMode
{
    /// <summary>Answer from the cache when the query is there; otherwise ask the source and keep its answer.</summary>
    Use,

    /// <summary>Always ask the source, and keep its answer (replacing a cached one).</summary>
    Refresh,

    /// <summary>Never ask the source: answer from the cache, or fail with <see cref="SourceException"/> naming the query.</summary>
    Offline,
}
