namespace TradeModel.Analysis;

/// <summary>
/// The quantity sums (doubles) of one part of the rows, taken out of the accumulator the part was summed into
/// (<see cref="CellAccumulator.TakePart"/>), so that the parts can be added in order whichever thread summed each
/// (<see cref="CellAccumulator.AddParts"/>): a sum of doubles depends on its order, the integer sums do not.
/// </summary>
/// <param name="Sums">
/// Every cell's quantity sum per kind, then, when <paramref name="WithSpecials"/>, every cell's sums of the flows the hot
/// loop leaves out (all of them, then those with a value, per cell and kind); rented, given back with
/// <see cref="Return"/>.
/// </param>
/// <param name="WithSpecials">Whether a flow the hot loop leaves out brought a quantity in this part (else the part adds none of those sums).</param>
internal readonly record struct PartQuantities(double[]? Sums, bool WithSpecials)
{
    /// <summary>Gives the rented sums back (none for a default value).</summary>
    internal void Return()
    {
        if (Sums is not null)
        {
            System.Buffers.ArrayPool<double>.Shared.Return(Sums);
        }
    }
}
