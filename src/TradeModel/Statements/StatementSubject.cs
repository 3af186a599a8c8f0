using TradeModel.Internal;

namespace TradeModel.Statements;

/// <summary>
/// What a statement is about, named as a sentence names it in each language: "services", "travel services"; "服务",
/// "旅行服务". Two subjects are the same when their English names are (ordinal), so a release can refer to one subject
/// from several statements.
/// </summary>
public sealed class StatementSubject : IEquatable<StatementSubject>
{
    /// <summary>Creates a subject.</summary>
    /// <param name="name">The English name, as it reads inside a sentence ("knowledge-intensive services").</param>
    /// <param name="chineseName">The Chinese name ("知识密集型服务"); the English name is used when absent.</param>
    /// <exception cref="ArgumentException">A name is empty or blank.</exception>
    public StatementSubject(string name, string? chineseName = null)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckArgument(
            !string.IsNullOrWhiteSpace(name),
            nameof(name),
            "A subject needs a name."
        );
        Preconditions.CheckArgument(
            chineseName is null || !string.IsNullOrWhiteSpace(chineseName),
            nameof(chineseName),
            "A Chinese name, when given, cannot be blank."
        );
        Name = name;
        ChineseName = chineseName ?? name;
    }

    /// <summary>The English name.</summary>
    public string Name { get; }

    /// <summary>The Chinese name (the English name when none was given).</summary>
    public string ChineseName { get; }

    /// <summary>Whether two subjects are the same (same English name).</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(StatementSubject? left, StatementSubject? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Whether two subjects differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(StatementSubject? left, StatementSubject? right) =>
        !(left == right);

    /// <inheritdoc/>
    public bool Equals(StatementSubject? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as StatementSubject);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>The English name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;
}
