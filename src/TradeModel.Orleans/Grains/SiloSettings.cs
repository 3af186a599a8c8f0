using TradeModel.DuckDb;
using TradeModel.Orleans.Datasets;

namespace TradeModel.Orleans.Grains;

/// <summary>What a silo's partition grains are set up with: the reader of the in-memory engine, DuckDB's options.</summary>
/// <param name="Reader">Reads a partition's flows for <see cref="PartitionEngine.InMemory"/>.</param>
/// <param name="DuckDb">DuckDB's memory, threads and spill folder for <see cref="PartitionEngine.DuckDb"/>, or null.</param>
internal sealed record SiloSettings(IPartitionReader Reader, DuckDbEngineOptions? DuckDb);
