namespace TradeModel.Classifications;

/// <summary>
/// The editions ("vintages") of the Harmonized System built in: HS 1992, 1996, 2002, 2007, 2012, 2017 and 2022, each
/// a classification of a TOTAL root, the 21 sections, chapters, headings and subheadings, in the same shape as
/// <see cref="HarmonizedSystem2022"/>. Each edition is loaded from the package's embedded tables on its first use
/// only, so the ones a program never asks for cost nothing.
/// </summary>
/// <remarks>
/// The editions before 2022 come from UN Comtrade's classification reference (see the package's
/// <c>data/SOURCES.md</c>); their descriptions are Comtrade's. HS 1992 and HS 1996 include Comtrade's 19 legacy codes
/// 271011–271099, which are not WCO codes, under heading 2710. Chapter 99 (and 98 where an edition has it) hangs
/// under the synthetic section "NOSECTION", as in HS 2022.
/// </remarks>
public static class HarmonizedSystem
{
    private static readonly int[] Years = [1992, 1996, 2002, 2007, 2012, 2017, 2022];

    private static readonly Lazy<Classification>[] Loaded =
    [
        .. Years.Select(year =>
            year == 2022
                ? new Lazy<Classification>(() => HarmonizedSystem2022.Classification)
                : new Lazy<Classification>(() => HsTables.Load(year))
        ),
    ];

    /// <summary>The years of the editions built in: 1992, 1996, 2002, 2007, 2012, 2017, 2022.</summary>
    public static IReadOnlyList<int> Editions => Years;

    /// <summary>An edition, named "HS 1992" … "HS 2022"; HS 2022 is <see cref="HarmonizedSystem2022.Classification"/>.</summary>
    /// <param name="year">The edition's year: 1992, 1996, 2002, 2007, 2012, 2017 or 2022.</param>
    /// <returns>The classification.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No edition has that year.</exception>
    public static Classification Edition(int year)
    {
        var index = Array.IndexOf(Years, year);
        return index >= 0
            ? Loaded[index].Value
            : throw new ArgumentOutOfRangeException(
                nameof(year),
                year,
                "The HS editions built in are those of 1992, 1996, 2002, 2007, 2012, 2017 and 2022."
            );
    }

    /// <summary>The edition a BACI or UN Comtrade vintage code names: HS92 or H0 is HS 1992, …, HS22 or H6 is HS 2022.</summary>
    /// <param name="code">HS92, HS96, HS02, HS07, HS12, HS17, HS22, or H0 … H6 (case ignored).</param>
    /// <param name="edition">The edition, or null.</param>
    /// <returns>Whether the code names one.</returns>
    public static bool TryGetEdition(
        string code,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Classification? edition
    )
    {
        ArgumentNullException.ThrowIfNull(code);
        var year = code.Trim().ToUpperInvariant() switch
        {
            "HS92" or "H0" => 1992,
            "HS96" or "H1" => 1996,
            "HS02" or "H2" => 2002,
            "HS07" or "H3" => 2007,
            "HS12" or "H4" => 2012,
            "HS17" or "H5" => 2017,
            "HS22" or "H6" => 2022,
            _ => 0,
        };
        edition = year == 0 ? null : Edition(year);
        return edition is not null;
    }
}
