using TradeModel.Classifications;

namespace TradeModel.Flows;

/// <summary>
/// Flows moved from one HS edition to another (<see cref="TradeFlowCollection.ConvertTo"/>), with an account of where
/// the value went: through each kind of link, or nowhere (no link), never silently dropped.
/// </summary>
public sealed class HsFlowConversion
{
    internal HsFlowConversion(
        TradeFlowCollection flows,
        Dictionary<HsRelationship, Money> byRelationship,
        Money unmapped,
        int unmappedFlows
    )
    {
        Flows = flows;
        ByRelationship = byRelationship;
        Unmapped = unmapped;
        UnmappedFlows = unmappedFlows;
    }

    /// <summary>The flows in the target edition.</summary>
    public TradeFlowCollection Flows { get; }

    /// <summary>The value that went through links of each relationship; with <see cref="Unmapped"/>, the whole input.</summary>
    public IReadOnlyDictionary<HsRelationship, Money> ByRelationship { get; }

    /// <summary>The value of flows whose subheading has no link to the target edition; they are not in <see cref="Flows"/>.</summary>
    public Money Unmapped { get; }

    /// <summary>How many flows had no link.</summary>
    public int UnmappedFlows { get; }
}
