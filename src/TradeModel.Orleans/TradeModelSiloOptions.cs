using TradeModel.Classifications;
using TradeModel.DuckDb;
using TradeModel.Orleans.Datasets;

namespace TradeModel.Orleans;

/// <summary>How a silo takes part in TradeModel's queries (see <see cref="TradeModelSiloBuilderExtensions.AddTradeModel"/>).</summary>
public sealed class TradeModelSiloOptions
{
    private int maxPartitionsInFlight = 2;

    /// <summary>
    /// At most this many partitions read and aggregated at once on the silo (default 2), so that its memory stays
    /// bounded: about this many partitions' flows (24 bytes a flow with quantities) plus their cubes.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxPartitionsInFlight
    {
        get => maxPartitionsInFlight;
        set =>
            maxPartitionsInFlight =
                value >= 1
                    ? value
                    : throw new ArgumentOutOfRangeException(
                        nameof(MaxPartitionsInFlight),
                        value,
                        "A silo takes at least one partition at a time."
                    );
    }

    /// <summary>How the silo reads a partition; <see cref="ParquetPartitionReader"/> (a path every silo sees) when null.</summary>
    public IPartitionReader? Reader { get; set; }

    /// <summary>
    /// DuckDB's memory limit, threads and spill folder when the silo aggregates a partition in DuckDB
    /// (<see cref="PartitionEngine.DuckDb"/>); DuckDB's defaults (80% of memory, every core) when null.
    /// </summary>
    public DuckDbEngineOptions? DuckDb { get; set; }

    /// <summary>Classifications of the datasets besides the built-in ones (EBOPS 2010 and every HS edition), found by name.</summary>
    public IList<Classification> Classifications { get; } = [];
}
