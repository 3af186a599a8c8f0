using System.Runtime.InteropServices;

namespace TradeModel.Analysis;

/// <summary>
/// An entry per group of a cube's cells, a group being a cell index with one or more axes' parts taken out (every
/// chapter of an exporter, say): found by the index alone, no key made or hashed, in the order the groups are first met.
/// </summary>
/// <typeparam name="T">What each group keeps (its sums).</typeparam>
internal sealed class CellGroups<T>
    where T : struct
{
    private readonly Dictionary<long, int> places = [];
    private readonly List<(long Group, T Entry)> entries = [];

    /// <summary>How many groups there are.</summary>
    internal int Count => entries.Count;

    /// <summary>
    /// The entry of a group, made (default) the first time the group is met: a reference valid until the next group is
    /// made.
    /// </summary>
    /// <param name="group">The group's cell index.</param>
    /// <param name="index">The group's index, in the order groups were first met.</param>
    /// <param name="made">Whether the group was met for the first time.</param>
    internal ref T Of(long group, out int index, out bool made)
    {
        ref var place = ref CollectionsMarshal.GetValueRefOrAddDefault(
            places,
            group,
            out var exists
        );
        if (!exists)
        {
            place = entries.Count;
            entries.Add((group, default));
        }
        (index, made) = (place, !exists);
        return ref CollectionsMarshal.AsSpan(entries)[place].Entry;
    }

    /// <summary>The cell index of the group at an index.</summary>
    internal long GroupAt(int index) => entries[index].Group;

    /// <summary>The entry of the group at an index.</summary>
    internal T At(int index) => entries[index].Entry;
}
