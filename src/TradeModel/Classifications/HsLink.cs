namespace TradeModel.Classifications;

/// <summary>One link of an <see cref="HsCorrelation"/>: a subheading of one edition and one of another that share content.</summary>
/// <param name="Source">The subheading in the edition converted from.</param>
/// <param name="Target">The subheading in the edition converted to.</param>
/// <param name="Relationship">How the link relates its codes, in the direction of the conversion.</param>
public sealed record HsLink(Category Source, Category Target, HsRelationship Relationship);
