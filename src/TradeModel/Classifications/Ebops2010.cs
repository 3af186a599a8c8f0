namespace TradeModel.Classifications;

/// <summary>
/// The Extended Balance of Payments Services Classification 2010 (EBOPS 2010), with UN Comtrade's SDMX/BPM6
/// codes (S, SA…SL, SC1, SC11…) as codes and the numeric MSITS 2010 codes (1, 1.1, 3.1.1…) as aliases. Loaded
/// on first use from tables embedded in the package. See docs/classifications.md for how the source tables'
/// quirks are normalised.
/// </summary>
public static class Ebops2010
{
    private static readonly Lazy<Classification> Instance = new(EbopsTables.Load);

    private static readonly Lazy<CategoryGrouping> KnowledgeIntensive = new(() =>
        new CategoryGrouping(
            "knowledge-intensive services",
            new[] { "SF", "SG", "SH", "SI", "SJ", "SK" }.Select(c => Classification.Get(c)),
            "Assumption: China's Ministry of Commerce publishes no definition we could find; its published figures are "
                + "consistent with insurance and pension (SF), financial (SG), charges for the use of intellectual property (SH), "
                + "telecommunications, computer and information (SI), other business (SJ) and personal, cultural and recreational "
                + "services (SK)."
        )
    );

    /// <summary>The classification.</summary>
    public static Classification Classification => Instance.Value;

    /// <summary>
    /// The root, "S": total services. Its <see cref="Category.Children"/> are 22: the 12 main items
    /// (<see cref="MainItems"/>) and 10 memo items (S1–S9, SDZ), which are never added to the total.
    /// </summary>
    public static Category Services => Classification.Get("S");

    /// <summary>The twelve main items SA–SL, which partition total services.</summary>
    public static IReadOnlyList<Category> MainItems =>
        [.. Services.Children.Where(c => c.Relation == CategoryRelation.Part)];

    /// <summary>
    /// "Knowledge-intensive services" as China's Ministry of Commerce reports them: SF + SG + SH + SI + SJ + SK. An
    /// assumption, documented in <see cref="CategoryGrouping.Note"/>: no official definition could be found, and
    /// this one reproduces the published figures. Define another <see cref="CategoryGrouping"/> to use a different one.
    /// </summary>
    public static CategoryGrouping KnowledgeIntensiveServices => KnowledgeIntensive.Value;
}
