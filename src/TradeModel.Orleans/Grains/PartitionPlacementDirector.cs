using System.Globalization;
using Orleans.Runtime.Placement;

namespace TradeModel.Orleans.Grains;

/// <summary>
/// Places a partition grain on the silo its partition prefers (the data is there) when that silo is in the cluster;
/// otherwise on a silo chosen by a stable hash of the partition's id, so that partitions spread over the silos and a
/// query placed twice lands the same way. Each attempt after the first moves one silo on from the last, so that a
/// partition whose silo was lost runs on another at once, before the cluster has noticed the loss.
/// </summary>
internal sealed class PartitionPlacementDirector : IPlacementDirector
{
    /// <summary>The request-context key the coordinator sets to a partition's preferred silo.</summary>
    internal const string PreferredSiloKey = "TradeModel.Orleans.PreferredSilo";

    public Task<SiloAddress> OnAddActivation(
        PlacementStrategy strategy,
        PlacementTarget target,
        IPlacementContext context
    )
    {
        var silos = context
            .GetCompatibleSilos(target)
            .OrderBy(s => s.ToString(), StringComparer.Ordinal)
            .ToArray();
        if (
            target.RequestContextData is { } data
            && data.TryGetValue(PreferredSiloKey, out var value)
            && value is string preferred
        )
        {
            var local = silos.FirstOrDefault(s => Matches(s, preferred));
            if (local is not null)
            {
                return Task.FromResult(local);
            }
        }
        var key = target.GrainIdentity.Key.ToString();
        var parts = key.Split('/');
        var partition = parts.Length >= 3 ? string.Join('/', parts[1..^1]) : key;
        var attempt =
            parts.Length >= 3
            && uint.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var a)
            && a >= 1
                ? a
                : 1;
        var slot = (StableHash(partition) + (attempt - 1)) % (uint)silos.Length;
        return Task.FromResult(silos[(int)slot]);
    }

    /// <summary>Whether a silo is the one named: its endpoint ("10.0.0.5:11111") or its address as Orleans writes it.</summary>
    internal static bool Matches(SiloAddress silo, string name) =>
        string.Equals(silo.Endpoint.ToString(), name, StringComparison.Ordinal)
        || string.Equals(silo.ToString(), name, StringComparison.Ordinal)
        || string.Equals(silo.Endpoint.Address.ToString(), name, StringComparison.Ordinal);

    /// <summary>FNV-1a over the text's characters: the same in every process (string hash codes are not).</summary>
    internal static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return hash;
    }
}
