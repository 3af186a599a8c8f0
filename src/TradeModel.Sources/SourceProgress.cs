namespace TradeModel.Sources;

/// <summary>How far a query of several calls has come: the calls done and the calls planned so far (a call whose answer
/// reaches the row cap adds the calls it is split into).</summary>
/// <param name="CallsDone">Calls answered.</param>
/// <param name="CallsPlanned">Calls planned, those done included.</param>
public readonly record struct SourceProgress(int CallsDone, int CallsPlanned);
