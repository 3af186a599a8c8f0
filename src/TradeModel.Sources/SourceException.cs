using System.Net;

namespace TradeModel.Sources;

/// <summary>
/// A source could not answer a query: an error status after the retries, an error page in place of data, a body that
/// is not the format asked for, or a query missing from the cache offline. The message names the query (its address,
/// with any subscription key left out) and what the source said.
/// </summary>
public sealed class SourceException : Exception
{
    /// <summary>An exception with a message and the query it names.</summary>
    /// <param name="message">What went wrong, naming the query.</param>
    /// <param name="query">The query's address, without any key.</param>
    /// <param name="status">The HTTP status of the last answer, if one came.</param>
    /// <param name="attempts">How many calls were made.</param>
    /// <param name="innerException">The failure of the last call, if any.</param>
    public SourceException(
        string message,
        Uri query,
        HttpStatusCode? status,
        int attempts,
        Exception? innerException = null
    )
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(query);
        Query = query;
        Status = status;
        Attempts = attempts;
    }

    /// <summary>The query's address, without any key.</summary>
    public Uri Query { get; }

    /// <summary>The HTTP status of the last answer, or null when none came (a dropped connection, a timeout, offline).</summary>
    public HttpStatusCode? Status { get; }

    /// <summary>How many calls were made (0 when the cache answered or could not).</summary>
    public int Attempts { get; }
}
