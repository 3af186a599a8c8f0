using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TradeModel.Internal;

namespace TradeModel.Classifications;

/// <summary>
/// A classification of trade: a named, versioned set of categories arranged as a hierarchy that need not be a
/// simple tree (alternative breakdowns, "of which" and memo items; see <see cref="CategoryRelation"/>). EBOPS 2010
/// and HS 2022 are built in (<see cref="Ebops2010"/>, <see cref="HarmonizedSystem2022"/>); others are made with a
/// <see cref="ClassificationBuilder"/> or read from CSV. Immutable and thread-safe.
/// </summary>
public sealed partial class Classification
{
    private readonly Dictionary<string, Category> byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Category>.AlternateLookup<ReadOnlySpan<char>> byCodeSpan;
    private readonly CodeNormalizer? normalizer;
    private Category[] categories = [];

    private Classification(string name, string version, CodeNormalizer? normalizer)
    {
        Name = name;
        Version = version;
        this.normalizer = normalizer;
        byCodeSpan = byCode.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Rewrites a code into its canonical form in <paramref name="output"/>; returns the length, or −1.</summary>
    internal delegate int CodeNormalizer(ReadOnlySpan<char> input, Span<char> output);

    /// <summary>The name, e.g. "EBOPS 2010".</summary>
    public string Name { get; }

    /// <summary>The version, e.g. "2010".</summary>
    public string Version { get; }

    /// <summary>Every category, each after its parent.</summary>
    public IReadOnlyList<Category> Categories => categories;

    /// <summary>The categories without a parent.</summary>
    public IReadOnlyList<Category> Roots { get; private set; } = [];

    /// <summary>The deepest level of any category (0 when all are roots).</summary>
    public int MaxLevel { get; private set; }

    /// <summary>The category with a code or alias, in constant time.</summary>
    /// <param name="code">The code; case is ignored and the classification's normalisation applies (HS: "10121" finds "010121").</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No category has that code; the message names the code and the classification.</exception>
    public Category this[string code] => Get(code);

    /// <inheritdoc cref="this[string]"/>
    public Category Get(string code)
    {
        Preconditions.CheckNotNull(code);
        return TryGet(code, out var category)
            ? category
            : throw new ArgumentException($"'{code}' is not a category of {Name}.", nameof(code));
    }

    /// <summary>Tries to find the category with a code or alias, without allocating.</summary>
    /// <param name="code">The code.</param>
    /// <param name="category">The category, or null.</param>
    /// <returns>Whether one was found.</returns>
    public bool TryGet(ReadOnlySpan<char> code, [NotNullWhen(true)] out Category? category)
    {
        if (byCodeSpan.TryGetValue(code, out category))
        {
            return true;
        }
        var trimmed = code.Trim();
        if (trimmed.Length != code.Length && byCodeSpan.TryGetValue(trimmed, out category))
        {
            return true;
        }
        if (normalizer is not null && trimmed.Length <= 32)
        {
            Span<char> buffer = stackalloc char[32];
            var length = normalizer(trimmed, buffer);
            if (length > 0 && byCodeSpan.TryGetValue(buffer[..length], out category))
            {
                return true;
            }
        }
        category = null;
        return false;
    }

    /// <summary>The categories at a level, in order.</summary>
    /// <param name="level">The level, 0 for roots.</param>
    /// <returns>The categories.</returns>
    public IEnumerable<Category> AtLevel(int level) => categories.Where(c => c.Level == level);

    /// <summary>"EBOPS 2010 (152 categories)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name} ({categories.Length} categories)");

    internal static Classification Create(
        ClassificationBuilder builder,
        List<ClassificationBuilder.Entry> ordered
    )
    {
        var classification = new Classification(builder.Name, builder.Version, builder.Normalizer);
        var list = new Category[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            var e = ordered[i];
            var category = new Category(
                classification,
                i,
                e.Code.Trim(),
                e.Name.Trim(),
                e.Relation,
                e.Breakdown,
                e.Aliases
            );
            list[i] = category;
            classification.byCode.Add(category.Code, category);
            foreach (var alias in e.Aliases)
            {
                classification.byCode.Add(alias, category);
            }
        }
        var childLists = list.ToDictionary(c => c, _ => new List<Category>());
        for (var i = 0; i < ordered.Count; i++)
        {
            var parent =
                ordered[i].ParentCode is { } p && !string.IsNullOrWhiteSpace(p)
                    ? classification.byCode[p.Trim()]
                    : null;
            list[i].LinkParent(parent);
            if (parent is not null)
            {
                childLists[parent].Add(list[i]);
            }
        }
        foreach (var category in list)
        {
            category.SetChildren([.. childLists[category]]);
        }
        classification.categories = list;
        classification.Roots = [.. list.Where(c => c.Parent is null)];
        classification.MaxLevel = list.Length == 0 ? 0 : list.Max(c => c.Level);
        classification.BuildRollUpPlan();
        return classification;
    }
}
