using TradeModel.Internal;

namespace TradeModel.Statements;

/// <summary>
/// "Among travel services and knowledge-intensive services, travel services grew fastest (38.1%)"; "the three largest
/// were …". Subjects with equal figures share a rank and are said to be joint; every subject tied at the last place
/// shown is shown. A subject that cannot be ranked (no growth rate) is named with its reason, never dropped.
/// </summary>
public sealed record RankingStatement : ReleaseStatement
{
    /// <summary>Creates the statement.</summary>
    /// <param name="measure">The measure the subjects are compared by.</param>
    /// <param name="basis">Level or growth.</param>
    /// <param name="among">Every subject compared, in the order to name them.</param>
    /// <param name="top">How many places the sentence states (1 for "the largest").</param>
    /// <param name="ranked">The subjects placed, best first, with their ranks; at least one.</param>
    /// <param name="unranked">Subjects compared but not placed, with the reason.</param>
    /// <exception cref="ArgumentException">No subject is ranked, ranks are not in order from 1, or a ranked figure is of the wrong kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is below 1.</exception>
    public RankingStatement(
        StatementMeasure measure,
        RankingBasis basis,
        IReadOnlyList<StatementSubject> among,
        int top,
        IReadOnlyList<RankedSubject> ranked,
        IReadOnlyList<UnrankedSubject>? unranked = null
    )
        : base(
            new ReleaseItem(
                (ranked ?? throw new ArgumentNullException(nameof(ranked))).Count > 0
                    ? ranked[0].Subject
                    : throw new ArgumentException(
                        "A ranking needs a ranked subject.",
                        nameof(ranked)
                    ),
                measure
            )
        )
    {
        Preconditions.CheckNotNull(among);
        Preconditions.CheckArgumentRange(nameof(top), top, 1, int.MaxValue);
        Preconditions.CheckArgument(
            ranked[0].Rank == 1,
            nameof(ranked),
            $"The first place has rank {ranked[0].Rank}, not 1."
        );
        for (var i = 1; i < ranked.Count; i++)
        {
            Preconditions.CheckArgument(
                ranked[i].Rank >= ranked[i - 1].Rank,
                nameof(ranked),
                $"{ranked[i].Subject} has rank {ranked[i].Rank}, after {ranked[i - 1].Subject} with rank {ranked[i - 1].Rank}."
            );
        }
        foreach (var place in ranked)
        {
            _ =
                basis == RankingBasis.Level
                    ? Money(place.Figure, nameof(ranked))
                    : Percent(place.Figure, FigureUnit.Percent, nameof(ranked));
        }
        Measure = measure;
        Basis = basis;
        Among = [.. among];
        Top = top;
        Ranked = [.. ranked];
        Unranked = [.. unranked ?? []];
    }

    /// <summary>The measure compared.</summary>
    public StatementMeasure Measure { get; }

    /// <summary>Level or growth.</summary>
    public RankingBasis Basis { get; }

    /// <summary>Every subject compared.</summary>
    public IReadOnlyList<StatementSubject> Among { get; }

    /// <summary>How many places the sentence states.</summary>
    public int Top { get; }

    /// <summary>The subjects placed, best first.</summary>
    public IReadOnlyList<RankedSubject> Ranked { get; }

    /// <summary>Subjects compared but not placed.</summary>
    public IReadOnlyList<UnrankedSubject> Unranked { get; }
}
