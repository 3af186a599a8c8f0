using TradeModel.Economies;

namespace TradeModel.Data.Baci;

/// <summary>A row of BACI's country list (<c>country_codes_V*.csv</c>): a code as the release writes it, and the economy it stands for.</summary>
/// <param name="Code">The code BACI's data files use (380 for Italy in recent releases, 381 in older ones; 490 for Other Asia, nes).</param>
/// <param name="Name">The name, as the release writes it.</param>
/// <param name="Iso2">The ISO 3166-1 alpha-2 code, or null where the release gives none.</param>
/// <param name="Iso3">The ISO 3166-1 alpha-3 code (or a BACI code such as S19 for an area), or null where the release gives none.</param>
/// <param name="Economy">
/// The economy: found by the code as a UN Comtrade or BACI number, or else by <paramref name="Iso3"/>; null for a row that
/// names neither (kept, not dropped: a flow with that code cannot be read).
/// </param>
public sealed record BaciCountry(
    int Code,
    string Name,
    string? Iso2,
    string? Iso3,
    Economy? Economy
);
