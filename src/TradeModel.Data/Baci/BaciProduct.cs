using TradeModel.Classifications;

namespace TradeModel.Data.Baci;

/// <summary>A row of BACI's product list (<c>product_codes_HS*_V*.csv</c>): an HS code, its description, and its category.</summary>
/// <param name="Code">The six-digit code, with its leading zero (a code the file wrote as 10121 is 010121).</param>
/// <param name="Description">The description, as the release writes it.</param>
/// <param name="Category">The category in the classification the list was read in, or null when it has no such code.</param>
public sealed record BaciProduct(string Code, string Description, Category? Category);
