using System.Globalization;

namespace TradeModel.Data;

/// <summary>
/// What a read did: rows read = accepted + rejected, always; the errors of rejected rows (the first
/// <see cref="ReadOptions.MaxErrorsKept"/> of them); and notes on what was done to accepted rows (a quantity taken
/// from the net weight, aggregates kept apart).
/// </summary>
public sealed class ReadReport
{
    private readonly List<RowError> errors = [];
    private readonly Dictionary<string, long> notes = new(StringComparer.Ordinal);
    private readonly int maxErrors;

    internal ReadReport(string source, int maxErrors)
    {
        Source = source;
        this.maxErrors = maxErrors;
    }

    /// <summary>The file name or the name the caller gave the source.</summary>
    public string Source { get; }

    /// <summary>Data rows read (blank lines are not rows).</summary>
    public long RowsRead => Accepted + Rejected;

    /// <summary>Rows that became flows.</summary>
    public long Accepted { get; private set; }

    /// <summary>Rows refused, each with an error (in collect mode; strict mode throws at the first).</summary>
    public long Rejected { get; private set; }

    /// <summary>The errors of rejected rows, in file order, at most <see cref="ReadOptions.MaxErrorsKept"/>.</summary>
    public IReadOnlyList<RowError> Errors => errors;

    /// <summary>Counts of things done to accepted rows, by description ("quantity from net weight (kg)": 12).</summary>
    public IReadOnlyDictionary<string, long> Notes => notes;

    internal void Accept() => Accepted++;

    internal void Reject(RowError error)
    {
        Rejected++;
        if (errors.Count < maxErrors)
        {
            errors.Add(error);
        }
    }

    /// <summary>Adds another source's counts, errors (up to the limit) and notes: one report for many files.</summary>
    internal void Add(ReadReport other)
    {
        Accepted += other.Accepted;
        Rejected += other.Rejected;
        errors.AddRange(other.errors.Take(maxErrors - errors.Count));
        foreach (var (what, count) in other.notes)
        {
            notes[what] = notes.GetValueOrDefault(what) + count;
        }
    }

    internal void Note(string what) => notes[what] = notes.GetValueOrDefault(what) + 1;

    /// <summary>"BACI_HS22_Y2024.csv: 1,000 rows read, 998 accepted, 2 rejected."</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Source}: {RowsRead:N0} rows read, {Accepted:N0} accepted, {Rejected:N0} rejected."
        );
}
