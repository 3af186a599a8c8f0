using TradeModel.Internal;
using TradeModel.Rates;
using TradeModel.Releases;

namespace TradeModel.Statements;

/// <summary>The statements built from the data: each computes its figures from the unrounded values.</summary>
public sealed partial class ReleaseData
{
    /// <summary>"Total trade in services was 7,523.8 billion yuan."</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="measure">The measure.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentException">The subject is not in the data.</exception>
    /// <exception cref="InvalidOperationException">The value in the release's period is missing.</exception>
    public LevelStatement Level(StatementSubject subject, StatementMeasure measure)
    {
        var item = new ReleaseItem(subject, measure);
        return new LevelStatement(item, StatementFigure.Of(Required(item, Period)));
    }

    /// <summary>"Exports of services grew 18.2% to 3,175.56 billion yuan"; a fall, flat growth, or the reason there is no rate.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="showPrevious">Whether the sentence states the earlier value too ("from … to …").</param>
    /// <returns>The statement; its growth is undefined, with the reason, for a zero or negative base, a sign change or a missing earlier value.</returns>
    /// <exception cref="ArgumentException">The subject is not in the data.</exception>
    /// <exception cref="InvalidOperationException">The value in the release's period is missing.</exception>
    public GrowthStatement Growth(
        StatementSubject subject,
        StatementMeasure measure,
        bool showPrevious = false
    )
    {
        var item = new ReleaseItem(subject, measure);
        var current = Required(item, Period);
        var previous = ValueOf(item, PreviousPeriod);
        var growth = ReleaseArithmetic.Growth(current, previous);
        var stated =
            previous is { } p && (showPrevious || !growth.IsDefined)
                ? StatementFigure.Of(p)
                : (StatementFigure?)null;
        return new GrowthStatement(
            item,
            StatementFigure.Of(current),
            StatementFigure.Of(growth),
            stated
        );
    }

    /// <summary>"The services trade deficit narrowed by 31.43 billion yuan to 1,172.68 billion yuan", or a turn from surplus to deficit.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentException">The subject is not in the data.</exception>
    /// <exception cref="InvalidOperationException">The balance in either period is missing.</exception>
    public BalanceStatement Balance(StatementSubject subject)
    {
        var item = new ReleaseItem(subject, StatementMeasure.Balance);
        var current = Required(item, Period);
        var previous = Required(item, PreviousPeriod);
        return new BalanceStatement(
            subject,
            StatementFigure.Of(current),
            StatementFigure.Of(current - previous),
            StatementFigure.Of(previous)
        );
    }

    /// <summary>"Travel services accounted for 27.3% of total trade in services."</summary>
    /// <param name="subject">The part.</param>
    /// <param name="measure">The part's measure.</param>
    /// <param name="whole">The whole.</param>
    /// <param name="wholeMeasure">The whole's measure; the part's when null.</param>
    /// <returns>The statement; the share is undefined for a zero whole.</returns>
    /// <exception cref="ArgumentException">A subject is not in the data.</exception>
    /// <exception cref="InvalidOperationException">A value in the release's period is missing.</exception>
    public ShareStatement Share(
        StatementSubject subject,
        StatementMeasure measure,
        StatementSubject whole,
        StatementMeasure? wholeMeasure = null
    )
    {
        var item = new ReleaseItem(subject, measure);
        var of = new ReleaseItem(whole, wholeMeasure ?? measure);
        var share = ReleaseArithmetic.Share(Required(item, Period), Required(of, Period));
        return new ShareStatement(item, of, StatementFigure.Of(share));
    }

    /// <summary>"Travel services contributed 7.9 percentage points to the growth of total trade in services."</summary>
    /// <param name="subject">The component.</param>
    /// <param name="measure">The component's measure.</param>
    /// <param name="whole">The total.</param>
    /// <param name="wholeMeasure">The total's measure; the component's when null.</param>
    /// <returns>The statement; the contribution is undefined for a zero or negative earlier total.</returns>
    /// <exception cref="ArgumentException">A subject is not in the data.</exception>
    /// <exception cref="InvalidOperationException">A value the contribution needs is missing.</exception>
    public ContributionStatement Contribution(
        StatementSubject subject,
        StatementMeasure measure,
        StatementSubject whole,
        StatementMeasure? wholeMeasure = null
    )
    {
        var item = new ReleaseItem(subject, measure);
        var of = new ReleaseItem(whole, wholeMeasure ?? measure);
        var points = ReleaseArithmetic.Contribution(
            Required(item, Period),
            Required(item, PreviousPeriod),
            Required(of, PreviousPeriod)
        );
        return new ContributionStatement(item, of, StatementFigure.Of(points));
    }

