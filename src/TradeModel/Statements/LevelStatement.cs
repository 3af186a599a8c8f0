namespace TradeModel.Statements;

/// <summary>"Total trade in services was 7,523.8 billion yuan."</summary>
public sealed record LevelStatement : ReleaseStatement
{
    /// <summary>Creates the statement.</summary>
    /// <param name="item">What it is about.</param>
    /// <param name="level">The value in the release's period: an amount.</param>
    /// <exception cref="ArgumentException"><paramref name="level"/> is not an amount.</exception>
    public LevelStatement(ReleaseItem item, StatementFigure level)
        : base(item) => Level = Money(level, nameof(level));

    /// <summary>The value in the release's period.</summary>
    public StatementFigure Level { get; }
}
