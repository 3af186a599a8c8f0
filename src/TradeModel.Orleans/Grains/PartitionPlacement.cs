namespace TradeModel.Orleans.Grains;

/// <summary>Where a partition grain is placed: on the silo its partition names as local, if any; otherwise spread by its partition's id.</summary>
[GenerateSerializer, Immutable, SuppressReferenceTracking]
internal sealed class PartitionPlacement : PlacementStrategy;
