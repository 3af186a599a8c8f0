using System.Globalization;
using TradeModel.Internal;

namespace TradeModel.Classifications;

/// <summary>
/// A mapping from one classification to another: one-to-one, many-to-one, and one-to-many with weights. For every
/// source code the weights sum to exactly 1, so applying the concordance conserves the total to the minor unit.
/// </summary>
public sealed class Concordance
{
    private readonly Dictionary<Category, (Category[] Targets, decimal[] Weights)> links = [];

    /// <summary>Creates a concordance and checks it.</summary>
    /// <param name="source">The classification mapped from.</param>
    /// <param name="target">The classification mapped to.</param>
    /// <param name="links">The links.</param>
    /// <exception cref="ArgumentException">
    /// A link has no code (such as <c>default(ConcordanceLink)</c>; the message gives its position, from 1), a code is
    /// unknown, a weight is not in (0, 1], a link is repeated, or the weights of a source code do not sum to 1. Every
    /// offending code is named, with the sum of its weights.
    /// </exception>
    public Concordance(
        Classification source,
        Classification target,
        IEnumerable<ConcordanceLink> links
    )
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckNotNull(target);
        Preconditions.CheckNotNull(links);
        Source = source;
        Target = target;
        var problems = new List<string>();
        var grouped = new Dictionary<Category, List<(Category Target, decimal Weight)>>();
        var number = 0;
        foreach (var link in links)
        {
            number++;
            if (Resolve(link, number, problems) is not var (from, to))
            {
                continue;
            }
            if (!grouped.TryGetValue(from, out var list))
            {
                grouped[from] = list = [];
            }
            if (list.Any(l => ReferenceEquals(l.Target, to)))
            {
                problems.Add($"{from.Code} → {to.Code} is given twice");
            }
            list.Add((to, link.Weight));
        }
        foreach (var (from, list) in grouped)
        {
            var sum = list.Sum(l => l.Weight);
            if (sum != 1m)
            {
                problems.Add(Errors.Format($"the weights of {from.Code} sum to {sum}, not 1"));
            }
            this.links[from] = ([.. list.Select(l => l.Target)], [.. list.Select(l => l.Weight)]);
        }
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"The concordance {source.Name} → {target.Name} is invalid: {string.Join("; ", problems)}.",
                nameof(links)
            );
        }
    }

    /// <summary>The classification mapped from.</summary>
    public Classification Source { get; }

    /// <summary>The classification mapped to.</summary>
    public Classification Target { get; }

    /// <summary>The targets of a source category with their weights; empty when it is not mapped.</summary>
    /// <param name="source">A source category.</param>
    /// <returns>The targets and weights.</returns>
    public IReadOnlyList<(Category Target, decimal Weight)> TargetsOf(Category source)
    {
        Preconditions.CheckNotNull(source);
        return links.TryGetValue(source, out var l) ? [.. l.Targets.Zip(l.Weights)] : [];
    }

    /// <summary>
    /// Maps values to the target classification. Each given source value is split over its targets with
    /// <see cref="Money.Allocate(ReadOnlySpan{decimal})"/>, so nothing is lost or invented: the target values add
    /// up to the source values exactly.
    /// </summary>
    /// <param name="values">Values over <see cref="Source"/>, none given for a category within another given one.</param>
    /// <returns>Values over <see cref="Target"/>.</returns>
    /// <exception cref="ArgumentException">
    /// The values are over another classification, a given category lies within another (it would be mapped
    /// twice), or a given category has no mapping; the message names it.
    /// </exception>
    public CategoryValues Apply(CategoryValues values)
    {
        Preconditions.CheckNotNull(values);
        Preconditions.CheckArgument(
            ReferenceEquals(values.Classification, Source),
            nameof(values),
            $"The values are over {values.Classification.Name}, not {Source.Name}."
        );
        var given = values.Given.ToList();
        var givenSet = given.Select(g => g.Category).ToHashSet();
        var result = new Dictionary<Category, Money>();
        foreach (var (category, value) in given)
        {
            foreach (var ancestor in category.Ancestors)
            {
                Preconditions.CheckArgument(
                    !givenSet.Contains(ancestor),
                    nameof(values),
                    $"{category.Code} lies within {ancestor.Code}; both have values, so mapping both would count it twice."
                );
            }
            if (!links.TryGetValue(category, out var l))
            {
                throw new ArgumentException(
                    $"{category.Code} has no mapping to {Target.Name}.",
                    nameof(values)
                );
            }
            var parts = value.Allocate(l.Weights);
            for (var i = 0; i < parts.Length; i++)
            {
                result[l.Targets[i]] = result.TryGetValue(l.Targets[i], out var existing)
                    ? existing + parts[i]
                    : parts[i];
            }
        }
        var mapped = new CategoryValues(Target, values.Currency);
        foreach (var (category, value) in result)
        {
            mapped.Set(category, value);
        }
        return mapped;
    }

    /// <summary>The categories a link joins, or null after noting in <paramref name="problems"/> what is wrong with it.</summary>
    private (Category From, Category To)? Resolve(
        ConcordanceLink link,
        int number,
        List<string> problems
    )
    {
        if (
            string.IsNullOrWhiteSpace(link.SourceCode) || string.IsNullOrWhiteSpace(link.TargetCode)
        )
        {
            problems.Add(
                Errors.Format(
                    $"link {number} has no {(string.IsNullOrWhiteSpace(link.SourceCode) ? "source" : "target")} code"
                )
            );
            return null;
        }
        var from = Source.TryGet(link.SourceCode, out var s) ? s : null;
        var to = Target.TryGet(link.TargetCode, out var t) ? t : null;
        if (from is null)
        {
            problems.Add($"'{link.SourceCode}' is not a category of {Source.Name}");
        }
        if (to is null)
        {
            problems.Add($"'{link.TargetCode}' is not a category of {Target.Name}");
        }
        if (link.Weight <= 0m || link.Weight > 1m)
        {
            problems.Add(
                Errors.Format(
                    $"{link.SourceCode} → {link.TargetCode} has weight {link.Weight}, outside (0, 1]"
                )
            );
        }
        return from is null || to is null ? null : (from, to);
    }
}
