using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Internal;

namespace TradeModel.Analysis;

/// <summary>
/// One thing to group flows by: the period (or its year), the reporter or partner (or the economy groups that cover
/// them), the direction, or the category (as stored, at a level of its hierarchy, or by named groupings).
/// </summary>
/// <remarks>
/// Economy groups and category groupings may overlap: a flow then counts in every group that covers it, as the
/// published tables do (a country in two regions adds to both). Flows that no group covers, or whose category has no
/// ancestor at the level asked for, fall in no cell and are counted in <see cref="FlowCube.FlowsOutside"/>.
/// </remarks>
public sealed class FlowDimension : IEquatable<FlowDimension>
{
    private FlowDimension(
        FlowDimensionKind kind,
        int level = -1,
        IReadOnlyList<Economy>? economyGroups = null,
        IReadOnlyList<CategoryGrouping>? groupings = null
    )
    {
        Kind = kind;
        Level = level;
        EconomyGroups = economyGroups ?? [];
        CategoryGroupings = groupings ?? [];
    }

    /// <summary>By reference period, as stored.</summary>
    public static FlowDimension Period { get; } = new(FlowDimensionKind.Period);

    /// <summary>By calendar year: the flows of months and quarters add up to their year.</summary>
    public static FlowDimension Year { get; } = new(FlowDimensionKind.Year);

    /// <summary>By reporting economy.</summary>
    public static FlowDimension Reporter { get; } = new(FlowDimensionKind.Reporter);

    /// <summary>By partner economy.</summary>
    public static FlowDimension Partner { get; } = new(FlowDimensionKind.Partner);

    /// <summary>By direction (exports, imports, re-exports, re-imports).</summary>
    public static FlowDimension Direction { get; } = new(FlowDimensionKind.Direction);

    /// <summary>By category, as stored.</summary>
    public static FlowDimension Category { get; } = new(FlowDimensionKind.Category);

    /// <summary>What the dimension groups by.</summary>
    public FlowDimensionKind Kind { get; }

    /// <summary>The level of the hierarchy for <see cref="FlowDimensionKind.CategoryLevel"/>; −1 otherwise.</summary>
    public int Level { get; }

    /// <summary>The groups for <see cref="FlowDimensionKind.ReporterGroup"/> and <see cref="FlowDimensionKind.PartnerGroup"/>; empty otherwise.</summary>
    public IReadOnlyList<Economy> EconomyGroups { get; }

    /// <summary>The groupings for <see cref="FlowDimensionKind.CategoryGrouping"/>; empty otherwise.</summary>
    public IReadOnlyList<CategoryGrouping> CategoryGroupings { get; }

    /// <summary>By the category's ancestor at a level of its hierarchy (<see cref="HarmonizedSystem2022.ChapterLevel"/> for HS chapters, say), through regular parts only (never "of which" items).</summary>
    /// <param name="level">The level, 0 for roots.</param>
    /// <returns>The dimension.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is negative.</exception>
    public static FlowDimension CategoryAtLevel(int level)
    {
        Preconditions.CheckArgumentRange(nameof(level), level, 0, 1_000_000);
        return new FlowDimension(FlowDimensionKind.CategoryLevel, level);
    }

    /// <summary>By named groupings of categories (knowledge-intensive services, say); a category in two groupings counts in both.</summary>
    /// <param name="groupings">The groupings, at least one, all of one classification.</param>
    /// <returns>The dimension.</returns>
    /// <exception cref="ArgumentException">No grouping is given, or they are of different classifications.</exception>
    public static FlowDimension ByGroupings(params IEnumerable<CategoryGrouping> groupings)
    {
        Preconditions.CheckNotNull(groupings);
        var list = groupings.ToArray();
        Preconditions.CheckArgument(
            list.Length > 0,
            nameof(groupings),
            "Give at least one grouping."
        );
        Preconditions.CheckArgument(
            list.All(g =>
                g is not null && ReferenceEquals(g.Classification, list[0].Classification)
            ),
            nameof(groupings),
            "The groupings must all be non-null and of one classification."
        );
        return new FlowDimension(FlowDimensionKind.CategoryGrouping, groupings: list);
    }

    /// <summary>By groups of reporters (regions, user-defined groups): each flow counts in every group that covers its reporter.</summary>
    /// <param name="groups">The groups, at least one (a single economy counts as a group of itself).</param>
    /// <returns>The dimension.</returns>
    /// <exception cref="ArgumentException">No group is given, or one is null.</exception>
    public static FlowDimension ReporterGroups(params IEnumerable<Economy> groups) =>
        new(FlowDimensionKind.ReporterGroup, economyGroups: CheckGroups(groups));

    /// <summary>By groups of partners (regions, user-defined groups): each flow counts in every group that covers its partner.</summary>
    /// <param name="groups">The groups, at least one (a single economy counts as a group of itself).</param>
    /// <returns>The dimension.</returns>
    /// <exception cref="ArgumentException">No group is given, or one is null.</exception>
    public static FlowDimension PartnerGroups(params IEnumerable<Economy> groups) =>
        new(FlowDimensionKind.PartnerGroup, economyGroups: CheckGroups(groups));

    private static Economy[] CheckGroups(IEnumerable<Economy> groups)
    {
        Preconditions.CheckNotNull(groups);
        var list = groups.ToArray();
        Preconditions.CheckArgument(
            list.Length > 0 && list.All(g => g is not null),
            nameof(groups),
            "Give at least one group, none of them null."
        );
        return list;
    }

    /// <summary>Whether two dimensions group alike.</summary>
    /// <param name="other">The other dimension.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(FlowDimension? other) =>
        other is not null
        && Kind == other.Kind
        && Level == other.Level
        && EconomyGroups.SequenceEqual(other.EconomyGroups)
        && CategoryGroupings.SequenceEqual(other.CategoryGroupings);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FlowDimension);

    /// <summary>Whether two dimensions group alike.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(FlowDimension? left, FlowDimension? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Whether two dimensions group differently.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(FlowDimension? left, FlowDimension? right) => !(left == right);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Kind, Level, EconomyGroups.Count, CategoryGroupings.Count);

    /// <summary>The dimension as text: <c>CategoryLevel(0)</c>, <c>PartnerGroup(3 groups)</c>, <c>Reporter</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Kind switch
        {
            FlowDimensionKind.CategoryLevel => $"CategoryLevel({Level})",
            FlowDimensionKind.ReporterGroup or FlowDimensionKind.PartnerGroup =>
                $"{Kind}({EconomyGroups.Count} groups)",
            FlowDimensionKind.CategoryGrouping =>
                $"CategoryGrouping({string.Join(", ", CategoryGroupings.Select(g => g.Name))})",
            _ => Kind.ToString(),
        };
}
