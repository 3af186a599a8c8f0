using TradeModel.Classifications;

namespace TradeModel.Flows;

/// <summary>
/// Where the value of an HS conversion went: per relationship, in 64-bit integers of 10^-decimals (spilling into 128
/// bits before a sum could overflow) plus decimals for the parts split by <see cref="Money.Allocate"/>; and the value
/// and flows that had no link.
/// </summary>
internal sealed class ConversionTally(int decimals)
{
    private readonly long[] small = new long[Enum.GetValues<HsRelationship>().Length];
    private readonly Int128[] large = new Int128[Enum.GetValues<HsRelationship>().Length];
    private readonly decimal[] exact = new decimal[Enum.GetValues<HsRelationship>().Length];

    /// <summary>The decimals of the fixed-point parts.</summary>
    internal int Decimals { get; } = decimals;

    internal decimal Unmapped { get; private set; }

    internal int UnmappedFlows { get; private set; }

    internal void AddUnmapped(decimal? value)
    {
        UnmappedFlows++;
        Unmapped += value ?? 0m;
    }

    [System.Runtime.CompilerServices.MethodImpl(
        System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining
    )]
    internal void AddThrough(HsRelationship relationship, long part)
    {
        var r = (int)relationship;
        var sum = small[r] + part;
        if (((small[r] ^ sum) & (part ^ sum)) < 0)
        {
            // The 64-bit sum would overflow: move what it holds into the 128-bit one.
            large[r] += small[r];
            large[r] += part;
            small[r] = 0;
            return;
        }
        small[r] = sum;
    }

    internal void AddThrough(HsRelationship relationship, decimal part) =>
        exact[(int)relationship] += part;

    internal decimal Through(HsRelationship relationship)
    {
        var r = (int)relationship;
        return Internal.FixedPoint.ToDecimal(large[r] + small[r], Decimals) + exact[r];
    }
}
