namespace TradeModel.Interactive.Internal;

/// <summary>
/// A small table to show: a title, a header, rows (each with an indent for trees), a note below, and which columns
/// hold numbers (aligned right). It knows nothing of trade; <see cref="Render"/> writes it as HTML or as text.
/// </summary>
internal sealed record TableView(
    string Title,
    IReadOnlyList<string> Header,
    IReadOnlyList<TableRow> Rows,
    IReadOnlyList<bool> Numeric,
    string? Note = null
);
