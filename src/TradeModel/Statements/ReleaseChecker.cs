using TradeModel.Releases;

namespace TradeModel.Statements;

/// <summary>
/// The interval checks of a rendered release: every printed number against what the other printed numbers allow, in
/// the same sentence and across sentences. Amounts are compared in one magnitude; a check is made only where every
/// figure it needs is printed.
/// </summary>
internal sealed class ReleaseChecker
{
    private static readonly DecimalInterval Hundred = DecimalInterval.Exactly(100m);
    private static readonly DecimalInterval One = DecimalInterval.Exactly(1m);
    private readonly IReadOnlyList<RenderedStatement> statements;
    private readonly Magnitude magnitude;
    private readonly Dictionary<
        (FigureRole, ReleaseItem),
        (int Index, DecimalInterval Interval)
    > first = [];
    private readonly List<ReleaseCheck> checks = [];

    private ReleaseChecker(IReadOnlyList<RenderedStatement> statements, Magnitude magnitude)
    {
        this.statements = statements;
        this.magnitude = magnitude;
    }

    internal static IReadOnlyList<ReleaseCheck> Checks(
        IReadOnlyList<RenderedStatement> statements,
        Magnitude magnitude
    )
    {
        var checker = new ReleaseChecker(statements, magnitude);
        checker.Run();
        return checker.checks;
    }

    private void Run()
    {
        for (var i = 0; i < statements.Count; i++)
        {
            foreach (var figure in statements[i].Figures)
            {
                if (
                    !figure.InSentence
                    || figure.Role
                        is FigureRole.Converted
                            or FigureRole.Threshold
                            or FigureRole.Rate
                )
                {
                    continue;
                }
                var key = (figure.Role, figure.Item);
                var interval = Comparable(figure);
                if (first.TryGetValue(key, out var earlier))
                {
                    Add(
                        $"{ShownFigure.RoleName(figure.Role)} of {figure.Item} printed again",
                        interval,
                        earlier.Interval,
                        i,
                        earlier.Index
                    );
                }
                else
                {
                    first[key] = (i, interval);
                }
            }
        }
        for (var i = 0; i < statements.Count; i++)
        {
            WithinStatement(i);
        }
        foreach (var subject in first.Keys.Select(k => k.Item2.Subject).Distinct())
        {
            AcrossSubject(subject);
        }
    }

    /// <summary>The checks one sentence carries by itself, and those of its relation to a whole.</summary>
    private void WithinStatement(int i)
    {
        var rendered = statements[i];
        var figures = rendered.Figures;
        switch (rendered.Statement)
        {
            case GrowthStatement growth:
                var g = Figure(figures, FigureRole.Growth);
                var level = Figure(figures, FigureRole.Level);
                var previous = Figure(figures, FigureRole.PreviousLevel);
                if (
                    g is not null
                    && level is not null
                    && previous is not null
                    && Comparable(previous).Lower > 0m
                )
                {
                    Add(
                        $"growth of {growth.Item} from its two printed levels",
                        g.Interval,
                        PublishedFigureChecks.GrowthInterval(
                            Comparable(level),
                            Comparable(previous)
                        ),
                        i,
                        i
                    );
                }
                break;
            case BalanceStatement:
                var balance = Figure(figures, FigureRole.Level);
                var change = Figure(figures, FigureRole.BalanceChange);
                var before = Figure(figures, FigureRole.PreviousLevel);
                if (balance is not null && change is not null && before is not null)
                {
                    Add(
                        $"change in the balance of {rendered.Statement.Item.Subject} from its two printed balances",
                        Comparable(change),
                        Comparable(balance) - Comparable(before),
                        i,
                        i
                    );
                }
                break;
            case ShareStatement share when Figure(figures, FigureRole.Share) is { } s:
                if (
                    Find(FigureRole.Level, share.Item) is { } part
                    && Find(FigureRole.Level, share.Whole) is { } whole
                    && whole.Interval.Lower > 0m
                )
                {
                    Add(
                        $"share of {share.Item} in {share.Whole}",
                        s.Interval,
                        part.Interval / whole.Interval * Hundred,
                        i,
                        part.Index,
                        whole.Index
                    );
                }
                break;
            case ContributionStatement contribution
                when Figure(figures, FigureRole.Contribution) is { } c:
                if (
                    Increase(contribution.Item) is { } increase
                    && Earlier(contribution.Whole) is { } total
                )
                {
                    Add(
                        $"contribution of {contribution.Item} to the growth of {contribution.Whole}",
                        c.Interval,
                        increase.Interval / total.Interval * Hundred,
                        i,
                        [.. increase.Indexes, .. total.Indexes]
                    );
                }
                break;
            case RankingStatement ranking:
                RankingOrder(i, ranking, figures);
                break;
            case ThresholdStatement threshold:
                ThresholdChecks(i, threshold, figures);
                break;
        }
        if (
            rendered.Statement.PartOf is { } parent
            && rendered.Statement.Item.Measure != StatementMeasure.Balance
            && Figure(figures, FigureRole.Level) is { } partLevel
            && Find(FigureRole.Level, parent) is { } parentLevel
            && parentLevel.Interval.Upper >= 0m
        )
        {
            Add(
                $"{rendered.Statement.Item}, a part of {parent}, is not above it",
                Comparable(partLevel),
                new DecimalInterval(0m, parentLevel.Interval.Upper),
                i,
                parentLevel.Index
            );
        }
    }

