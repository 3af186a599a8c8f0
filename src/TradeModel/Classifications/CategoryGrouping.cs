using TradeModel.Internal;

namespace TradeModel.Classifications;

/// <summary>
/// A named set of categories of one classification that is reported as one figure, such as "knowledge-intensive
/// services". Members never overlap, so the grouping's value is the plain sum of its members' values.
/// </summary>
public sealed class CategoryGrouping
{
    /// <summary>Defines a grouping.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="members">Its categories, all of one classification, none within another.</param>
    /// <param name="note">What the definition rests on (a source, or an assumption), or null.</param>
    /// <exception cref="ArgumentException">
    /// The name is empty, there are no members, a member is null (the message gives its position), members come from
    /// different classifications, or one member is given twice or lies within another (which would count it twice);
    /// the message names them.
    /// </exception>
    public CategoryGrouping(string name, IEnumerable<Category> members, string? note = null)
    {
        Preconditions.CheckNotNull(name);
        var list = Preconditions.CheckNoNulls(members);
        Preconditions.CheckArgument(
            name.Trim().Length > 0,
            nameof(name),
            "A grouping needs a name."
        );
        Preconditions.CheckArgument(
            list.Length > 0,
            nameof(members),
            $"The grouping '{name}' has no members."
        );
        var classification = list[0].Classification;
        var set = new HashSet<Category>(ReferenceEqualityComparer.Instance);
        foreach (var member in list)
        {
            Preconditions.CheckArgument(
                ReferenceEquals(member.Classification, classification),
                nameof(members),
                $"The grouping '{name}' mixes {classification.Name} and {member.Classification.Name}."
            );
            Preconditions.CheckArgument(
                set.Add(member),
                nameof(members),
                $"In the grouping '{name}', {member.Code} is given twice and would be counted twice."
            );
        }
        foreach (var member in list)
        {
            for (var above = member.Parent; above is not null; above = above.Parent)
            {
                Preconditions.CheckArgument(
                    !set.Contains(above),
                    nameof(members),
                    $"In the grouping '{name}', {member.Code} lies within {above.Code} and would be counted twice."
                );
            }
        }
        Name = name;
        Members = list;
        Classification = classification;
        Note = note;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The member categories.</summary>
    public IReadOnlyList<Category> Members { get; }

    /// <summary>The classification of the members.</summary>
    public Classification Classification { get; }

    /// <summary>What the definition rests on, or null.</summary>
    public string? Note { get; }

    /// <summary>Whether a category is a member or lies within one.</summary>
    /// <param name="category">The category.</param>
    /// <returns>Whether it belongs to the grouping.</returns>
    public bool Contains(Category category)
    {
        Preconditions.CheckNotNull(category);
        foreach (var member in Members)
        {
            if (category.IsWithin(member))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"knowledge-intensive services = SF + SG + SH + SI + SJ + SK".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Name} = {string.Join(" + ", Members.Select(m => m.Code))}";
}
