namespace TradeModel.Sources.Sdmx;

/// <summary>
/// A data query: a dataflow, a series key in SDMX 2.1 notation (dimension values in the order of the data structure,
/// separated by dots; <c>+</c> joins values of one dimension; an empty position is any value), the periods, and the
/// format. The client writes it in its provider's API version (an empty position becomes <c>*</c> in SDMX 3.0).
/// </summary>
/// <example>
/// <code language="csharp">
/// // Annual services credits and debits of China with the world, 2020 to 2024:
/// var query = new SdmxDataQuery(SdmxFlowRef.Parse("IMF.STA,BOP,1.0"), "CN.CD_BP6+DB_BP6.S.A")
/// {
///     Start = ReferencePeriod.ForYear(2020),
///     End = ReferencePeriod.ForYear(2024),
/// };
/// </code>
/// </example>
/// <param name="Flow">The dataflow.</param>
/// <param name="Key">The series key; empty for every series.</param>
public sealed record SdmxDataQuery(SdmxFlowRef Flow, string Key = "")
{
    /// <summary>The first period, or null for the earliest.</summary>
    public ReferencePeriod? Start { get; init; }

    /// <summary>The last period, or null for the latest.</summary>
    public ReferencePeriod? End { get; init; }

    /// <summary>The format asked for (<see cref="SdmxFormat.Csv"/> unless set).</summary>
    public SdmxFormat Format { get; init; } = SdmxFormat.Csv;
}
