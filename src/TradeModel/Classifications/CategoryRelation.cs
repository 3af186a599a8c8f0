using TradeModel.Internal;

namespace TradeModel.Classifications;

/// <summary>How a category relates to its parent, which decides whether its value adds up into the parent's.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(EnumNameJsonConverter<CategoryRelation>))]
public enum CategoryRelation
{
    /// <summary>A top-level category: it has no parent.</summary>
    Root,

    /// <summary>A regular part of the parent's main breakdown: the parts add up to the parent.</summary>
    Part,

    /// <summary>
    /// A part of an alternative breakdown of the parent (named by <see cref="Category.Breakdown"/>): its parts also
    /// add up to the parent, but overlap the main breakdown, so they are never added to it.
    /// </summary>
    AlternativePart,

    /// <summary>An "of which" item: included in the parent's value, never added to it.</summary>
    OfWhich,

    /// <summary>A memo (supplementary) item shown with the parent but outside the hierarchy's sums.</summary>
    Memo,
}
