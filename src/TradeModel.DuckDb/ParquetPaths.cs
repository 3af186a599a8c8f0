namespace TradeModel.DuckDb;

/// <summary>
/// Paths handed to DuckDB as they are written: DuckDB reads every path of <c>read_parquet</c> as a glob, so the
/// characters a glob gives a meaning (<c>*</c>, <c>?</c>, <c>[</c>) are each put in a class of their own (<c>[*]</c>),
/// which matches that character and nothing else.
/// </summary>
internal static class ParquetPaths
{
    private static ReadOnlySpan<byte> Magic => "PAR1"u8;

    /// <summary>The pattern that matches exactly the file, or every <c>*.parquet</c> beneath the folder.</summary>
    /// <param name="path">A file or folder.</param>
    /// <exception cref="ArgumentException">
    /// The path names nothing, a folder without a Parquet file, or a file that is not Parquet; or it holds a backslash.
    /// </exception>
    internal static string Literal(string path)
    {
        var full = Path.GetFullPath(path);
        if (Path.DirectorySeparatorChar != '\\' && full.Contains('\\', StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The path '{path}' holds a backslash, which DuckDB reads as a folder separator: rename it, or pass a pattern to OverParquetGlob.",
                nameof(path)
            );
        }
        if (Directory.Exists(full))
        {
            var files = Directory
                .EnumerateFiles(full, "*.parquet", SearchOption.AllDirectories)
                .ToList();
            if (files.Count == 0)
            {
                throw new ArgumentException(
                    $"The folder '{path}' holds no *.parquet file.",
                    nameof(path)
                );
            }
            files.ForEach(file => CheckParquet(file, path));
            return Path.Combine(Escape(full), "**", "*.parquet");
        }
        if (File.Exists(full))
        {
            CheckParquet(full, path);
            return Escape(full);
        }
        throw new ArgumentException(
            $"No Parquet file or folder at '{path}' (a glob pattern goes to OverParquetGlob).",
            nameof(path)
        );
    }

    /// <summary>The path as a glob that matches only itself.</summary>
    internal static string Escape(string path) =>
        string.Concat(
            path.Select(c =>
                c switch
                {
                    '*' => "[*]",
                    '?' => "[?]",
                    '[' => "[[]",
                    _ => c.ToString(),
                }
            )
        );

    /// <summary>A Parquet file starts with the four bytes PAR1.</summary>
    private static void CheckParquet(string file, string path)
    {
        Span<byte> start = stackalloc byte[4];
        using var stream = File.OpenRead(file);
        if (
            stream.ReadAtLeast(start, 4, throwOnEndOfStream: false) < 4
            || !start.SequenceEqual(Magic)
        )
        {
            throw new ArgumentException(
                $"The file '{file}' (of '{path}') is not Parquet: it does not start with PAR1.",
                nameof(path)
            );
        }
    }
}
