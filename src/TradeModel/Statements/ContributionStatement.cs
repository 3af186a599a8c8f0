namespace TradeModel.Statements;

/// <summary>"Travel services contributed 7.9 percentage points to the growth of total trade in services."</summary>
public sealed record ContributionStatement : ReleaseStatement
{
    /// <summary>Creates the statement.</summary>
    /// <param name="item">The component.</param>
    /// <param name="whole">The total whose growth it contributes to.</param>
    /// <param name="points">The contribution, in percentage points; undefined (zero or negative earlier total) with its reason.</param>
    /// <exception cref="ArgumentException"><paramref name="points"/> is not in percentage points.</exception>
    public ContributionStatement(ReleaseItem item, ReleaseItem whole, StatementFigure points)
        : base(item)
    {
        Whole = Subjectful(whole, nameof(whole));
        Points = Percent(points, FigureUnit.PercentagePoints, nameof(points));
    }

    /// <summary>The total.</summary>
    public ReleaseItem Whole { get; }

    /// <summary>The contribution, in percentage points.</summary>
    public StatementFigure Points { get; }
}
