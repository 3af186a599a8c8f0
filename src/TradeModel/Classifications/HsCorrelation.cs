using System.Globalization;
using TradeModel.Internal;

namespace TradeModel.Classifications;

/// <summary>
/// The correlation of the subheadings of two HS editions, from the UNSD correlation tables embedded in the package:
/// direct tables where UNSD publishes them (HS 2022 with every earlier edition, and each edition with the one before),
/// composed through the editions in between otherwise. Values move from one edition to the other with
/// <see cref="Convert"/>, conserved to the smallest unit.
/// </summary>
/// <remarks>
/// <para>
/// UNSD publishes each table from the newer edition to the older one; a correlation the other way uses the same pairs
/// turned round. The <see cref="HsLink.Relationship"/> of each link is derived from the links themselves, in the
/// direction of the correlation: how many targets its source has, and how many sources its target has.
/// </para>
/// <para>
/// Codes a table names that an edition does not have (UN Comtrade's 999999; HS 2007 291636 in one table) are listed in
/// <see cref="UnknownCodes"/>; subheadings of the source edition that no link reaches (HS 2017 300219, the legacy
/// codes 271011–271099 of HS 1992 and 1996) in <see cref="Unmapped"/>. A composed correlation can differ from a
/// direct one where UNSD's tables do not compose exactly; both conserve value.
/// </para>
/// </remarks>
public sealed class HsCorrelation
{
    private static readonly int[] Years = [1992, 1996, 2002, 2007, 2012, 2017, 2022];
    private readonly Dictionary<Category, Category[]> targetsOf;
    private readonly Lazy<Dictionary<(Category, Category), HsRelationship>> relationships;

    private HsCorrelation(
        Classification source,
        Classification target,
        IEnumerable<(string From, string To)> pairs
    )
    {
        Source = source;
        Target = target;
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        var links = new List<(Category From, Category To)>();
        var seen = new HashSet<(Category, Category)>();
        foreach (var (from, to) in pairs)
        {
            var known = true;
            if (!source.TryGet(from, out var s) || s.Code.Length != 6)
            {
                unknown.Add($"{source.Name} {from}");
                known = false;
            }
            if (!target.TryGet(to, out var t) || t.Code.Length != 6)
            {
                unknown.Add($"{target.Name} {to}");
                known = false;
            }
            if (known && seen.Add((s!, t!)))
            {
                links.Add((s!, t!));
            }
        }
        var outDegree = links.GroupBy(l => l.From).ToDictionary(g => g.Key, g => g.Count());
        var inDegree = links.GroupBy(l => l.To).ToDictionary(g => g.Key, g => g.Count());
        Links =
        [
            .. links.Select(l => new HsLink(
                l.From,
                l.To,
                (outDegree[l.From], inDegree[l.To]) switch
                {
                    (1, 1) => HsRelationship.OneToOne,
                    (_, 1) => HsRelationship.OneToMany,
                    (1, _) => HsRelationship.ManyToOne,
                    _ => HsRelationship.ManyToMany,
                }
            )),
        ];
        targetsOf = links
            .GroupBy(l => l.From)
            .ToDictionary(g => g.Key, g => g.Select(l => l.To).ToArray());
        UnknownCodes = [.. unknown];
        relationships = new(() =>
            Links.ToDictionary(l => (l.Source, l.Target), l => l.Relationship)
        );
        Unmapped =
        [
            .. source.Categories.Where(c =>
                c.Code.Length == 6 && char.IsAsciiDigit(c.Code[0]) && !targetsOf.ContainsKey(c)
            ),
        ];
    }

    /// <summary>The edition converted from.</summary>
    public Classification Source { get; }

    /// <summary>The edition converted to.</summary>
    public Classification Target { get; }

    /// <summary>Every link, each with its relationship.</summary>
    public IReadOnlyList<HsLink> Links { get; }

    /// <summary>Codes the tables name that the editions do not have, as "HS 2007 291636".</summary>
    public IReadOnlyList<string> UnknownCodes { get; }

    /// <summary>Subheadings of the source edition that no link reaches.</summary>
    public IReadOnlyList<Category> Unmapped { get; }

    /// <summary>The targets of a source subheading, or null when it has no link.</summary>
    internal Category[]? TargetsOf(Category source) => targetsOf.GetValueOrDefault(source);

    /// <summary>The relationship of the link between two subheadings.</summary>
    internal HsRelationship RelationshipOf(Category source, Category target) =>
        relationships.Value[(source, target)];