    /// <summary>
    /// "Among travel services and knowledge-intensive services, travel services grew fastest (38.1%)." Subjects with
    /// equal exact figures share a rank; every subject tied at the last place stated is stated. In a ranking by
    /// growth, a subject with no growth rate is not placed and is named with the reason.
    /// </summary>
    /// <param name="measure">The measure compared.</param>
    /// <param name="basis">Level or growth.</param>
    /// <param name="among">The subjects compared, at least two.</param>
    /// <param name="top">How many places to state.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentException">Fewer than two subjects, one repeated or not in the data, or none can be ranked.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is below 1.</exception>
    /// <exception cref="InvalidOperationException">A value in the release's period is missing.</exception>
    public RankingStatement Ranking(
        StatementMeasure measure,
        RankingBasis basis,
        IEnumerable<StatementSubject> among,
        int top = 1
    )
    {
        Preconditions.CheckNotNull(among);
        var compared = among.ToList();
        Preconditions.CheckArgument(
            compared.Count >= 2 && compared.Distinct().Count() == compared.Count,
            nameof(among),
            $"A ranking compares two or more different subjects; {compared.Count} given, {compared.Distinct().Count()} different."
        );
        Preconditions.CheckArgumentRange(nameof(top), top, 1, int.MaxValue);
        var candidates =
            new List<(StatementSubject Subject, decimal Key, StatementFigure Figure)>();
        var unranked = new List<UnrankedSubject>();
        foreach (var subject in compared)
        {
            var item = new ReleaseItem(subject, measure);
            var current = Required(item, Period);
            if (basis == RankingBasis.Level)
            {
                candidates.Add((subject, current.Amount, StatementFigure.Of(current)));
                continue;
            }
            var growth = ReleaseArithmetic.Growth(current, ValueOf(item, PreviousPeriod));
            if (growth.TryGetValue(out var rate))
            {
                candidates.Add((subject, rate, StatementFigure.Of(growth)));
            }
            else
            {
                unranked.Add(new UnrankedSubject(subject, growth.Reason));
            }
        }
        Preconditions.CheckArgument(
            candidates.Count > 0,
            nameof(among),
            "None of the subjects has a growth rate to rank by."
        );
        var ordered = candidates.OrderByDescending(c => c.Key).ToList();
        var ranked = new List<RankedSubject>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Key == ordered[i - 1].Key ? ranked[i - 1].Rank : i + 1;
            if (rank > top)
            {
                break;
            }
            ranked.Add(new RankedSubject(ordered[i].Subject, rank, ordered[i].Figure));
        }
        return new RankingStatement(measure, basis, compared, top, ranked, unranked);
    }

    /// <summary>"Total trade in services exceeded US$1 trillion (US$1,056.5 billion at 7.1217 yuan per US dollar)."</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="threshold">The threshold, in the rate's other currency.</param>
    /// <param name="rate">The rate to convert at (the period's average, for a year's total).</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rate"/> is null.</exception>
    /// <exception cref="ArgumentException">The subject is not in the data, or the rate does not convert the data's currency to the threshold's.</exception>
    /// <exception cref="InvalidOperationException">The value in the release's period is missing.</exception>
    public ThresholdStatement Threshold(
        StatementSubject subject,
        StatementMeasure measure,
        Money threshold,
        ExchangeRate rate
    )
    {
        Preconditions.CheckNotNull(rate);
        var item = new ReleaseItem(subject, measure);
        var level = Required(item, Period);
        Preconditions.CheckArgument(
            threshold.Currency != Currency
                && (rate.BaseCurrency == Currency || rate.QuoteCurrency == Currency)
                && (
                    rate.BaseCurrency == threshold.Currency
                    || rate.QuoteCurrency == threshold.Currency
                ),
            nameof(rate),
            $"A {rate.BaseCurrency.Code}/{rate.QuoteCurrency.Code} rate cannot convert {Currency.Code} to {threshold.Currency.Code}."
        );
        return new ThresholdStatement(
            item,
            StatementFigure.Of(level),
            threshold,
            rate,
            StatementFigure.Of(rate.Convert(level))
        );
    }

    /// <summary>A release of statements built from this data, for its two periods.</summary>
    /// <param name="statements">The statements, in order.</param>
    /// <returns>The release.</returns>
    /// <exception cref="ArgumentException">There are no statements.</exception>
    public Release Release(params IEnumerable<ReleaseStatement> statements) =>
        new(Period, PreviousPeriod, statements);

    private Money Required(ReleaseItem item, ReferencePeriod period) =>
        ValueOf(item, period)
        ?? throw new InvalidOperationException(
            Errors.Format($"The value of {item} in {period} is missing, so it cannot be stated.")
        );
}
