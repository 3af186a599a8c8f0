namespace TradeModel.Interactive.Internal;

/// <summary>
/// One row of a <see cref="TableView"/>: its cells as text, its first cell indented by <paramref name="Indent"/> steps,
/// and for each cell an optional tooltip (the exact form of a rounded number) in HTML.
/// </summary>
internal sealed record TableRow(
    IReadOnlyList<string> Cells,
    int Indent = 0,
    IReadOnlyList<string?>? Titles = null
);
