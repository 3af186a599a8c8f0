namespace TradeModel.Orleans;

/// <summary>
/// A cluster query that cannot give the whole answer: a partition could not be read (missing or corrupt), or failed
/// on every attempt. Never a smaller total: the query fails, naming the partition.
/// </summary>
public sealed class ClusterQueryException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public ClusterQueryException()
        : this("A cluster query failed.") { }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ClusterQueryException(string message)
        : base(message) => PartitionId = string.Empty;

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ClusterQueryException(string message, Exception innerException)
        : base(message, innerException) => PartitionId = string.Empty;

    /// <summary>Creates the exception for a partition.</summary>
    /// <param name="partitionId">The partition.</param>
    /// <param name="message">The message, naming it.</param>
    /// <param name="innerException">The last failure, if any.</param>
    public ClusterQueryException(string partitionId, string message, Exception? innerException)
        : base(message, innerException) => PartitionId = partitionId;

    /// <summary>The partition that failed.</summary>
    public string PartitionId { get; }
}
