namespace TradeModel.Interactive.Internal;

/// <summary>One row of a <see cref="TableView"/>: its cells as text, its first cell indented by <paramref name="Indent"/> steps.</summary>
internal sealed record TableRow(IReadOnlyList<string> Cells, int Indent = 0);
