namespace TradeModel.Statements;

/// <summary>The English words of each statement kind.</summary>
internal sealed partial class StatementRenderer
{
    private static readonly string[] CountWords =
    [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
    ];

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string MeasureWord(StatementMeasure measure) =>
        measure switch
        {
            StatementMeasure.Exports => "exports",
            StatementMeasure.Imports => "imports",
            StatementMeasure.Balance => "the balance",
            _ => "total trade",
        };

    /// <summary>The sentence's subject with its opening: "In 2024, total trade in services", "Of this, exports".</summary>
    private string EnglishSubject(Lead lead)
    {
        if (lead.PartOf is { } whole)
        {
            var part =
                whole.Subject == lead.Item.Subject
                    ? MeasureWord(lead.Item.Measure)
                    : lead.Item.ToString();
            return lead.Continued ? Capitalize(part) : "Of this, " + part;
        }
        return lead.First
            ? $"In {PeriodName(period)}, {lead.Item}"
            : Capitalize(lead.Item.ToString());
    }

    private string EnglishLevel(Lead lead, ShownFigure level) =>
        $"{EnglishSubject(lead)} {(lead.Item.Measure == StatementMeasure.Exports || lead.Item.Measure == StatementMeasure.Imports ? "were" : "was")} {level.Text}.";

    private string EnglishGrowth(
        Lead lead,
        ShownFigure level,
        ShownFigure growth,
        ShownFigure? previous,
        bool flat
    )
    {
        var subject = EnglishSubject(lead);
        if (flat)
        {
            return previous is null
                ? $"{subject} {Were(lead)} flat at {level.Text}."
                : $"{subject} {Were(lead)} flat at {level.Text}, against {previous.Text} in {PeriodName(previousPeriod)}.";
        }
        var verb = growth.Shown > 0m ? "grew" : "fell";
        return previous is null
            ? $"{subject} {verb} {growth.Text} to {level.Text}."
            : $"{subject} {verb} {growth.Text} from {previous.Text} in {PeriodName(previousPeriod)} to {level.Text}.";
    }

    private string EnglishUndefinedGrowth(
        Lead lead,
        ShownFigure level,
        ShownFigure? previous,
        UndefinedReason reason
    )
    {
        var before = previous is null
            ? string.Empty
            : $", against {previous.Text} in {PeriodName(previousPeriod)}";
        return $"{EnglishSubject(lead)} {Were(lead)} {level.Text}{before}; no growth rate can be given: {EnglishReason(reason)}.";
    }

    private string EnglishReason(UndefinedReason reason) =>
        reason switch
        {
            UndefinedReason.ZeroBase => $"it was zero in {PeriodName(previousPeriod)}",
            UndefinedReason.NegativeBase => $"it was negative in {PeriodName(previousPeriod)}",
            UndefinedReason.SignChange => $"it changed sign from {PeriodName(previousPeriod)}",
            _ => $"the {PeriodName(previousPeriod)} value is missing",
        };

    private static string Were(Lead lead) =>
        lead.Item.Measure is StatementMeasure.Exports or StatementMeasure.Imports ? "were" : "was";

    private string EnglishBalance(Lead lead, BalanceWords w)
    {
        var name = lead.Item.Subject.Name;
        var opening = lead.First ? $"In {PeriodName(period)}, the" : "The";
        var before = PeriodName(previousPeriod);
        if (w.Now == w.Before)
        {
            if (w.Now == 0)
            {
                return $"{opening} {name} trade balance was zero, as in {before}.";
            }
            var kind = w.Now < 0 ? "deficit" : "surplus";
            if (w.ChangeAmount.Shown == 0m)
            {
                return $"{opening} {name} trade {kind} was unchanged at {w.Balance.Text}.";
            }
            var verb = (w.Now < 0, w.Change > 0) switch
            {
                (true, true) => "narrowed",
                (true, false) => "widened",
                (false, true) => "grew",
                (false, false) => "shrank",
            };
            return $"{opening} {name} trade {kind} {verb} by {w.ChangeAmount.Text} to {w.Balance.Text}.";
        }
        var was = w.Previous is null ? null : EnglishBalanceKind(w.Before, w.Previous.Text);
        if (w.Now == 0)
        {
            return was is null
                ? $"{opening} {name} trade balance was zero, a change of {w.ChangeAmount.Text} from {before}."
                : $"{opening} {name} trade balance was zero, after {was} in {before}.";
        }
        var now = EnglishBalanceKind(w.Now, w.Balance.Text);
        return was is null
            ? $"{opening} {name} trade balance turned to {now}, a change of {w.ChangeAmount.Text} from {before}."
            : $"{opening} {name} trade balance turned from {was} in {before} to {now}.";
    }

