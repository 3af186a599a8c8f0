using System.Globalization;
using TradeModel.Interactive.Internal;

namespace TradeModel.Interactive.Display;

/// <summary>
/// What TradeModel's values look like in a notebook or a terminal: each becomes a one-line <see cref="InlineView"/> or a
/// small <see cref="TableView"/> (at most <see cref="MaxRows"/> rows, with a note of what is left out), never a walk
/// through the object graph.
/// </summary>
internal static partial class Views
{
    /// <summary>The most rows a table shows; a note says how many more there are.</summary>
    internal const int MaxRows = 20;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The view of a value, or null for a type TradeModel does not display.</summary>
    internal static object? Of(object? value) =>
        value switch
        {
            Money m => Money(m),
            PercentFigure p => new InlineView(p.ToString(1), p.IsDefined ? p.ToString(6) : null),
            Releases.PublishedFigure f => new InlineView(f.ToString()),
            Flows.TotalTrade t => new InlineView(
                $"total trade {Compact(t.Value)} = exports {Compact(t.Exports)} + imports {Compact(t.Imports)}",
                $"total trade {Exact(t.Value)} = exports {Exact(t.Exports)} + imports {Exact(t.Imports)}"
            ),
            Flows.TradeBalance b => new InlineView(
                $"balance {Compact(b.Value)} = exports {Compact(b.Exports)} − imports {Compact(b.Imports)}",
                $"balance {Exact(b.Value)} = exports {Exact(b.Exports)} − imports {Exact(b.Imports)}"
            ),
            Flows.BalanceChange c => new InlineView(
                $"balance {Compact(c.Previous.Value)} → {Compact(c.Current.Value)}: change {Compact(c.Amount)}",
                $"balance {Exact(c.Previous.Value)} → {Exact(c.Current.Value)}: change {Exact(c.Amount)}"
            ),
            Classifications.Category c => Category(c),
            Classifications.Classification c => Classification(c),
            Economies.Economy e => new InlineView(e.ToString()),
            Flows.TradeFlow f => Flows([f], 1, $"Trade flow"),
            Flows.TradeFlowCollection c => Flows(
                c,
                c.Count,
                $"{c.Count:N0} flows · {c.Classification.Name} · {c.Currency.Code}"
            ),
            Analysis.FlowCell c => new InlineView(c.ToString()),
            Analysis.FlowCube c => Cube(c),
            Classifications.CategoryRollUp r => RollUp(r),
            Data.ReadResult r => Report(r.Report, r.Flows.Count),
            Data.ReadReport r => Report(r, null),
            Releases.ReleaseRow row => Release([row]),
            IEnumerable<Releases.ReleaseRow> rows => Release([.. rows]),
            IEnumerable<Releases.ConsistencyCheck> checks => Checks([.. checks]),
            IEnumerable<Analysis.FlowGrowth> lines => Growth([.. lines]),
            IEnumerable<Analysis.FlowContribution> lines => Contributions([.. lines]),
            IEnumerable<Analysis.FlowShare> lines => Shares([.. lines]),
            IEnumerable<Analysis.IndicatorValue> values => Indicators([.. values]),
            _ => null,
        };

    /// <summary>A money amount in a table: grouped, to the minor unit.</summary>
    internal static string Amount(Money money) => money.ToString("N", Invariant);

    /// <summary>A money amount that may be missing.</summary>
    internal static string Amount(Money? money) => money is { } m ? Amount(m) : "–";

    private static InlineView Money(Money money) => new(Compact(money), Exact(money));

    /// <summary>An amount as read at a glance: in a magnitude word from a million up ("CNY 7.52 trillion"), else in full.</summary>
    private static string Compact(Money money) =>
        Math.Abs(money.Amount) >= 1_000_000m
            ? money.ToString("A2", Invariant)
            : money.ToString("N", Invariant);

    /// <summary>An amount exactly, as it is held.</summary>
    private static string Exact(Money money) => money.ToString("R", Invariant);

    /// <summary>Rows up to <see cref="MaxRows"/>, and a note of how many are left out (null when none is).</summary>
    private static (List<T> Shown, string? Note) Head<T>(
        IEnumerable<T> items,
        int count,
        string what
    )
    {
        var shown = items.Take(MaxRows).ToList();
        return (shown, count > shown.Count ? $"First {shown.Count} of {count:N0} {what}." : null);
    }

    private static bool[] Columns(int text, int numbers) =>
        [.. Enumerable.Repeat(false, text), .. Enumerable.Repeat(true, numbers)];
}
