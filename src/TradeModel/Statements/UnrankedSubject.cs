namespace TradeModel.Statements;

/// <summary>A subject a ranking could not place, and why (a growth ranking cannot place a subject with no growth rate).</summary>
/// <param name="Subject">The subject.</param>
/// <param name="Reason">Why its figure is undefined.</param>
public sealed record UnrankedSubject(StatementSubject Subject, UndefinedReason Reason);
