using TradeModel.Classifications;

namespace TradeModel.Data.Sdmx;

/// <summary>
/// How an SDMX data message is read into flows: which dimensions hold the reporter, partner, direction and
/// category, in what classification, and the common <see cref="ReadOptions"/>. The defaults are those of
/// balance-of-payments services (IMF, OECD, Eurostat BPM6 data structures).
/// </summary>
public sealed record SdmxReadOptions : ReadOptions
{
    /// <summary>The classification of the category codes; EBOPS 2010 by default.</summary>
    public Classification Classification { get; init; } = Ebops2010.Classification;

    /// <summary>The reporter's dimension; REF_AREA by default.</summary>
    public string ReporterDimension { get; init; } = "REF_AREA";

    /// <summary>The partner's dimension; COUNTERPART_AREA by default. When the message has none, the partner is the World.</summary>
    public string PartnerDimension { get; init; } = "COUNTERPART_AREA";

    /// <summary>The direction's dimension; ACCOUNTING_ENTRY by default (C credit is exports, D debit imports; X and M are read too).</summary>
    public string DirectionDimension { get; init; } = "ACCOUNTING_ENTRY";

    /// <summary>The category's dimension; INT_ACC_ITEM by default (BPM6 item codes such as S, SD).</summary>
    public string CategoryDimension { get; init; } = "INT_ACC_ITEM";

    /// <summary>
    /// The currency of values when the message has no CURRENCY or UNIT_MEASURE attribute; null by default, which
    /// makes such a message an error.
    /// </summary>
    public Currency? Currency { get; init; }
}