    /// <summary>Sums, differences and growth of a subject's exports, imports, total trade and balance.</summary>
    private void AcrossSubject(StatementSubject subject)
    {
        var total = new ReleaseItem(subject, StatementMeasure.TotalTrade);
        var exports = new ReleaseItem(subject, StatementMeasure.Exports);
        var imports = new ReleaseItem(subject, StatementMeasure.Imports);
        var balance = new ReleaseItem(subject, StatementMeasure.Balance);
        var x = Find(FigureRole.Level, exports);
        var m = Find(FigureRole.Level, imports);
        if (x is { } xl && m is { } ml)
        {
            if (Find(FigureRole.Level, total) is { } t)
            {
                Add(
                    $"{total} = exports + imports",
                    t.Interval,
                    xl.Interval + ml.Interval,
                    t.Index,
                    xl.Index,
                    ml.Index
                );
            }
            if (Find(FigureRole.Level, balance) is { } b)
            {
                Add(
                    $"the balance of {subject} = exports − imports",
                    b.Interval,
                    xl.Interval - ml.Interval,
                    b.Index,
                    xl.Index,
                    ml.Index
                );
            }
        }
        var xIncrease = Increase(exports);
        var mIncrease = Increase(imports);
        var xEarlier = Earlier(exports);
        var mEarlier = Earlier(imports);
        if (
            Find(FigureRole.Growth, total) is { } tg
            && Find(FigureRole.Level, total) is { } tl
            && xEarlier is { } xe
            && mEarlier is { } me
        )
        {
            var earlier = xe.Interval + me.Interval;
            if (earlier.Lower > 0m)
            {
                Add(
                    $"growth of {total} from the printed levels and growth of exports and imports",
                    tg.Interval,
                    PublishedFigureChecks.GrowthInterval(tl.Interval, earlier),
                    tg.Index,
                    [tl.Index, .. xe.Indexes, .. me.Indexes]
                );
            }
        }
        if (
            Find(FigureRole.BalanceChange, balance) is { } bc
            && xIncrease is { } xi
            && mIncrease is { } mi
        )
        {
            Add(
                $"change in the balance of {subject} from the printed levels and growth of exports and imports",
                bc.Interval,
                xi.Interval - mi.Interval,
                bc.Index,
                [.. xi.Indexes, .. mi.Indexes]
            );
        }
    }

    private void RankingOrder(int i, RankingStatement ranking, IReadOnlyList<ShownFigure> figures)
    {
        for (var k = 1; k < ranking.Ranked.Count && k < figures.Count; k++)
        {
            var higher = figures[k - 1].Interval;
            var lower = figures[k].Interval;
            var tied = ranking.Ranked[k].Rank == ranking.Ranked[k - 1].Rank;
            Add(
                tied
                    ? $"{ranking.Ranked[k].Subject} tied with {ranking.Ranked[k - 1].Subject}"
                    : $"{ranking.Ranked[k - 1].Subject} ranked above {ranking.Ranked[k].Subject}",
                higher,
                tied
                    ? lower
                    : new DecimalInterval(lower.Lower, Math.Max(lower.Upper, higher.Upper)),
                i,
                i
            );
        }
    }

