namespace TradeModel.Analysis;

internal sealed partial class FlowAggregator
{
    /// <summary>
    /// One round's maps as the dense scan reads them: per column (reporter, partner, category, key) each code's part of
    /// the cell index as an <see cref="int"/>, or <see cref="DenseExcluded"/>; and the category map again in the
    /// narrowest entries that hold its parts, since it is the one map a row reads at a place that jumps about.
    /// </summary>
    /// <remarks>
    /// A collection has thousands of category codes (5,613 HS 2022 subheadings and their ancestors) where it has a few
    /// hundred economies and a few keys, and rows of one reporter and partner go through their products: the category
    /// map is the one that competes with the rows for the first-level cache. As 4-byte entries it fills 22 KB of it; as
    /// bytes (a query by HS chapter or section, whose parts are below 255) 5.5 KB. A narrow map keeps its largest value for
    /// an excluded code, which the scan tests, since a narrow part cannot make the cell index negative.
    /// </remarks>
    private sealed class DenseMaps
    {
        private readonly int[]?[] parts;

        internal DenseMaps(long[]?[] maps)
        {
            parts = [.. maps.Select(m => m?.Select(p => p < 0 ? DenseExcluded : (int)p).ToArray())];
            if (parts[2] is not { } categories)
            {
                return;
            }
            if (categories.All(p => p < byte.MaxValue))
            {
                CategoryBytes = [.. categories.Select(p => p < 0 ? byte.MaxValue : (byte)p)];
            }
            else if (categories.All(p => p < ushort.MaxValue))
            {
                CategoryShorts = [.. categories.Select(p => p < 0 ? ushort.MaxValue : (ushort)p)];
            }
        }

        /// <summary>A column's map (0 reporter, 1 partner, 2 category, 3 key); null when the query does not read it.</summary>
        internal int[]? this[int column] => parts[column];

        /// <summary>The category map in bytes (<see cref="byte.MaxValue"/> for an excluded code), when every part is below it.</summary>
        internal byte[]? CategoryBytes { get; }

        /// <summary>
        /// The category map in 16 bits (<see cref="ushort.MaxValue"/> for an excluded code), when every part is below it
        /// and some part is not below <see cref="byte.MaxValue"/>.
        /// </summary>
        internal ushort[]? CategoryShorts { get; }
    }
}
