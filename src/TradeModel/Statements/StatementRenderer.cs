using System.Globalization;
using TradeModel.Releases;

namespace TradeModel.Statements;

/// <summary>
/// Rounds a statement's figures in a style and words the sentence: the figures first (the same in every language),
/// then the words of the style's language (<c>StatementRenderer.English.cs</c>, <c>StatementRenderer.Chinese.cs</c>).
/// </summary>
internal sealed partial class StatementRenderer
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly ReleaseStyle style;
    private readonly ReferencePeriod period;
    private readonly ReferencePeriod previousPeriod;

    internal StatementRenderer(
        ReleaseStyle style,
        ReferencePeriod period,
        ReferencePeriod previousPeriod
    )
    {
        this.style = style;
        this.period = period;
        this.previousPeriod = previousPeriod;
    }

    private bool IsChinese => style.Language == ReleaseLanguage.Chinese;

    /// <summary>Renders one statement; <paramref name="first"/> opens the release with its period.</summary>
    internal RenderedStatement Render(
        ReleaseStatement statement,
        bool first,
        ReleaseStatement? before
    )
    {
        var figures = new List<ShownFigure>();
        var lead = new Lead(
            first,
            statement.PartOf,
            statement.Item,
            statement.PartOf is { } whole && before?.PartOf == whole
        );
        var text = statement switch
        {
            LevelStatement s => Level(s, lead, figures),
            GrowthStatement s => Growth(s, lead, figures),
            BalanceStatement s => Balance(s, lead, figures),
            ShareStatement s => Share(s, lead, figures),
            ContributionStatement s => Contribution(s, lead, figures),
            RankingStatement s => Ranking(s, lead, figures),
            ThresholdStatement s => Threshold(s, lead, figures),
            _ => throw new ArgumentException(
                $"{statement.GetType().Name} is not a statement kind this library renders.",
                nameof(statement)
            ),
        };
        return new RenderedStatement(statement, text, figures);
    }

    private string Level(LevelStatement s, Lead lead, List<ShownFigure> figures)
    {
        var level = Add(figures, Amount(FigureRole.Level, s.Item, s.Level));
        return IsChinese ? ChineseLevel(lead, level) : EnglishLevel(lead, level);
    }

    private string Growth(GrowthStatement s, Lead lead, List<ShownFigure> figures)
    {
        var level = Add(figures, Amount(FigureRole.Level, s.Item, s.Level));
        var previous = s.Previous is { } p
            ? Add(figures, Amount(FigureRole.PreviousLevel, s.Item, p))
            : null;
        if (!s.Growth.IsDefined)
        {
            var reason = s.Growth.Percent!.Value.Reason;
            return IsChinese
                ? ChineseUndefinedGrowth(lead, level, previous, reason)
                : EnglishUndefinedGrowth(lead, level, previous, reason);
        }
        var growth = Add(figures, GrowthFigure(s.Item, s.Growth));
        var flat = growth.Text.Length == 0;
        return IsChinese
            ? ChineseGrowth(lead, level, growth, previous, flat)
            : EnglishGrowth(lead, level, growth, previous, flat);
    }

    private string Balance(BalanceStatement s, Lead lead, List<ShownFigure> figures)
    {
        var balance = Add(figures, Amount(FigureRole.Level, s.Item, s.Balance, absolute: true));
        var change = Add(
            figures,
            Amount(FigureRole.BalanceChange, s.Item, s.Change, absolute: true)
        );
        var now = SignOf(s.Balance, balance);
        var changeSign = SignOf(s.Change, change);
        int before;
        ShownFigure? previous = null;
        if (s.Previous is { } p)
        {
            previous = Amount(FigureRole.PreviousLevel, s.Item, p, absolute: true);
            before = SignOf(p, previous);
        }
        else
        {
            before = PreviousSign(s);
        }
        var turned = now != before;
        if (turned && previous is not null)
        {
            figures.Add(previous);
        }
        var words = new BalanceWords(
            now,
            before,
            changeSign,
            balance,
            change,
            turned ? previous : null
        );
        return IsChinese ? ChineseBalance(lead, words) : EnglishBalance(lead, words);
    }

    private string Share(ShareStatement s, Lead lead, List<ShownFigure> figures)
    {
        if (!s.Share.IsDefined)
        {
            return IsChinese ? ChineseNoShare(lead, s.Whole) : EnglishNoShare(lead, s.Whole);
        }
        var share = Add(
            figures,
            PercentFigureShown(FigureRole.Share, s.Item, s.Share, style.PercentDecimals)
        );
        return IsChinese ? ChineseShare(lead, s.Whole, share) : EnglishShare(lead, s.Whole, share);
    }

    private string Contribution(ContributionStatement s, Lead lead, List<ShownFigure> figures)
    {
        if (!s.Points.IsDefined)
        {
            var reason = s.Points.Percent!.Value.Reason;
            return IsChinese
                ? ChineseNoContribution(lead, s.Whole, reason)
                : EnglishNoContribution(lead, s.Whole, reason);
        }
        var points = Add(
            figures,
            PercentFigureShown(FigureRole.Contribution, s.Item, s.Points, style.PointsDecimals)
        );
        return IsChinese
            ? ChineseContribution(lead, s.Whole, points)
            : EnglishContribution(lead, s.Whole, points);
    }

    private string Ranking(RankingStatement s, Lead lead, List<ShownFigure> figures)
    {
        var places = new List<(RankedSubject Place, ShownFigure Figure)>();
        foreach (var place in s.Ranked)
        {
            var item = new ReleaseItem(place.Subject, s.Measure);
            var shown =
                s.Basis == RankingBasis.Level
                    ? Amount(
                        FigureRole.Level,
                        item,
                        place.Figure,
                        absolute: s.Measure == StatementMeasure.Balance
                    )
                    : PercentFigureShown(
                        FigureRole.Growth,
                        item,
                        place.Figure,
                        style.PercentDecimals
                    );
            places.Add((place, Add(figures, shown)));
        }
        return IsChinese ? ChineseRanking(lead, s, places) : EnglishRanking(lead, s, places);
    }

    private string Threshold(ThresholdStatement s, Lead lead, List<ShownFigure> figures)
    {
        var level = Add(figures, Amount(FigureRole.Level, s.Item, s.Level, inSentence: false));
        var converted = Add(
            figures,
            Amount(
                FigureRole.Converted,
                s.Item,
                s.Converted,
                magnitude: style.ConvertedMagnitude,
                decimals: style.ConvertedDecimals,
                inSentence: style.ShowConversion
            )
        );
        var thresholdMagnitude = IsChinese
            ? Magnitude.ChineseFor(s.Threshold.Amount)
            : Magnitude.ShortScaleFor(s.Threshold.Amount);
        var thresholdValue = s.Threshold.AmountIn(thresholdMagnitude);
        var threshold = Add(
            figures,
            Exact(
                FigureRole.Threshold,
                s.Item,
                StatementFigure.Of(s.Threshold),
                thresholdValue,
                thresholdMagnitude,
                AmountText(
                    thresholdValue,
                    Trimmed(thresholdValue),
                    thresholdMagnitude,
                    s.Threshold.Currency
                ),
                inSentence: true
            )
        );
        var rate = Add(
            figures,
            Exact(
                FigureRole.Rate,
                s.Item,
                StatementFigure.Typed(new PublishedFigure(s.Rate.Rate), FigureUnit.Percent),
                s.Rate.Rate,
                Magnitude.One,
                Number(s.Rate.Rate, Trimmed(s.Rate.Rate), group: false),
                inSentence: style.ShowConversion
            )
        );
        var comparison = (
            s.Converted.Money?.Amount ?? converted.Shown * converted.Magnitude.Factor
        ).CompareTo(s.Threshold.Amount);
        return IsChinese
            ? ChineseThreshold(lead, s, comparison, threshold, converted, rate)
            : EnglishThreshold(lead, s, comparison, threshold, converted, rate);
    }

    /// <summary>The sign of the balance before: from the exact balance and change, or from the typed ones.</summary>
    private static int PreviousSign(BalanceStatement s)
    {
        if (s.Balance.Money is { } b && s.Change.Money is { } c)
        {
            return (b - c).Sign;
        }
        var balance = s.Balance.Published!.Value.Value * s.Balance.Magnitude.Factor;
        var change = s.Change.Published!.Value.Value * s.Change.Magnitude.Factor;
        return Math.Sign(balance - change);
    }

    private static int SignOf(StatementFigure figure, ShownFigure shown) =>
        figure.Money is { } money ? money.Sign : Math.Sign(shown.Shown);

    private static ShownFigure Add(List<ShownFigure> figures, ShownFigure figure)
    {
        figures.Add(figure);
        return figure;
    }

    /// <summary>An amount rounded in the style (or as typed), its text without sign when <paramref name="absolute"/>.</summary>
    private ShownFigure Amount(
        FigureRole role,
        ReleaseItem item,
        StatementFigure figure,
        bool absolute = false,
        Magnitude? magnitude = null,
        int? decimals = null,
        bool inSentence = true
    )
    {
        decimal shown;
        int places;
        MidpointRounding rule;
        Magnitude unit;
        if (figure.Published is { } typed)
        {
            (shown, places, rule, unit) = (
                typed.Value,
                typed.Decimals,
                typed.Rule,
                figure.Magnitude
            );
        }
        else
        {
            unit = magnitude ?? style.Magnitude;
            places = decimals ?? style.LevelDecimals;
            rule = style.Rounding;
            shown = Math.Round(figure.Money!.Value.AmountIn(unit), places, rule);
        }
        var interval = new PublishedFigure(shown, places, rule).Interval;
        var text = AmountText(
            absolute ? Math.Abs(shown) : shown,
            places,
            unit,
            figure.Currency!.Value
        );
        return new ShownFigure(
            role,
            item,
            figure,
            shown,
            places,
            rule,
            unit,
            interval,
            text,
            inSentence
        );
    }

    /// <summary>A growth rate; a flat one gets an empty text and the flat range as its interval.</summary>
    private ShownFigure GrowthFigure(ReleaseItem item, StatementFigure figure)
    {
        var shown = PercentFigureShown(FigureRole.Growth, item, figure, style.PercentDecimals);
        var exact = figure.Percent?.Value ?? shown.Shown;
        if (style.FlatWithin is { } within && Math.Abs(exact) < within)
        {
            return new ShownFigure(
                FigureRole.Growth,
                item,
                figure,
                shown.Shown,
                shown.Decimals,
                shown.Rule,
                Magnitude.One,
                new DecimalInterval(-within, within),
                string.Empty,
                inSentence: true
            );
        }
        if (style.FlatWithin is null && shown.Shown == 0m)
        {
            return new ShownFigure(
                FigureRole.Growth,
                item,
                figure,
                0m,
                shown.Decimals,
                shown.Rule,
                Magnitude.One,
                shown.Interval,
                string.Empty,
                inSentence: true
            );
        }
        return shown;
    }

    /// <summary>A percentage or points figure, its text the absolute value with "%" (the words give the sign).</summary>
    private ShownFigure PercentFigureShown(
        FigureRole role,
        ReleaseItem item,
        StatementFigure figure,
        int decimals
    )
    {
        decimal shown;
        int places;
        MidpointRounding rule;
        if (figure.Published is { } typed)
        {
            (shown, places, rule) = (typed.Value, typed.Decimals, typed.Rule);
        }
        else
        {
            (places, rule) = (decimals, style.Rounding);
            shown = Math.Round(figure.Percent!.Value.Value, places, rule);
        }
        var interval = new PublishedFigure(shown, places, rule).Interval;
        var number = Number(Math.Abs(shown), places, group: false);
        var text =
            figure.Unit == FigureUnit.PercentagePoints
                ? (IsChinese ? number + "个百分点" : number + " percentage points")
                : number + "%";
        return new ShownFigure(
            role,
            item,
            figure,
            shown,
            places,
            rule,
            Magnitude.One,
            interval,
            text,
            true
        );
    }

    private static ShownFigure Exact(
        FigureRole role,
        ReleaseItem item,
        StatementFigure figure,
        decimal value,
        Magnitude magnitude,
        string text,
        bool inSentence
    ) =>
        new(
            role,
            item,
            figure,
            value,
            Trimmed(value),
            MidpointRounding.AwayFromZero,
            magnitude,
            DecimalInterval.Exactly(value),
            text,
            inSentence
        );

    /// <summary>"a, b and c" in a language's separators: every item but the last joined by one, the last by the other.</summary>
    private static string List(IEnumerable<string> items, string separator, string last)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(separator, list.Take(list.Count - 1)) + last + list[^1],
        };
    }

    /// <summary>The decimals a value needs, trailing zeros aside.</summary>
    private static int Trimmed(decimal value)
    {
        var text = value.ToString(Invariant);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : text.TrimEnd('0').Length - point - 1;
    }

    /// <summary>"3,175.56 billion yuan", "US$1 trillion", "-€47.5 billion" (the sign before the currency), "31755.6亿元".</summary>
    private string AmountText(decimal value, int decimals, Magnitude magnitude, Currency currency)
    {
        var wording = style.WordingOf(currency);
        var sign = value < 0m ? "-" : string.Empty;
        var number = Number(Math.Abs(value), decimals, style.GroupDigits);
        if (IsChinese)
        {
            return sign + wording.Prefix + number + magnitude.Name + wording.Suffix;
        }
        var text = sign + wording.Prefix + number;
        if (magnitude != Magnitude.One)
        {
            text += " " + magnitude.Name;
        }
        return wording.Suffix.Length == 0 ? text : text + " " + wording.Suffix;
    }

    /// <summary>A number with its decimals (trailing zeros dropped when the style says so), invariant.</summary>
    private string Number(decimal value, int decimals, bool group)
    {
        var format = (group ? "N" : "F") + decimals.ToString(Invariant);
        var text = value.ToString(format, Invariant);
        if (style.TrimTrailingZeros && decimals > 0)
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }
        return text;
    }

    private string PeriodName(ReferencePeriod value) =>
        IsChinese && value.Kind == PeriodKind.Year ? value.ToString() + "年" : value.ToString();

    private bool PreviousIsYearBefore => previousPeriod == period.YearEarlier();

    /// <summary>
    /// How a sentence opens: with the release's period, as an "of which" part (<paramref name="Continued"/> when the
    /// sentence before is a part of the same whole, so "of this" is not said twice), or plainly.
    /// </summary>
    private readonly record struct Lead(
        bool First,
        ReleaseItem? PartOf,
        ReleaseItem Item,
        bool Continued
    );

    /// <summary>What a balance sentence says: signs now, before and of the change, and the printed amounts.</summary>
    private readonly record struct BalanceWords(
        int Now,
        int Before,
        int Change,
        ShownFigure Balance,
        ShownFigure ChangeAmount,
        ShownFigure? Previous
    );
}
