namespace TradeModel.DuckDb;

/// <summary>How DuckDB may use the machine: memory, threads and where it spills.</summary>
public sealed record DuckDbEngineOptions
{
    /// <summary>DuckDB's memory limit ("2GB", "500MB"); beyond it, DuckDB spills to disk. DuckDB's default (80% of RAM) when null.</summary>
    public string? MemoryLimit { get; init; }

    /// <summary>The most threads DuckDB uses; all cores when null.</summary>
    public int? Threads { get; init; }

    /// <summary>The folder DuckDB spills to; DuckDB's default when null.</summary>
    public string? TempDirectory { get; init; }
}
