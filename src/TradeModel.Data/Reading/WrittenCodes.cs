using TradeModel.Economies;

namespace TradeModel.Data;

/// <summary>
/// The code a source wrote for each economy it named, gathered as a reader resolves codes: the first code kept, and a
/// note in the report when the source wrote a second one for the same economy (Italy as 380 and 381).
/// </summary>
internal sealed class WrittenCodes
{
    private readonly Dictionary<Economy, string> codes = [];

    internal IReadOnlyDictionary<Economy, string> Codes => codes;

    /// <summary>Records that the source wrote <paramref name="code"/> for <paramref name="economy"/>.</summary>
    internal void Add(Economy economy, string code, ReadReport report)
    {
        if (!codes.TryAdd(economy, code) && codes[economy] != code)
        {
            report.Note(
                $"{economy.Code ?? economy.Name} written as both {codes[economy]} and {code}; {codes[economy]} kept as its code"
            );
        }
    }

    /// <summary>Adds the codes of another source read into the same collection.</summary>
    internal void AddRange(IReadOnlyDictionary<Economy, string> other, ReadReport report)
    {
        foreach (var (economy, code) in other)
        {
            Add(economy, code, report);
        }
    }
}
