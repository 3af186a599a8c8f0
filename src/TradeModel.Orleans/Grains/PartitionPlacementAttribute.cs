using Orleans.Placement;

namespace TradeModel.Orleans.Grains;

/// <summary>Places a grain class by <see cref="PartitionPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
internal sealed class PartitionPlacementAttribute : PlacementAttribute
{
    public PartitionPlacementAttribute()
        : base(new PartitionPlacement()) { }
}
