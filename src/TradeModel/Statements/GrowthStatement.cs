namespace TradeModel.Statements;

/// <summary>
/// "Exports of services grew 18.2% to 3,175.56 billion yuan." Falls and flat growth are said as such; a growth that
/// cannot be computed (zero or negative base, sign change, missing earlier value) is never printed as a percentage:
/// the sentence gives the reason.
/// </summary>
public sealed record GrowthStatement : ReleaseStatement
{
    /// <summary>Creates the statement.</summary>
    /// <param name="item">What it is about.</param>
    /// <param name="level">The value in the release's period: an amount.</param>
    /// <param name="growth">The growth from the period before, in percent; undefined with its reason when it cannot be computed.</param>
    /// <param name="previous">The earlier value, when the sentence states it ("from … to …"); null otherwise.</param>
    /// <exception cref="ArgumentException">A figure is of the wrong kind.</exception>
    public GrowthStatement(
        ReleaseItem item,
        StatementFigure level,
        StatementFigure growth,
        StatementFigure? previous = null
    )
        : base(item)
    {
        Level = Money(level, nameof(level));
        Growth = Percent(growth, FigureUnit.Percent, nameof(growth));
        Previous = previous is { } p ? Money(p, nameof(previous)) : null;
    }

    /// <summary>The value in the release's period.</summary>
    public StatementFigure Level { get; }

    /// <summary>The growth, in percent.</summary>
    public StatementFigure Growth { get; }

    /// <summary>The earlier value, when stated.</summary>
    public StatementFigure? Previous { get; }
}
