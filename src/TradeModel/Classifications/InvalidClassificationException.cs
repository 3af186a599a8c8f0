namespace TradeModel.Classifications;

/// <summary>
/// Thrown when a classification cannot be built; lists every problem found, each with its line, not just the
/// first. Derives from <see cref="FormatException"/>.
/// </summary>
public sealed class InvalidClassificationException : FormatException
{
    /// <summary>Creates the exception for a list of problems.</summary>
    /// <param name="name">The classification's name.</param>
    /// <param name="problems">The problems.</param>
    public InvalidClassificationException(
        string name,
        IReadOnlyList<ClassificationProblem> problems
    )
        : base(
            $"The classification '{name}' has {problems?.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems ?? [])}"
        )
    {
        Problems = problems ?? [];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ClassificationProblem> Problems { get; }
}
