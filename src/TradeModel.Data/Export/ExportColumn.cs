namespace TradeModel.Data.Export;

/// <summary>
/// A column of an exported table: its name, the type of its values (<see cref="string"/>, <see cref="decimal"/>,
/// <see cref="int"/> or <see cref="double"/>) and each row's value, null where the row has none.
/// </summary>
/// <typeparam name="TRow">What a row is: a cube's cell, a flow, a release line.</typeparam>
internal sealed record ExportColumn<TRow>(string Name, Type Type, Func<TRow, object?> Value);
