using System.Globalization;
using System.Runtime.CompilerServices;

namespace TradeModel.Internal;

/// <summary>
/// A culture's digit group sizes, cached: <see cref="NumberFormatInfo.NumberGroupSizes"/> returns a new copy on every
/// call, which would make every parse allocate.
/// </summary>
internal static class GroupSizes
{
    private static readonly int[] Threes = [3];
    private static readonly ConditionalWeakTable<NumberFormatInfo, int[]> Cache = [];

    internal static int[] Of(NumberFormatInfo format)
    {
        if (ReferenceEquals(format, NumberFormatInfo.InvariantInfo))
        {
            return Threes;
        }
        if (!format.IsReadOnly)
        {
            // A writable instance may change after caching: ask it each time.
            return Normalise(format.NumberGroupSizes);
        }
        return Cache.GetValue(format, static f => Normalise(f.NumberGroupSizes));
    }

    private static int[] Normalise(int[] sizes) => sizes.Length == 0 ? Threes : sizes;
}
