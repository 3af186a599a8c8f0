using System.Diagnostics.CodeAnalysis;
using TradeModel.Internal;

namespace TradeModel.Classifications;

/// <summary>
/// One category of a <see cref="Classification"/>: its code, name, parent, level and how it relates to its parent.
/// Categories are created by a classification and compared by reference.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CategoryJsonConverter))]
public sealed class Category
{
    /// <summary>
    /// Categories this deep or shallower keep their whole path from the root, for constant-time ancestors; deeper
    /// ones keep none, so that memory stays linear in the number of categories however deep a hierarchy goes.
    /// </summary>
    private const int PathDepth = 32;

    private Category[]? path;
    private Category[] children = [];
    private Category? parent;
    private int level;

    internal Category(
        Classification classification,
        int index,
        string code,
        string name,
        CategoryRelation relation,
        string? breakdown,
        string[] aliases
    )
    {
        Classification = classification;
        Index = index;
        Code = code;
        Name = name;
        Relation = relation;
        Breakdown = breakdown;
        Aliases = aliases;
    }

    /// <summary>The classification the category belongs to.</summary>
    public Classification Classification { get; }

    /// <summary>The canonical code, e.g. "SD" or "010121".</summary>
    public string Code { get; }

    /// <summary>Other codes the category is known by (for EBOPS 2010, the numeric MSITS code such as "4").</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The full name.</summary>
    public string Name { get; }

    /// <summary>The parent, or null for a root.</summary>
    public Category? Parent => parent;

    /// <summary>The depth: 0 for a root, 1 for its children, and so on.</summary>
    public int Level => level;

    /// <summary>How the category relates to its parent.</summary>
    public CategoryRelation Relation { get; }

    /// <summary>
    /// The name of the parent's breakdown this category is part of, when the parent has more than one (EBOPS
    /// transport "by mode" and "by type"); null for the only or main breakdown, and for "of which" and memo items.
    /// </summary>
    public string? Breakdown { get; }

    /// <summary>The categories directly under this one, in every relation.</summary>
    public IReadOnlyList<Category> Children => children;

    /// <summary>Whether the category has no children.</summary>
    public bool IsLeaf => children.Length == 0;

    /// <summary>The ancestors from the root down to the parent (empty for a root).</summary>
    public IReadOnlyList<Category> Ancestors =>
        path is not null
            ? new ArraySegment<Category>(path, 0, path.Length - 1)
            : [.. Enumerable.Range(0, level).Select(AncestorAtLevel)];

    internal int Index { get; }

    /// <summary>
    /// The ancestor at a level (or the category itself at its own level), without allocating: in constant time up to
    /// level 32, and in time proportional to the distance beyond it in deeper hierarchies.
    /// </summary>
    /// <param name="level">A level from 0 (the root) to <see cref="Level"/>.</param>
    /// <returns>The ancestor.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is negative or deeper than the category.</exception>
    public Category AncestorAtLevel(int level)
    {
        Preconditions.CheckArgumentRange(nameof(level), level, 0, Level);
        return Ancestor(level);
    }

    private Category Ancestor(int depth)
    {
        var current = this;
        while (current.path is null && current.level > depth)
        {
            current = current.parent!;
        }
        return current.level == depth ? current : current.path![depth];
    }

    /// <summary>Tries to get the ancestor at a level; false when the category is not that deep.</summary>
    /// <param name="level">The level.</param>
    /// <param name="ancestor">The ancestor, or null.</param>
    /// <returns>Whether there is one.</returns>
    public bool TryGetAncestorAtLevel(int level, [NotNullWhen(true)] out Category? ancestor)
    {
        if ((uint)level <= (uint)this.level)
        {
            ancestor = Ancestor(level);
            return true;
        }
        ancestor = null;
        return false;
    }

    /// <summary>Whether this category lies under <paramref name="ancestor"/> (in any relation), or is it.</summary>
    /// <param name="ancestor">The candidate ancestor.</param>
    /// <returns>Whether it is on the path from the root to this category.</returns>
    public bool IsWithin(Category ancestor)
    {
        Preconditions.CheckNotNull(ancestor);
        return ancestor.Level <= Level && ReferenceEquals(Ancestor(ancestor.Level), ancestor);
    }

    /// <summary>
    /// Whether the value of this category is part of the value of <paramref name="ancestor"/> through regular parts
    /// only (no "of which", memo or alternative-breakdown link on the way), i.e. whether adding it to a sum at the
    /// ancestor would be right.
    /// </summary>
    /// <param name="ancestor">The candidate ancestor.</param>
    /// <returns>Whether the category adds up into the ancestor.</returns>
    public bool AddsUpTo(Category ancestor)
    {
        if (!IsWithin(ancestor))
        {
            return false;
        }
        for (var current = this; !ReferenceEquals(current, ancestor); current = current.parent!)
        {
            if (current.Relation != CategoryRelation.Part)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Every category below this one, in every relation, depth first.</summary>
    /// <returns>The descendants.</returns>
    public IEnumerable<Category> Descendants()
    {
        foreach (var child in children)
        {
            yield return child;
            foreach (var descendant in child.Descendants())
            {
                yield return descendant;
            }
        }
    }

    /// <summary>
    /// The leaves of the main breakdown under this category: following regular parts only, the categories with no
    /// parts of their own. They partition the category: their values add up to its value. A category without parts
    /// is its own only leaf.
    /// </summary>
    /// <returns>The leaves, depth first.</returns>
    public IEnumerable<Category> Leaves()
    {
        var any = false;
        foreach (var child in children)
        {
            if (child.Relation == CategoryRelation.Part)
            {
                any = true;
                foreach (var leaf in child.Leaves())
                {
                    yield return leaf;
                }
            }
        }
        if (!any)
        {
            yield return this;
        }
    }

    /// <summary>The code and the name, e.g. "SD Travel".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} {Name}";

    /// <summary>Sets the path from the root; the parent must be linked already.</summary>
    internal void LinkParent(Category? parentCategory)
    {
        parent = parentCategory;
        level = parentCategory is null ? 0 : parentCategory.level + 1;
        path =
            parentCategory is null ? [this]
            : level <= PathDepth ? [.. parentCategory.path!, this]
            : null;
    }

    internal void SetChildren(Category[] childCategories) => children = childCategories;
}