    /// <summary>The correlation from one edition to another.</summary>
    /// <param name="fromYear">The edition converted from: 1992, 1996, 2002, 2007, 2012, 2017 or 2022.</param>
    /// <param name="toYear">The edition converted to.</param>
    /// <returns>The correlation: direct where UNSD publishes a table, composed otherwise.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A year is not an edition, or both are the same.</exception>
    public static HsCorrelation Between(int fromYear, int toYear)
    {
        var source = HarmonizedSystem.Edition(fromYear);
        var target = HarmonizedSystem.Edition(toYear);
        Preconditions.CheckArgument(
            fromYear != toYear,
            nameof(toYear),
            $"Both editions are HS {fromYear}."
        );
        return new HsCorrelation(source, target, Pairs(fromYear, toYear));
    }

    /// <summary>
    /// Moves values of subheadings of <see cref="Source"/> to subheadings of <see cref="Target"/>: each value is split
    /// between its source's targets by <paramref name="weights"/>, with <see cref="Money.Allocate"/>, so the parts add up
    /// to it exactly; a target receiving from several sources gets their sum.
    /// </summary>
    /// <param name="values">Values of subheadings of the source edition (roll up to chapters afterwards, in the target edition).</param>
    /// <param name="weights">How to split; <see cref="HsWeights.Equal"/> when null.</param>
    /// <returns>The values in the target edition, with the account of where the value went.</returns>
    /// <exception cref="ArgumentException">The values are of another classification, or give a value to a category that is not a subheading.</exception>
    public HsConversion Convert(CategoryValues values, HsWeights? weights = null)
    {
        Preconditions.CheckNotNull(values);
        Preconditions.CheckArgument(
            ReferenceEquals(values.Classification, Source),
            nameof(values),
            $"The values are of {values.Classification.Name}, not {Source.Name}."
        );
        weights ??= HsWeights.Equal;
        var sums = new Dictionary<Category, Money>();
        var through = Enum.GetValues<HsRelationship>()
            .ToDictionary(r => r, _ => Money.Zero(values.Currency));
        var unmapped = Money.Zero(values.Currency);
        var unmappedCodes = new List<Category>();
        foreach (var (category, value) in values.Given)
        {
            Preconditions.CheckArgument(
                category.Code.Length == 6,
                nameof(values),
                $"{category.Code} is not a subheading: convert subheadings, then roll up in {Target.Name}."
            );
            if (!targetsOf.TryGetValue(category, out var targets))
            {
                unmapped += value;
                unmappedCodes.Add(category);
                continue;
            }
            var parts = value.Allocate(weights.RatiosFor(targets));
            for (var i = 0; i < targets.Length; i++)
            {
                sums[targets[i]] = sums.TryGetValue(targets[i], out var sum)
                    ? sum + parts[i]
                    : parts[i];
                var kind = RelationshipOf(category, targets[i]);
                through[kind] += parts[i];
            }
        }
        var result = new CategoryValues(Target, values.Currency);
        foreach (var (category, sum) in sums)
        {
            result.Set(category, sum);
        }
        return new HsConversion(result, through, unmapped, unmappedCodes);
    }

    /// <summary>The (source code, target code) pairs: one table, turned round if needed, or a chain of them composed.</summary>
    private static IEnumerable<(string, string)> Pairs(int fromYear, int toYear)
    {
        if (
            fromYear == 2022
            || toYear == 2022
            || Math.Abs(Array.IndexOf(Years, fromYear) - Array.IndexOf(Years, toYear)) == 1
        )
        {
            return Table(fromYear, toYear);
        }
        var step = fromYear < toYear ? 1 : -1;
        IEnumerable<(string From, string To)> composed = Table(
            fromYear,
            Years[Array.IndexOf(Years, fromYear) + step]
        );
        for (
            var i = Array.IndexOf(Years, fromYear) + step;
            i != Array.IndexOf(Years, toYear);
            i += step
        )
        {
            var next = Table(Years[i], Years[i + step])
                .ToLookup(p => p.From, p => p.To, StringComparer.Ordinal);
            composed = composed
                .SelectMany(p => next[p.To].Select(to => (p.From, to)))
                .Distinct()
                .ToList();
        }
        return composed;
    }

    /// <summary>A UNSD table between two editions it covers directly, in the direction asked for.</summary>
    private static IEnumerable<(string From, string To)> Table(int fromYear, int toYear)
    {
        var (newer, older) = fromYear > toYear ? (fromYear, toYear) : (toYear, fromYear);
        var rows = EmbeddedData
            .ReadCsv(string.Create(CultureInfo.InvariantCulture, $"hs{newer}-to-hs{older}.csv"))
            .Skip(1)
            .Select(r => (Newer: r[0], Older: r[1]));
        return fromYear > toYear
            ? rows.Select(r => (r.Newer, r.Older))
            : rows.Select(r => (r.Older, r.Newer));
    }
}
