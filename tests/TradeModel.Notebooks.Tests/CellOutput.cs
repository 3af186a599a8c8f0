namespace TradeModel.Notebooks.Tests;

/// <summary>
/// One output of a notebook cell, as Jupyter saves it: a stream of console text (<c>stream</c>), a value the cell ended
/// with (<c>execute_result</c>) or one it displayed (<c>display_data</c>), by MIME type.
/// </summary>
/// <param name="Cell">The index of the cell among those run.</param>
/// <param name="Kind">Jupyter's output type: stream, execute_result or display_data.</param>
/// <param name="Formats">The value by MIME type; for a stream, its text under <c>text/plain</c>.</param>
internal sealed record CellOutput(
    int Cell,
    string Kind,
    IReadOnlyDictionary<string, string> Formats
);
