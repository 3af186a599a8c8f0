namespace TradeModel.Sources.Sdmx;

/// <summary>A dataflow a provider publishes: what to name in a data query.</summary>
/// <param name="Flow">Its reference (agency, id, version).</param>
/// <param name="Name">Its name in English, or in the first language given.</param>
/// <param name="Structure">The data structure it follows, when the message names it.</param>
public sealed record SdmxDataflow(SdmxFlowRef Flow, string Name, SdmxFlowRef? Structure)
{
    /// <summary>The dataflow's reference and name.</summary>
    /// <returns><c>ECB,EXR,1.0 Exchange Rates</c>.</returns>
    public override string ToString() => $"{Flow} {Name}";
}
