namespace TradeModel.Interactive.Display;

/// <summary>
/// A row of a view before its amounts are laid out: each cell a text, a <see cref="Money"/> amount, or null for a
/// missing amount; and the row's indent in a tree.
/// </summary>
internal sealed record ViewRow(IReadOnlyList<object?> Cells, int Indent = 0);