    private static string EnglishBalanceKind(int sign, string amount) =>
        sign switch
        {
            < 0 => "a deficit of " + amount,
            > 0 => "a surplus of " + amount,
            _ => "zero",
        };

    private string EnglishShare(Lead lead, ReleaseItem whole, ShownFigure share) =>
        $"{EnglishSubject(lead)} accounted for {share.Text} of {whole}.";

    private string EnglishNoShare(Lead lead, ReleaseItem whole) =>
        $"{EnglishSubject(lead)} has no share of {whole}: {whole} was zero in {PeriodName(period)}.";

    private string EnglishContribution(Lead lead, ReleaseItem whole, ShownFigure points) =>
        points.Shown switch
        {
            > 0m => $"{EnglishSubject(lead)} contributed {points.Text} to the growth of {whole}.",
            < 0m => $"{EnglishSubject(lead)} took {points.Text} off the growth of {whole}.",
            _ => $"{EnglishSubject(lead)} contributed {points.Text} to the growth of {whole}.",
        };

    private string EnglishNoContribution(Lead lead, ReleaseItem whole, UndefinedReason reason) =>
        $"{EnglishSubject(lead)} has no contribution to the growth of {whole}: {whole} was {(reason == UndefinedReason.ZeroBase ? "zero" : "negative")} in {PeriodName(previousPeriod)}.";

    private string EnglishRanking(
        Lead lead,
        RankingStatement s,
        List<(RankedSubject Place, ShownFigure Figure)> places
    )
    {
        var among =
            s.Among.Count <= 5
                ? "among " + EnglishList(s.Among.Select(a => a.Name))
                : $"among the {s.Among.Count} compared";
        var opening = lead.First ? $"In {PeriodName(period)}, {among}" : Capitalize(among);
        var measure = MeasureWord(s.Measure);
        var groups = places.GroupBy(p => p.Place.Rank).ToList();
        string sentence;
        if (s.Top == 1)
        {
            var first = groups[0].ToList();
            var names = EnglishList(first.Select(p => p.Place.Subject.Name));
            var figure = first[0].Figure.Text + (first.Count > 1 ? " each" : string.Empty);
            var jointly = first.Count > 1 ? "jointly " : string.Empty;
            sentence =
                s.Basis == RankingBasis.Level
                    ? $"{opening}, {names} {(first.Count > 1 ? "were" : "was")} {jointly}the largest by {measure} ({figure})"
                    : $"{opening}, {names} grew {jointly}fastest ({SignedGrowth(first[0].Figure)}{(first.Count > 1 ? " each" : string.Empty)})";
        }
        else
        {
            var count = s.Top < CountWords.Length ? CountWords[s.Top] : s.Top.ToString(Invariant);
            var list = EnglishList(
                groups.Select(g =>
                {
                    var members = g.ToList();
                    var figure =
                        s.Basis == RankingBasis.Level
                            ? members[0].Figure.Text
                            : SignedGrowth(members[0].Figure);
                    return members.Count == 1
                        ? $"{members[0].Place.Subject.Name} ({figure})"
                        : $"{EnglishList(members.Select(m => m.Place.Subject.Name))} jointly ({figure} each)";
                })
            );
            sentence =
                s.Basis == RankingBasis.Level
                    ? $"{opening}, the {count} largest by {measure} were {list}"
                    : $"{opening}, the {count} fastest-growing were {list}";
        }
        foreach (var unranked in s.Unranked)
        {
            sentence +=
                $"; {unranked.Subject.Name} is not ranked: {EnglishReason(unranked.Reason)}";
        }
        return sentence + ".";
    }

    private static string SignedGrowth(ShownFigure growth) =>
        growth.Shown < 0m ? "-" + growth.Text : growth.Text;

    private string EnglishThreshold(
        Lead lead,
        ThresholdStatement s,
        int comparison,
        ShownFigure threshold,
        ShownFigure converted,
        ShownFigure rate
    )
    {
        var verb = comparison switch
        {
            > 0 => "exceeded",
            0 => "equalled",
            _ => "did not reach",
        };
        var sentence = $"{EnglishSubject(lead)} {verb} {threshold.Text}";
        if (style.ShowConversion)
        {
            var quote = style.WordingOf(s.Rate.QuoteCurrency).UnitName;
            var baseName = style.WordingOf(s.Rate.BaseCurrency).UnitName;
            sentence += $" ({converted.Text} at {rate.Text} {quote} per {baseName})";
        }
        return sentence + ".";
    }

    private static string EnglishList(IEnumerable<string> items) => List(items, ", ", " and ");
}
