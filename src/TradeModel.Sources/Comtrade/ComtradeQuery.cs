using TradeModel.Flows;

namespace TradeModel.Sources.Comtrade;

/// <summary>
/// A query of UN Comtrade's API: type, frequency, classification, periods, and optionally reporters, partners, flows
/// and commodity codes (each empty for all). Economies are UN Comtrade's numeric codes (<c>Economy.ComtradeCode</c>;
/// 0 is the World as partner). Rows broken down by a second partner, customs procedure or mode of transport are not
/// asked for: the totals over them are (<c>partner2Code=0, customsCode=C00, motCode=0</c>).
/// </summary>
/// <example>
/// <code language="csharp">
/// var query = new ComtradeQuery([ReferencePeriod.ForYear(2023), ReferencePeriod.ForYear(2024)])
/// {
///     Reporters = [156],            // China
///     Partners = [0],               // the World
///     Flows = [TradeDirection.Exports],
///     Commodities = ["AG2"],        // every HS chapter
/// };
/// </code>
/// </example>
/// <param name="Periods">The years (annual) or months (monthly); at least one.</param>
public sealed record ComtradeQuery(IReadOnlyList<ReferencePeriod> Periods)
{
    /// <summary>Goods or services (<see cref="ComtradeTradeType.Goods"/> unless set).</summary>
    public ComtradeTradeType Type { get; init; } = ComtradeTradeType.Goods;

    /// <summary>Annual or monthly (<see cref="ComtradeFrequency.Annual"/> unless set).</summary>
    public ComtradeFrequency Frequency { get; init; } = ComtradeFrequency.Annual;

    /// <summary>
    /// The classification code: <c>HS</c> (as reported, the default), an HS edition <c>H0</c> (1992) to <c>H6</c>
    /// (2022), SITC <c>S1</c> to <c>S4</c>, or <c>EB</c>, <c>EB02</c>, <c>EB10</c> for services.
    /// </summary>
    public string Classification { get; init; } = "HS";

    /// <summary>The reporters' UN Comtrade codes; empty for all.</summary>
    public IReadOnlyList<int> Reporters { get; init; } = [];

    /// <summary>The partners' UN Comtrade codes (0 the World); empty for all.</summary>
    public IReadOnlyList<int> Partners { get; init; } = [];

    /// <summary>The flows (exports, imports, re-exports, re-imports); empty for all.</summary>
    public IReadOnlyList<TradeDirection> Flows { get; init; } = [];

    /// <summary>Commodity codes (<c>TOTAL</c>, <c>AG2</c> for every chapter, <c>AG6</c> for every subheading, or codes); empty for all.</summary>
    public IReadOnlyList<string> Commodities { get; init; } = [];

    /// <summary>Whether the API adds the descriptions of codes to each record (false unless set).</summary>
    public bool IncludeDescriptions { get; init; }
}
