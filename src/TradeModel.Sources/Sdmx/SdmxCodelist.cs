namespace TradeModel.Sources.Sdmx;

/// <summary>A codelist: the values one dimension takes, with their names.</summary>
/// <param name="Agency">The maintenance agency.</param>
/// <param name="Id">The codelist's id (<c>CL_FREQ</c>).</param>
/// <param name="Version">Its version.</param>
/// <param name="Name">Its name.</param>
/// <param name="Codes">Its codes, in the order given.</param>
public sealed record SdmxCodelist(
    string Agency,
    string Id,
    string Version,
    string Name,
    IReadOnlyList<SdmxCode> Codes
)
{
    /// <summary>The code of that id, or null.</summary>
    /// <param name="id">The code.</param>
    /// <returns>The code, or null when the list has none of that id.</returns>
    public SdmxCode? Find(string id) => Codes.FirstOrDefault(c => c.Id == id);

    /// <summary>The codelist's reference and name.</summary>
    /// <returns><c>ECB:CL_FREQ(1.0) Frequency code list</c>.</returns>
    public override string ToString() => $"{Agency}:{Id}({Version}) {Name}";
}
