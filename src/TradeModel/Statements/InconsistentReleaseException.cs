namespace TradeModel.Statements;

/// <summary>
/// Thrown when the rounded numbers of a release's sentences cannot all be true at once. The message names each
/// offending pair of statements, their texts, the interval the checked number stands for and the interval that would
/// make them agree. An <see cref="InvalidOperationException"/>: the release cannot be published as it is.
/// </summary>
public sealed class InconsistentReleaseException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public InconsistentReleaseException()
        : this("The release's figures disagree.", []) { }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public InconsistentReleaseException(string message)
        : this(message, []) { }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InconsistentReleaseException(string message, Exception innerException)
        : base(message, innerException) => Failures = [];

    /// <summary>Creates the exception for failed checks.</summary>
    /// <param name="message">The message.</param>
    /// <param name="failures">The checks that failed.</param>
    public InconsistentReleaseException(string message, IReadOnlyList<ReleaseCheck> failures)
        : base(message) => Failures = failures ?? [];

    /// <summary>The checks that failed.</summary>
    public IReadOnlyList<ReleaseCheck> Failures { get; }
}
