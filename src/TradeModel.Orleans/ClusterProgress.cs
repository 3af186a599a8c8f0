namespace TradeModel.Orleans;

/// <summary>How far a cluster query is: partitions done out of those planned, and how many attempts were run again after a lost silo.</summary>
/// <param name="Done">Partitions whose cube has arrived.</param>
/// <param name="Planned">Partitions in the query.</param>
/// <param name="Retried">Attempts run again elsewhere because a silo was lost or did not answer.</param>
public readonly record struct ClusterProgress(int Done, int Planned, int Retried);