    private void ThresholdChecks(int i, ThresholdStatement s, IReadOnlyList<ShownFigure> figures)
    {
        var level = Figure(figures, FigureRole.Level)!;
        var converted = Figure(figures, FigureRole.Converted)!;
        var units = Scale(level.Interval, level.Magnitude.Factor);
        var rate = DecimalInterval.Exactly(s.Rate.Rate);
        var convertedUnits = s.Level.Currency == s.Rate.BaseCurrency ? units * rate : units / rate;
        var implied = Scale(convertedUnits, 1m / converted.Magnitude.Factor);
        if (converted.InSentence)
        {
            Add($"{s.Item} converted at {s.Rate.Rate}", converted.Interval, implied, i, i);
        }
        var threshold = s.Threshold.Amount / converted.Magnitude.Factor;
        var exceeds = Claim(s, converted) > 0;
        var claimed = exceeds
            ? new DecimalInterval(threshold, Math.Ceiling(Math.Max(threshold, implied.Upper)))
            : new DecimalInterval(Math.Floor(Math.Min(threshold, implied.Lower)), threshold);
        var named = Figure(figures, FigureRole.Threshold)!.Text;
        Add(
            $"{s.Item} {(exceeds ? "above" : "not above")} {named}, in {converted.Magnitude.Name}",
            claimed,
            implied,
            i,
            i
        );
    }

    private static int Claim(ThresholdStatement s, ShownFigure converted) =>
        (s.Converted.Money?.Amount ?? converted.Shown * converted.Magnitude.Factor).CompareTo(
            s.Threshold.Amount
        );

    private static ShownFigure? Figure(IReadOnlyList<ShownFigure> figures, FigureRole role) =>
        figures.FirstOrDefault(f => f.Role == role);

    private (int Index, DecimalInterval Interval)? Find(FigureRole role, ReleaseItem item) =>
        first.TryGetValue((role, item), out var found) ? found : null;

    /// <summary>The earlier level implied by a printed level and growth: level ÷ (1 + growth ÷ 100).</summary>
    private (int[] Indexes, DecimalInterval Interval)? Earlier(ReleaseItem item)
    {
        if (
            Find(FigureRole.Level, item) is not { } level
            || Find(FigureRole.Growth, item) is not { } growth
        )
        {
            return null;
        }
        var factor = One + (growth.Interval / Hundred);
        return factor.Lower > 0m && level.Interval.Lower >= 0m
            ? ([level.Index, growth.Index], level.Interval / factor)
            : null;
    }

    /// <summary>The increase implied by a printed level and growth: level × g ÷ (100 + g), monotone in both.</summary>
    private (int[] Indexes, DecimalInterval Interval)? Increase(ReleaseItem item)
    {
        if (
            Find(FigureRole.Level, item) is not { } level
            || Find(FigureRole.Growth, item) is not { } growth
        )
        {
            return null;
        }
        var (l, g) = (level.Interval, growth.Interval);
        return g.Lower > -100m && l.Lower >= 0m
            ? (
                [level.Index, growth.Index],
                new DecimalInterval(
                    l.Lower * g.Lower / (100m + g.Lower),
                    l.Upper * g.Upper / (100m + g.Upper)
                )
            )
            : null;
    }

    /// <summary>A figure's interval in the release's magnitude (amounts) or as is (percentages).</summary>
    private DecimalInterval Comparable(ShownFigure figure) =>
        figure.Figure.IsMoney && figure.Magnitude != magnitude
            ? Scale(figure.Interval, figure.Magnitude.Factor / magnitude.Factor)
            : figure.Interval;

    private static DecimalInterval Scale(DecimalInterval interval, decimal factor) =>
        new(interval.Lower * factor, interval.Upper * factor);

    private void Add(
        string what,
        DecimalInterval published,
        DecimalInterval implied,
        int statement,
        params int[] against
    ) =>
        checks.Add(
            new ReleaseCheck(new ConsistencyCheck(what, published, implied), statement, against)
        );
}
