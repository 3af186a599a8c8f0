namespace TradeModel.Statements;

/// <summary>
/// One sentence of a release, as numbers rather than words: what it is about and the exact figures it states. A
/// <see cref="ReleaseData"/> builds statements from flows, cubes or release tables; a <see cref="Release"/> renders
/// them in a <see cref="ReleaseStyle"/> with the proof of every rounded number. The subclasses are the statement
/// kinds: <see cref="LevelStatement"/>, <see cref="GrowthStatement"/>, <see cref="BalanceStatement"/>,
/// <see cref="ShareStatement"/>, <see cref="ContributionStatement"/>, <see cref="RankingStatement"/> and
/// <see cref="ThresholdStatement"/>.
/// </summary>
/// <param name="Item">The subject and measure the statement is about.</param>
public abstract record ReleaseStatement(ReleaseItem Item)
{
    /// <summary>The subject and measure the statement is about.</summary>
    /// <exception cref="ArgumentException">The item has no subject (the default <see cref="ReleaseItem"/>).</exception>
    public ReleaseItem Item { get; init; } = Subjectful(Item, nameof(Item));

    /// <summary>
    /// The item this statement is an "of which" part of ("of this, exports grew …" under total trade), or null. A
    /// release checks that a part's level does not exceed its whole's.
    /// </summary>
    public ReleaseItem? PartOf { get; init; }

    /// <summary>The kind and item, e.g. "GrowthStatement: exports of services".</summary>
    /// <returns>The text.</returns>
    public sealed override string ToString() => $"{GetType().Name}: {Item}";

    /// <summary>Checks that an item has a subject.</summary>
    private protected static ReleaseItem Subjectful(ReleaseItem item, string name) =>
        item.Subject is null
            ? throw new ArgumentException("A statement's item needs a subject.", name)
            : item;

    /// <summary>Checks that a figure is an amount of money.</summary>
    private protected static StatementFigure Money(StatementFigure figure, string name) =>
        figure.IsMoney
            ? figure
            : throw new ArgumentException(
                $"The {name} of a statement is an amount of money, not the percentage {figure}.",
                name
            );

    /// <summary>Checks that a figure is a percentage of the given unit.</summary>
    private protected static StatementFigure Percent(
        StatementFigure figure,
        FigureUnit unit,
        string name
    ) =>
        !figure.IsMoney && figure.Unit == unit && (figure.Percent is not null || figure.IsTyped)
            ? figure
            : throw new ArgumentException(
                $"The {name} of a statement is a figure in {unit}, not {figure}.",
                name
            );
}
