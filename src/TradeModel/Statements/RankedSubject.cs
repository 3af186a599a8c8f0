namespace TradeModel.Statements;

/// <summary>One place of a ranking: a subject, its rank (tied subjects share one) and the figure it is ranked by.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="Rank">Its rank, from 1; subjects with equal figures share a rank.</param>
/// <param name="Figure">The level or growth it is ranked by.</param>
public sealed record RankedSubject(StatementSubject Subject, int Rank, StatementFigure Figure);
