namespace TradeModel.Classifications;

/// <summary>One problem found while building a classification.</summary>
/// <param name="Line">The line of the source text (from 1), or the position of the entry given to the builder (from 1).</param>
/// <param name="Code">The code at fault, as given.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ClassificationProblem(int Line, string Code, string Message)
{
    /// <summary>For display: "line 4, 'SX': unknown parent 'SQ'".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"line {Line}, '{Code}': {Message}";
}
