using TradeModel.Analysis;
using TradeModel.Flows;
using TradeModel.Internal;
using TradeModel.Releases;

namespace TradeModel.Statements;

/// <summary>
/// The values a release speaks of, for its period and the one before, in one currency, taken from data: flows (a
/// <see cref="TradeFlowCollection"/> and a filter per subject), a cube (a <see cref="FlowCube"/> grouped by period
/// or year and direction, and a key per subject) or the lines of a release table (<see cref="ReleaseRow"/>). Its
/// methods build the statements (<c>ReleaseData.Statements.cs</c>); every figure in them is computed here, from
/// these unrounded values, never typed in.
/// </summary>
/// <remarks>
/// A subject added from flows or a cube has exports and imports; its total trade is their sum and its balance their
/// difference. A subject added from release-table lines has the measures given. A value is missing when no flow or
/// cell matches, or when some matching flows have no value (an incomplete total is never stated); a statement
/// that needs a missing value says so, or is refused.
/// </remarks>
public sealed partial class ReleaseData
{
    private readonly Dictionary<ReleaseItem, (Money? Current, Money? Previous)> values = [];
    private readonly List<StatementSubject> subjects = [];

    /// <summary>Creates empty data for a release.</summary>
    /// <param name="period">The period reported.</param>
    /// <param name="previousPeriod">The period compared with (for year-on-year growth, <c>period.YearEarlier()</c>).</param>
    /// <param name="currency">The currency of every value.</param>
    /// <exception cref="ArgumentException">The two periods are the same.</exception>
    public ReleaseData(ReferencePeriod period, ReferencePeriod previousPeriod, Currency currency)
    {
        Preconditions.CheckArgument(
            period != previousPeriod,
            nameof(previousPeriod),
            $"A release compares two periods; both are {period}."
        );
        Period = period;
        PreviousPeriod = previousPeriod;
        Currency = currency;
    }

    /// <summary>The period reported.</summary>
    public ReferencePeriod Period { get; }

    /// <summary>The period compared with.</summary>
    public ReferencePeriod PreviousPeriod { get; }

    /// <summary>The currency of every value.</summary>
    public Currency Currency { get; }

    /// <summary>The subjects added, in order.</summary>
    public IReadOnlyList<StatementSubject> Subjects => subjects;

    /// <summary>Adds a subject whose exports and imports are the totals of the flows a filter matches in each period.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="flows">The flows.</param>
    /// <param name="filter">Which flows are the subject (reporter, partner, category); its direction and period must be unset.</param>
    /// <returns>This data, to chain.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The subject was added before, the filter sets a direction or period, or the flows are in another currency.
    /// </exception>
    public ReleaseData Add(StatementSubject subject, TradeFlowCollection flows, FlowFilter filter)
    {
        Preconditions.CheckNotNull(flows);
        Preconditions.CheckNotNull(filter);
        Preconditions.CheckArgument(
            filter.Direction is null && filter.Period is null,
            nameof(filter),
            $"The filter of {subject} sets a direction or period; the release sets those itself."
        );
        CheckCurrency(flows.Currency, nameof(flows));
        Money? Total(TradeDirection direction, ReferencePeriod period)
        {
            var total = flows.Total(filter with { Direction = direction, Period = period });
            return total.Flows > 0 && total.IsComplete ? total.Value : null;
        }
        return AddDirections(subject, Total);
    }

    /// <summary>Adds a subject whose exports and imports are cells of a cube grouped by period (or year) and direction.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="cube">The cube.</param>
    /// <param name="key">The subject's cell key without period and direction (e.g. the reporter and category); the default key for the whole cube.</param>
    /// <returns>This data, to chain.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The subject was added before, the key sets a period or direction, the cube is not grouped by direction and by
    /// period or year, or it is in another currency.
    /// </exception>
    public ReleaseData Add(StatementSubject subject, FlowCube cube, FlowKey key)
    {
        Preconditions.CheckNotNull(cube);
        Preconditions.CheckArgument(
            key.Period is null && key.Direction is null,
            nameof(key),
            $"The key of {subject} sets a period or direction; the release sets those itself."
        );
        Preconditions.CheckArgument(
            cube.Query.IndexOf(FlowDimensionKind.Direction) >= 0
                && (
                    cube.Query.IndexOf(FlowDimensionKind.Period) >= 0
                    || cube.Query.IndexOf(FlowDimensionKind.Year) >= 0
                ),
            nameof(cube),
            $"A release needs a cube grouped by direction and by period or year; this one is {cube.Query}."
        );
        CheckCurrency(cube.Currency, nameof(cube));
        var complete = cube.ToDictionary(cell => cell.Key, cell => cell.IsComplete);
        Money? Total(TradeDirection direction, ReferencePeriod period)
        {
            var cell = key with { Direction = direction, Period = period };
            return complete.TryGetValue(cell, out var isComplete) && isComplete
                ? cube.TotalOf(cell)
                : null;
        }
        return AddDirections(subject, Total);
    }

