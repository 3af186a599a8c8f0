using TradeModel.Flows;

namespace TradeModel.Data.Rows;

/// <summary>
/// The flows a source has given so far, by their codes (reporter, partner, direction, category, period), with the line
/// of each: a second row with the same codes repeats a flow.
/// </summary>
internal sealed class RepeatedFlows
{
    private readonly Dictionary<long, long> lines = [];

    /// <summary>The reason a repeated row gives: "repeats the flow of line 12 …".</summary>
    internal static string Reason(long first) =>
        string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"repeats the flow of line {first} (the same reporter, partner, direction, category and period): it would be counted twice."
        );

    /// <summary>The key of a flow's codes: 16 + 16 + 16 bits of codes, 11 of the period, 2 of the direction.</summary>
    internal static long KeyOf(
        int reporter,
        int partner,
        TradeDirection direction,
        int category,
        int period
    ) =>
        ((long)(ushort)reporter << 45)
        | ((long)(ushort)partner << 29)
        | ((long)(ushort)category << 13)
        | ((long)(period & 0x7FF) << 2)
        | (long)((int)direction & 0x3);

    /// <summary>The line of the flow with this key given before, if any.</summary>
    internal bool TryGetFirst(long key, out long first) => lines.TryGetValue(key, out first);

    /// <summary>Notes the line of a flow that was added.</summary>
    internal void Add(long key, long line) => lines.TryAdd(key, line);
}
