namespace TradeModel.Sources.Sdmx;

/// <summary>
/// A dataflow by its maintenance agency, id and version, as SDMX names it (<c>ECB,EXR,1.0</c>). An agency left out is
/// the provider's (<see cref="SdmxProvider.Agency"/>); a version left out is the latest.
/// </summary>
/// <param name="Agency">The maintenance agency (<c>ECB</c>), or null for the provider's.</param>
/// <param name="Id">The dataflow's id (<c>EXR</c>).</param>
/// <param name="Version">The version (<c>1.0</c>), or null for the latest.</param>
public sealed record SdmxFlowRef(string? Agency, string Id, string? Version = null)
{
    /// <summary>Reads <c>ID</c>, <c>AGENCY,ID</c> or <c>AGENCY,ID,VERSION</c>.</summary>
    /// <param name="text">The reference.</param>
    /// <returns>The dataflow reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text has more than three parts or an empty id; the message quotes it.</exception>
    public static SdmxFlowRef Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        return parts switch
        {
            [var id] when id.Length > 0 => new SdmxFlowRef(null, id),
            [var agency, var id] when id.Length > 0 => new SdmxFlowRef(NullIfEmpty(agency), id),
            [var agency, var id, var version] when id.Length > 0 => new SdmxFlowRef(
                NullIfEmpty(agency),
                id,
                NullIfEmpty(version)
            ),
            _ => throw new FormatException(
                $"'{text}' is not a dataflow reference: ID, AGENCY,ID or AGENCY,ID,VERSION, with an id."
            ),
        };
    }

    /// <summary>The reference as SDMX writes it: <c>AGENCY,ID,VERSION</c>, with the parts that are set.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        (Agency, Version) switch
        {
            (null, null) => Id,
            (_, null) => $"{Agency},{Id}",
            _ => $"{Agency},{Id},{Version}",
        };

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
