namespace TradeModel.Sources.Sdmx;

/// <summary>A dimension of a data structure: its id, its place in the series key, and the codes it takes.</summary>
/// <param name="Id">The dimension's id (<c>FREQ</c>).</param>
/// <param name="Position">Its place in the series key, from 1.</param>
/// <param name="Codes">The codes it takes, when the structure message carried its codelist; otherwise null.</param>
public sealed record SdmxDimension(string Id, int Position, SdmxCodelist? Codes);
