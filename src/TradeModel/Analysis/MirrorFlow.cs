namespace TradeModel.Analysis;

/// <summary>
/// A reporter's exports to a partner beside the partner's reported imports from it (the mirror flow), and how far
/// they differ once the exports are put on the importer's CIF basis: difference = mirror imports − exports × factor.
/// </summary>
/// <param name="Key">The exporter (<see cref="FlowKey.Reporter"/>), the importer (<see cref="FlowKey.Partner"/>) and the cube's other dimensions; no direction.</param>
/// <param name="Exports">The exports as the exporter reports them (FOB), or null when missing.</param>
/// <param name="MirrorImports">The imports as the importer reports them (CIF), or null when missing.</param>
/// <param name="Difference">Mirror imports − exports × CIF/FOB factor, or null when either is missing.</param>
/// <param name="Asymmetry">The difference in percent of the exports × factor (undefined when either is missing or they are zero).</param>
public sealed record MirrorFlow(
    FlowKey Key,
    Money? Exports,
    Money? MirrorImports,
    Money? Difference,
    PercentFigure Asymmetry
);
