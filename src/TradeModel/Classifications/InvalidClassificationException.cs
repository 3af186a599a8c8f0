namespace TradeModel.Classifications;

/// <summary>
/// Thrown when a classification cannot be built; <see cref="Problems"/> lists every problem found, each with its
/// line, not just the first, and the message the first 20 of them (and how many more), so that a file with a million
/// bad rows gives a message of a few kilobytes. Derives from <see cref="FormatException"/>.
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
        : base(Describe(name, problems ?? []))
    {
        Problems = problems ?? [];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ClassificationProblem> Problems { get; }

    /// <summary>How many problems the message lists; <see cref="Problems"/> has them all.</summary>
    private const int ProblemsInMessage = 20;

    private static string Describe(string name, IReadOnlyList<ClassificationProblem> problems)
    {
        var listed = string.Join(Environment.NewLine, problems.Take(ProblemsInMessage));
        var more =
            problems.Count > ProblemsInMessage
                ? $"{Environment.NewLine}… and {problems.Count - ProblemsInMessage} more (see Problems)."
                : string.Empty;
        return $"The classification '{name}' has {problems.Count} problem(s):{Environment.NewLine}{listed}{more}";
    }
}
