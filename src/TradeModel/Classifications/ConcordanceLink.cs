using TradeModel.Internal;

namespace TradeModel.Classifications;

/// <summary>One link of a concordance: a source code maps to a target code with a weight (1 for a whole mapping).</summary>
/// <remarks>
/// The default value has no codes (both null) and weight 0; a <see cref="Concordance"/> rejects it, naming its position.
/// </remarks>
/// <param name="SourceCode">The code in the source classification.</param>
/// <param name="TargetCode">The code in the target classification.</param>
/// <param name="Weight">The share of the source value that goes to the target, in (0, 1].</param>
public readonly record struct ConcordanceLink(
    string SourceCode,
    string TargetCode,
    decimal Weight = 1m
)
{
    /// <summary>"ConcordanceLink { SourceCode = 8471, TargetCode = 847130, Weight = 0.5 }", the weight in the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Errors.Format(
            $"ConcordanceLink {{ SourceCode = {SourceCode}, TargetCode = {TargetCode}, Weight = {Weight} }}"
        );
}
