using TradeModel.Releases;

namespace TradeModel.Statements;

/// <summary>
/// One interval check of a rendered release: a printed number against the range the other printed numbers allow.
/// <see cref="Check"/> holds both intervals; <see cref="ConsistencyCheck.Implied"/> is the range in which the checked
/// number would agree.
/// </summary>
/// <param name="Check">The intervals and what was checked.</param>
/// <param name="Statement">The position (from 0) of the statement whose number is checked.</param>
/// <param name="Against">The positions of the statements whose numbers imply the range (the same statement for a check within one sentence).</param>
public sealed record ReleaseCheck(ConsistencyCheck Check, int Statement, IReadOnlyList<int> Against)
{
    /// <summary>Whether the numbers agree.</summary>
    public bool IsConsistent => Check.IsConsistent;

    /// <summary>"statement 2 against 3, 4: consistent: …".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"statement {Statement + 1} against {string.Join(", ", Against.Select(a => a + 1))}: {Check}";
}
