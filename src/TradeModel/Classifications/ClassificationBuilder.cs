using System.Globalization;
using TradeModel.Internal;

namespace TradeModel.Classifications;

/// <summary>
/// Builds a custom classification in code (TradeModel.Data reads one from CSV with ClassificationCsv). Nothing is
/// checked until <see cref="Build"/>, which reports every problem at once.
/// </summary>
public sealed class ClassificationBuilder
{
    private readonly List<Entry> entries = [];

    /// <summary>Starts a classification.</summary>
    /// <param name="name">Its name, e.g. "EBOPS 2010".</param>
    /// <param name="version">Its version, e.g. "2010"; may be empty.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public ClassificationBuilder(string name, string version)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckNotNull(version);
        Preconditions.CheckArgument(
            name.Trim().Length > 0,
            nameof(name),
            "A classification needs a name."
        );
        Name = name;
        Version = version;
    }

    /// <summary>The classification's name.</summary>
    public string Name { get; }

    /// <summary>The classification's version.</summary>
    public string Version { get; }

    internal Classification.CodeNormalizer? Normalizer { get; set; }

    /// <summary>Adds a category. The parent may be added later.</summary>
    /// <param name="code">The code; compared ignoring case.</param>
    /// <param name="name">The name.</param>
    /// <param name="parentCode">The parent's code, or null for a root.</param>
    /// <param name="relation">How it relates to the parent; <see cref="CategoryRelation.Root"/> exactly when there is no parent.</param>
    /// <param name="breakdown">The name of the parent's breakdown it belongs to, when the parent has several.</param>
    /// <returns>This builder.</returns>
    public ClassificationBuilder Add(
        string code,
        string name,
        string? parentCode,
        CategoryRelation relation = CategoryRelation.Part,
        string? breakdown = null
    ) => Add(code, name, parentCode, relation, breakdown, [], entries.Count + 1);

    internal ClassificationBuilder Add(
        string code,
        string name,
        string? parentCode,
        CategoryRelation relation,
        string? breakdown,
        string[] aliases,
        int line
    )
    {
        entries.Add(
            new Entry(
                code ?? string.Empty,
                name ?? string.Empty,
                parentCode,
                relation,
                breakdown,
                aliases,
                line
            )
        );
        return this;
    }

    /// <summary>Checks every entry and builds the classification.</summary>
    /// <returns>The classification.</returns>
    /// <exception cref="InvalidClassificationException">
    /// Any entry has an empty code, a duplicate code, an unknown parent, a relation that does not fit (a root
    /// relation with a parent, or the other way round), or lies on a cycle (including being its own parent).
    /// Every problem is listed, each with its line.
    /// </exception>
    public Classification Build()
    {
        var problems = new List<ClassificationProblem>();
        var byCode = IndexCodes(problems);
        CheckParents(byCode, problems);
        ReportCycles(byCode, problems);
        if (problems.Count > 0)
        {
            throw new InvalidClassificationException(Name, [.. problems.OrderBy(p => p.Line)]);
        }
        return Classification.Create(this, OrderParentsFirst(byCode));
    }

    /// <summary>The entries by code and alias, noting empty and duplicate codes.</summary>
    private Dictionary<string, Entry> IndexCodes(List<ClassificationProblem> problems)
    {
        var byCode = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            if (entry.Code.Trim().Length == 0)
            {
                problems.Add(new(entry.Line, entry.Code, "the code is empty."));
            }
            else if (!byCode.TryAdd(entry.Code.Trim(), entry))
            {
                problems.Add(
                    new(
                        entry.Line,
                        entry.Code,
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"duplicate code, first on line {byCode[entry.Code.Trim()].Line}."
                        )
                    )
                );
            }
            foreach (var alias in entry.Aliases)
            {
                if (!byCode.TryAdd(alias, entry))
                {
                    problems.Add(new(entry.Line, alias, "duplicate alias."));
                }
            }
        }
        return byCode;
    }

    /// <summary>Notes unknown parents, self-parents, roots with parents and undefined relations.</summary>
    private void CheckParents(
        Dictionary<string, Entry> byCode,
        List<ClassificationProblem> problems
    )
    {
        foreach (var entry in entries)
        {
            var hasParent = !string.IsNullOrWhiteSpace(entry.ParentCode);
            if (hasParent && !byCode.ContainsKey(entry.ParentCode!.Trim()))
            {
                problems.Add(new(entry.Line, entry.Code, $"unknown parent '{entry.ParentCode}'."));
            }
            if (
                hasParent
                && entry
                    .ParentCode!.Trim()
                    .Equals(entry.Code.Trim(), StringComparison.OrdinalIgnoreCase)
            )
            {
                problems.Add(new(entry.Line, entry.Code, "the category is its own parent."));
            }
            if (hasParent == (entry.Relation == CategoryRelation.Root))
            {
                problems.Add(
                    new(
                        entry.Line,
                        entry.Code,
                        hasParent
                            ? "a category with a parent cannot be a root."
                            : "a category without a parent must be a root."
                    )
                );
            }
            if (!Enum.IsDefined(entry.Relation))
            {
                problems.Add(
                    new(entry.Line, entry.Code, $"{(int)entry.Relation} is not a CategoryRelation.")
                );
            }
        }
    }

    /// <summary>
    /// Notes every entry that is its own ancestor. Each entry's parent chain is walked once (entries already settled
    /// are not walked again), so this takes time linear in the entries however deep the hierarchy.
    /// </summary>
    private void ReportCycles(
        Dictionary<string, Entry> byCode,
        List<ClassificationProblem> problems
    )
    {
        var state = new Dictionary<Entry, Walk>(ReferenceEqualityComparer.Instance);
        var path = new List<Entry>();
        foreach (var entry in entries)
        {
            path.Clear();
            var current = entry;
            while (!state.ContainsKey(current))
            {
                state[current] = Walk.OnPath;
                path.Add(current);
                if (ParentOf(current, byCode) is not { } next)
                {
                    break;
                }
                if (state.TryGetValue(next, out var seen) && seen == Walk.OnPath)
                {
                    // The walk came back to an entry of its own path: from there on, the path is a cycle.
                    foreach (var member in path[path.IndexOf(next)..])
                    {
                        problems.Add(
                            new(
                                member.Line,
                                member.Code,
                                "the category is its own ancestor (a cycle)."
                            )
                        );
                    }
                    break;
                }
                current = next;
            }
            foreach (var walked in path)
            {
                state[walked] = Walk.Done;
            }
        }
    }

    /// <summary>The entries with every parent before its children, iteratively (no recursion, however deep).</summary>
    private List<Entry> OrderParentsFirst(Dictionary<string, Entry> byCode)
    {
        var ordered = new List<Entry>(entries.Count);
        var done = new HashSet<Entry>(ReferenceEqualityComparer.Instance);
        var chain = new Stack<Entry>();
        foreach (var entry in entries)
        {
            for (
                var current = entry;
                current is not null && !done.Contains(current);
                current = ParentOf(current, byCode)
            )
            {
                chain.Push(current);
            }
            while (chain.TryPop(out var next))
            {
                done.Add(next);
                ordered.Add(next);
            }
        }
        return ordered;
    }

    private static Entry? ParentOf(Entry entry, Dictionary<string, Entry> byCode) =>
        entry.ParentCode is { } parent
        && byCode.TryGetValue(parent.Trim(), out var next)
        && !ReferenceEquals(next, entry)
            ? next
            : null;

    private enum Walk
    {
        OnPath,
        Done,
    }

    internal sealed record Entry(
        string Code,
        string Name,
        string? ParentCode,
        CategoryRelation Relation,
        string? Breakdown,
        string[] Aliases,
        int Line
    );
}
