namespace TradeModel.Orleans.Wire;

/// <summary>Where a partition's attempt is, as its grain answers a poll.</summary>
[GenerateSerializer]
internal enum PartitionState
{
    /// <summary>
    /// The activation polled has no such work: its silo was lost or stopped and the poll made a new activation, or the
    /// work was cancelled there. The attempt is lost; the partition runs again.
    /// </summary>
    Unknown = 0,

    /// <summary>Waiting for one of the silo's partition slots.</summary>
    Queued = 1,

    /// <summary>Being read and aggregated.</summary>
    Running = 2,

    /// <summary>Done: the outcome is the cube or why the partition could not be read.</summary>
    Done = 3,
}
