using TradeModel.Analysis;

namespace TradeModel.Data.Export;

/// <summary>
/// A column of a cube as exported: its name, the type of its values (<see cref="string"/>, <see cref="decimal"/>,
/// <see cref="int"/> or <see cref="double"/>) and each cell's value, null where the cell has none.
/// </summary>
internal sealed record CubeColumn(string Name, Type Type, Func<FlowCell, object?> Value);
