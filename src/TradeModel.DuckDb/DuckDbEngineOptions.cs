using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeModel.DuckDb;

/// <summary>How DuckDB may use the machine: memory, threads and where it spills. Each value is checked when it is set.</summary>
public sealed partial record DuckDbEngineOptions
{
    /// <summary>The most threads an engine may be given.</summary>
    public const int MaxThreads = 1_024;

    /// <summary>
    /// DuckDB's memory limit: a positive number and a unit, B, KB, MB, GB or TB (or KiB, MiB, GiB, TiB), as "2GB" or
    /// "500 MB"; beyond it, DuckDB spills to disk. DuckDB's default (80% of RAM) when null.
    /// </summary>
    /// <exception cref="ArgumentException">The text is not a positive size with its unit.</exception>
    public string? MemoryLimit
    {
        get;
        init
        {
            if (value is not null)
            {
                var match = Size().Match(value);
                if (
                    !match.Success
                    || !decimal.TryParse(
                        match.Groups[1].Value,
                        NumberStyles.AllowDecimalPoint,
                        CultureInfo.InvariantCulture,
                        out var amount
                    )
                    || amount <= 0
                )
                {
                    throw new ArgumentException(
                        $"The memory limit '{value}' is not a positive size with its unit (2GB, 500 MB, 1.5GiB).",
                        nameof(MemoryLimit)
                    );
                }
            }
            field = value;
        }
    }

    /// <summary>The most threads DuckDB uses, 1 to <see cref="MaxThreads"/>; all cores when null.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above <see cref="MaxThreads"/>.</exception>
    public int? Threads
    {
        get;
        init
        {
            if (value is { } threads)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1, nameof(Threads));
                ArgumentOutOfRangeException.ThrowIfGreaterThan(
                    threads,
                    MaxThreads,
                    nameof(Threads)
                );
            }
            field = value;
        }
    }

    /// <summary>The folder DuckDB spills to; DuckDB's default when null.</summary>
    /// <exception cref="ArgumentException">The value is empty or blank.</exception>
    public string? TempDirectory
    {
        get;
        init
        {
            if (value is not null && string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException(
                    "The spill folder is blank: give a folder, or null for DuckDB's default.",
                    nameof(TempDirectory)
                );
            }
            field = value;
        }
    }

    [GeneratedRegex(
        @"^\s*(\d{1,12}(?:\.\d{1,6})?)\s*(?:B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex Size();
}
