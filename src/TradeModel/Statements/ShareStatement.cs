namespace TradeModel.Statements;

/// <summary>"Travel services accounted for 27.3% of total trade in services."</summary>
public sealed record ShareStatement : ReleaseStatement
{
    /// <summary>Creates the statement.</summary>
    /// <param name="item">The part.</param>
    /// <param name="whole">The whole it is a share of.</param>
    /// <param name="share">The share, in percent; undefined (zero whole) with its reason.</param>
    /// <exception cref="ArgumentException"><paramref name="share"/> is not a percentage.</exception>
    public ShareStatement(ReleaseItem item, ReleaseItem whole, StatementFigure share)
        : base(item)
    {
        Whole = Subjectful(whole, nameof(whole));
        Share = Percent(share, FigureUnit.Percent, nameof(share));
    }

    /// <summary>The whole.</summary>
    public ReleaseItem Whole { get; }

    /// <summary>The share, in percent.</summary>
    public StatementFigure Share { get; }
}
