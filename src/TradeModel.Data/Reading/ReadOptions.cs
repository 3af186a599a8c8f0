namespace TradeModel.Data;

/// <summary>
/// How a file is read: what to do with bad rows, and where to report progress. Each format's options derive from
/// this and add what the format needs (<c>BaciReadOptions.Classification</c>).
/// </summary>
public record ReadOptions
{
    /// <summary>Strict (the default) or collect.</summary>
    public ErrorMode Errors { get; init; } = ErrorMode.Strict;

    /// <summary>
    /// What to do with a row that repeats an earlier row's flow (the same reporter, partner, direction, category and
    /// period): keep it as a second flow (the default), or refuse it as an error naming the earlier line.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not a defined choice.</exception>
    public DuplicateRows Duplicates
    {
        get;
        init
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(Duplicates),
                    value,
                    "Repeated rows are kept or refused."
                );
            }
            field = value;
        }
    } = DuplicateRows.Keep;

    /// <summary>Where progress goes (rows, bytes, fraction of the file), or null.</summary>
    public IProgress<ReadProgress>? Progress { get; init; }

    /// <summary>How many rows between two progress reports; 100,000 by default. A last report follows the last row.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 1.</exception>
    public int ProgressEvery
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(ProgressEvery));
            field = value;
        }
    } = 100_000;

    /// <summary>
    /// In collect mode, how many errors the report keeps (1,000 by default); <see cref="ReadReport.Rejected"/> counts
    /// them all.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public int MaxErrorsKept
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(MaxErrorsKept));
            field = value;
        }
    } = 1_000;
}