    /// <summary>Adds one measure of a subject from a line of a release table: its value and its earlier value.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="measure">What the line measures.</param>
    /// <param name="current">The value in the release's period, or null when missing.</param>
    /// <param name="previous">The value in the period before, or null when missing.</param>
    /// <returns>This data, to chain.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    /// <exception cref="ArgumentException">The measure of the subject was added before, or a value is in another currency.</exception>
    public ReleaseData Add(
        StatementSubject subject,
        StatementMeasure measure,
        Money? current,
        Money? previous
    )
    {
        Preconditions.CheckNotNull(subject);
        if (current is { } now)
        {
            CheckCurrency(now.Currency, nameof(current));
        }
        if (previous is { } before)
        {
            CheckCurrency(before.Currency, nameof(previous));
        }
        var item = new ReleaseItem(subject, measure);
        Preconditions.CheckArgument(
            !values.ContainsKey(item),
            nameof(measure),
            $"{item} was added before."
        );
        values[item] = (current, previous);
        if (!subjects.Contains(subject))
        {
            subjects.Add(subject);
        }
        return this;
    }

    /// <summary>Adds one measure of a subject from a <see cref="ReleaseRow"/> (its value and earlier value).</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="measure">What the line measures.</param>
    /// <param name="row">The line; a missing value stays missing.</param>
    /// <returns>This data, to chain.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The measure of the subject was added before, or the line is in another currency.</exception>
    public ReleaseData Add(StatementSubject subject, StatementMeasure measure, ReleaseRow row)
    {
        Preconditions.CheckNotNull(row);
        return Add(subject, measure, row.Current, row.Previous);
    }

    /// <summary>A value of the data, or null when missing.</summary>
    /// <param name="item">The subject and measure.</param>
    /// <param name="period"><see cref="Period"/> or <see cref="PreviousPeriod"/>.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="ArgumentException">The subject is not in the data, or the period is neither of the release's.</exception>
    public Money? ValueOf(ReleaseItem item, ReferencePeriod period)
    {
        Preconditions.CheckArgument(
            period == Period || period == PreviousPeriod,
            nameof(period),
            $"The release compares {Period} with {PreviousPeriod}, not {period}."
        );
        Preconditions.CheckNotNull(item.Subject, nameof(item));
        Preconditions.CheckArgument(
            subjects.Contains(item.Subject),
            nameof(item),
            $"{item.Subject} is not a subject of this data; add it first."
        );
        var current = period == Period;
        if (values.TryGetValue(item, out var pair))
        {
            return current ? pair.Current : pair.Previous;
        }
        if (item.Measure is StatementMeasure.TotalTrade or StatementMeasure.Balance)
        {
            var exports = ValueOf(item with { Measure = StatementMeasure.Exports }, period);
            var imports = ValueOf(item with { Measure = StatementMeasure.Imports }, period);
            if (exports is { } x && imports is { } m)
            {
                return item.Measure == StatementMeasure.TotalTrade ? x + m : x - m;
            }
        }
        return null;
    }

    private ReleaseData AddDirections(
        StatementSubject subject,
        Func<TradeDirection, ReferencePeriod, Money?> total
    )
    {
        Preconditions.CheckNotNull(subject);
        Preconditions.CheckArgument(
            !subjects.Contains(subject),
            nameof(subject),
            $"{subject} was added before."
        );
        foreach (
            var (measure, direction) in new[]
            {
                (StatementMeasure.Exports, TradeDirection.Exports),
                (StatementMeasure.Imports, TradeDirection.Imports),
            }
        )
        {
            values[new ReleaseItem(subject, measure)] = (
                total(direction, Period),
                total(direction, PreviousPeriod)
            );
        }
        subjects.Add(subject);
        return this;
    }

    private void CheckCurrency(Currency currency, string paramName) =>
        Preconditions.CheckArgument(
            currency == Currency,
            paramName,
            $"The release is in {Currency.Code}; these values are in {currency.Code}."
        );
}
