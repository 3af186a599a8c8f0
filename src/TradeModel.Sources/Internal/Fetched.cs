namespace TradeModel.Sources.Internal;

/// <summary>A body a source gave (or the cache kept), with when it was fetched and how many calls it took.</summary>
internal sealed record Fetched(
    byte[] Body,
    string? ContentType,
    DateTimeOffset FetchedAt,
    bool FromCache,
    int Attempts
);
