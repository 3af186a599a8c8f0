namespace TradeModel.Classifications;

/// <summary>
/// The Harmonized System, 2022 edition (HS 2022), as disseminated by UN Comtrade: a TOTAL root, 21 sections
/// (I–XXI), 97 chapters (2 digits), 1,229 headings (4 digits) and 5,613 subheadings (6 digits). Codes are text with
/// their leading zeros ("0101"); lookups also accept "0101.21" and "10121". Loaded on first use from tables
/// embedded in the package.
/// </summary>
/// <remarks>
/// UN Comtrade adds chapter 99 ("commodities not specified according to kind", with heading 9999 and subheading
/// 999999), which belongs to no HS section. It hangs under a synthetic section coded "NOSECTION", so that all 97
/// chapters sit at <see cref="ChapterLevel"/>; <see cref="Sections"/> lists only the 21 HS sections.
/// </remarks>
public static class HarmonizedSystem2022
{
    /// <summary>
    /// The level of sections (I–XXI). <c>Classification.AtLevel(SectionLevel)</c> has 22 categories: the 21 sections
    /// and the synthetic "NOSECTION" of UN Comtrade's chapter 99; <see cref="Sections"/> has the 21.
    /// </summary>
    public const int SectionLevel = 1;

    /// <summary>The level of chapters (2 digits).</summary>
    public const int ChapterLevel = 2;

    /// <summary>The level of headings (4 digits).</summary>
    public const int HeadingLevel = 3;

    /// <summary>The level of subheadings (6 digits).</summary>
    public const int SubheadingLevel = 4;

    private static readonly Lazy<Classification> Instance = new(HsTables.Load);

    /// <summary>The classification.</summary>
    public static Classification Classification => Instance.Value;

    /// <summary>The 21 sections of the HS, I to XXI (without the synthetic section of chapter 99).</summary>
    public static IReadOnlyList<Category> Sections =>
        [.. Classification.AtLevel(SectionLevel).Where(c => c.Code != HsTables.NoSection)];
}
