namespace TradeModel.Statements;

/// <summary>
/// "The services trade deficit narrowed by 31.43 billion yuan to 1,172.68 billion yuan." The balance and its change
/// are signed (exports − imports; the change is positive when the balance rose, i.e. a deficit narrowed or a surplus
/// grew); a surplus turning into a deficit, or the reverse, is said as a turn, with both balances.
/// </summary>
public sealed record BalanceStatement : ReleaseStatement
{
    /// <summary>Creates the statement.</summary>
    /// <param name="subject">What it is about.</param>
    /// <param name="balance">The balance in the release's period (negative for a deficit).</param>
    /// <param name="change">The change from the period before (balance − earlier balance).</param>
    /// <param name="previous">The earlier balance; needed to word a change of sign, optional otherwise.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    /// <exception cref="ArgumentException">A figure is not an amount.</exception>
    public BalanceStatement(
        StatementSubject subject,
        StatementFigure balance,
        StatementFigure change,
        StatementFigure? previous = null
    )
        : base(
            new ReleaseItem(
                subject ?? throw new ArgumentNullException(nameof(subject)),
                StatementMeasure.Balance
            )
        )
    {
        Balance = Money(balance, nameof(balance));
        Change = Money(change, nameof(change));
        Previous = previous is { } p ? Money(p, nameof(previous)) : null;
    }

    /// <summary>The balance in the release's period.</summary>
    public StatementFigure Balance { get; }

    /// <summary>The change from the period before.</summary>
    public StatementFigure Change { get; }

    /// <summary>The earlier balance, when known.</summary>
    public StatementFigure? Previous { get; }
}
