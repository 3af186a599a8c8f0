namespace TradeModel.Sources.Sdmx;

/// <summary>A code of a codelist: its id (<c>SD</c>) and its name in English, or in the first language given.</summary>
/// <param name="Id">The code.</param>
/// <param name="Name">Its name.</param>
public sealed record SdmxCode(string Id, string Name)
{
    /// <summary>The code and its name.</summary>
    /// <returns><c>SD Travel</c>.</returns>
    public override string ToString() => $"{Id} {Name}";
}
