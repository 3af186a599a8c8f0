namespace TradeModel.Statements;

/// <summary>One measure of one subject: "exports of services", "total trade in travel services".</summary>
/// <remarks>The default value has no subject; the statements and release data refuse it.</remarks>
/// <param name="Subject">The subject.</param>
/// <param name="Measure">The measure.</param>
public readonly record struct ReleaseItem(StatementSubject Subject, StatementMeasure Measure)
{
    /// <summary>"exports of services", "total trade in services", "the balance of services".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Measure switch
        {
            StatementMeasure.Exports => $"exports of {Subject}",
            StatementMeasure.Imports => $"imports of {Subject}",
            StatementMeasure.Balance => $"the balance of {Subject}",
            _ => $"total trade in {Subject}",
        };
}
