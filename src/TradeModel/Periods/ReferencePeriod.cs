using NodaTime;
using TradeModel.Internal;

namespace TradeModel;

/// <summary>
/// The period a figure covers: a year, a quarter, a month, a year-to-date span (January to month n), a day,
/// or any interval of whole days. Dates are NodaTime <see cref="LocalDate"/>s in the ISO calendar.
/// </summary>
/// <remarks>
/// <para>
/// Two periods are equal when they have the same kind and the same dates: the first quarter of 2024 and
/// January–March 2024 year-to-date cover the same days but are different periods, because their previous
/// periods differ (Q4 2023, and January–February 2024).
/// </para>
/// <para>Periods are ordered by start date, then end date, then kind.</para>
/// <para>The default value is the year 1 (0001-01-01 to 0001-12-31), as <c>default(LocalDate)</c> is 0001-01-01.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ReferencePeriodJsonConverter))]
public readonly partial struct ReferencePeriod
    : IEquatable<ReferencePeriod>,
        IComparable<ReferencePeriod>,
        IComparable
{
    private readonly LocalDate start;
    private readonly LocalDate intervalEnd;
    private readonly PeriodKind kind;
    private readonly byte number;

    private ReferencePeriod(PeriodKind kind, LocalDate start, byte number, LocalDate intervalEnd)
    {
        this.kind = kind;
        this.start = start;
        this.number = number;
        this.intervalEnd = intervalEnd;
    }

    /// <summary>The kind of span.</summary>
    public PeriodKind Kind => kind;

    /// <summary>The publication frequency of this kind of period.</summary>
    public Frequency Frequency =>
        kind switch
        {
            PeriodKind.Year => Frequency.Annual,
            PeriodKind.Quarter => Frequency.Quarterly,
            PeriodKind.Month or PeriodKind.YearToDate => Frequency.Monthly,
            PeriodKind.Day => Frequency.Daily,
            _ => Frequency.Irregular,
        };

    /// <summary>The first day covered.</summary>
    public LocalDate Start => start;

    /// <summary>The last day covered (inclusive).</summary>
    public LocalDate End =>
        kind switch
        {
            // Computed without passing the day after the end, which does not exist for periods ending 9999-12-31.
            PeriodKind.Year => new LocalDate(start.Year, 12, 31),
            PeriodKind.Quarter => start.PlusMonths(2).With(DateAdjusters.EndOfMonth),
            PeriodKind.Month => start.With(DateAdjusters.EndOfMonth),
            PeriodKind.YearToDate => start.PlusMonths(number - 1).With(DateAdjusters.EndOfMonth),
            PeriodKind.Day => start,
            _ => intervalEnd,
        };

    /// <summary>The calendar year of the first day.</summary>
    public int Year => start.Year;

    /// <summary>
    /// The number within the year: the quarter (1–4) of a quarter, the month (1–12) of a month, the last
    /// month of a year-to-date span; 0 for years, days and intervals.
    /// </summary>
    public int Number =>
        kind is PeriodKind.Quarter or PeriodKind.Month or PeriodKind.YearToDate ? number : 0;

    /// <summary>
    /// How many whole calendar months the period covers: 12 for a year, 3 for a quarter, n for January to
    /// month n; for a day or an interval, the months when it runs from a first of the month to a month end,
    /// otherwise <see langword="null"/>.
    /// </summary>
    public int? LengthInMonths
    {
        get
        {
            switch (kind)
            {
                case PeriodKind.Year:
                    return 12;
                case PeriodKind.Quarter:
                    return 3;
                case PeriodKind.Month:
                    return 1;
                case PeriodKind.YearToDate:
                    return number;
                default:
                    var end = End;
                    if (start.Day != 1 || !IsMonthEnd(end))
                    {
                        return null;
                    }
                    return (end.Year - start.Year) * 12 + end.Month - start.Month + 1;
            }
        }
    }

    private static bool IsMonthEnd(LocalDate date) => date == date.With(DateAdjusters.EndOfMonth);

    /// <summary>How many days the period covers.</summary>
    public int LengthInDays => Period.DaysBetween(start, End) + 1;

    /// <summary>A calendar year.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999.</exception>
    public static ReferencePeriod ForYear(int year)
    {
        CheckYear(year);
        return new(PeriodKind.Year, new LocalDate(year, 1, 1), 0, default);
    }

    /// <summary>A calendar quarter.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or quarter is out of range.</exception>
    public static ReferencePeriod ForQuarter(int year, int quarter)
    {
        CheckYear(year);
        Preconditions.CheckArgumentRange(nameof(quarter), quarter, 1, 4);
        return new(
            PeriodKind.Quarter,
            new LocalDate(year, (quarter * 3) - 2, 1),
            (byte)quarter,
            default
        );
    }

    /// <summary>A calendar month.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static ReferencePeriod ForMonth(int year, int month)
    {
        CheckYear(year);
        Preconditions.CheckArgumentRange(nameof(month), month, 1, 12);
        return new(PeriodKind.Month, new LocalDate(year, month, 1), (byte)month, default);
    }

    /// <summary>January to <paramref name="lastMonth"/> of a year, cumulated ("January–October 2024").</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="lastMonth">The last month included, 1 to 12.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static ReferencePeriod ForYearToDate(int year, int lastMonth)
    {
        CheckYear(year);
        Preconditions.CheckArgumentRange(nameof(lastMonth), lastMonth, 1, 12);
        return new(PeriodKind.YearToDate, new LocalDate(year, 1, 1), (byte)lastMonth, default);
    }

    /// <summary>A single day.</summary>
    /// <param name="date">The day, in the ISO calendar.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    public static ReferencePeriod ForDay(LocalDate date)
    {
        CheckIso(date, nameof(date));
        return new(PeriodKind.Day, date, 0, default);
    }

    /// <summary>Any interval of whole days.</summary>
    /// <param name="interval">The days covered, both ends included, in the ISO calendar.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentException">The interval is not in the ISO calendar.</exception>
    public static ReferencePeriod ForInterval(DateInterval interval)
    {
        Preconditions.CheckNotNull(interval);
        CheckIso(interval.Start, nameof(interval));
        return new(PeriodKind.Interval, interval.Start, 0, interval.End);
    }

    /// <summary>Whether a date falls within the period.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether Start ≤ date ≤ End.</returns>
    public bool Contains(LocalDate date) => date >= start && date <= End;

    /// <summary>Whether another period lies entirely within this one.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>Whether its days are all days of this period.</returns>
    public bool Contains(ReferencePeriod other) => other.start >= start && other.End <= End;

    /// <summary>The days covered, as a NodaTime <see cref="DateInterval"/>.</summary>
    /// <returns>The interval.</returns>
    public DateInterval ToDateInterval() => new(start, End);

    /// <summary>
    /// The period with the same coverage one year earlier, the base of a year-on-year comparison:
    /// 2024-Q3 gives 2023-Q3, January–October 2024 gives January–October 2023. For days and intervals, dates
    /// move back one year (29 February becomes 28 February), except that an interval ending on the last day of a
    /// month still ends on the last day of that month, so that whole months stay whole months.
    /// </summary>
    /// <returns>The period a year earlier.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The period is in the year 1.</exception>
    public ReferencePeriod YearEarlier()
    {
        CheckYear(start.Year - 1);
        if (kind != PeriodKind.Interval)
        {
            return new(kind, start.PlusYears(-1), number, default);
        }
        // An interval that ends on the last day of a month ends on the last day of that month a year earlier too:
        // 1 May to 28 February (not a leap year) becomes 1 May to 29 February when that February has 29 days.
        var endsOnMonthEnd = IsMonthEnd(intervalEnd);
        var end = intervalEnd.PlusYears(-1);
        return new(
            kind,
            start.PlusYears(-1),
            0,
            endsOnMonthEnd ? end.With(DateAdjusters.EndOfMonth) : end
        );
    }

    /// <summary>
    /// The period just before, of the same kind: the previous year, quarter, month or day. For January to month
    /// n it is January to month n − 1, and for January alone it is January–December of the previous year (the
    /// previous cumulation). For an interval it is the interval of the same number of days just before.
    /// </summary>
    /// <returns>The previous period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">There is no earlier period in the supported range.</exception>
    public ReferencePeriod Previous()
    {
        switch (kind)
        {
            case PeriodKind.Year:
                return ForYear(Year - 1);
            case PeriodKind.Quarter:
                return number == 1 ? ForQuarter(Year - 1, 4) : ForQuarter(Year, number - 1);
            case PeriodKind.Month:
                return number == 1 ? ForMonth(Year - 1, 12) : ForMonth(Year, number - 1);
            case PeriodKind.YearToDate:
                return number == 1 ? ForYearToDate(Year - 1, 12) : ForYearToDate(Year, number - 1);
            case PeriodKind.Day:
                CheckYear(start.PlusDays(-1).Year);
                return ForDay(start.PlusDays(-1));
            default:
                var end = start.PlusDays(-1);
                CheckYear(end.PlusDays(-(LengthInDays - 1)).Year);
                return ForInterval(new DateInterval(end.PlusDays(-(LengthInDays - 1)), end));
        }
    }

    /// <summary>Whether two periods are equal: same kind and same dates.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ReferencePeriod left, ReferencePeriod right) =>
        left.Equals(right);

    /// <summary>Whether two periods differ.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ReferencePeriod left, ReferencePeriod right) =>
        !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(ReferencePeriod left, ReferencePeriod right) =>
        left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(ReferencePeriod left, ReferencePeriod right) =>
        left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(ReferencePeriod left, ReferencePeriod right) =>
        left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(ReferencePeriod left, ReferencePeriod right) =>
        left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(ReferencePeriod other) =>
        kind == other.kind
        && start == other.start
        && number == other.number
        && intervalEnd == other.intervalEnd;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReferencePeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(kind, start, number, intervalEnd);

    /// <summary>Orders by start date, then end date, then kind.</summary>
    /// <param name="other">The period to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(ReferencePeriod other)
    {
        var byStart = start.CompareTo(other.start);
        if (byStart != 0)
        {
            return byStart;
        }
        var byEnd = End.CompareTo(other.End);
        return byEnd != 0 ? byEnd : kind.CompareTo(other.kind);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) =>
        obj switch
        {
            null => 1,
            ReferencePeriod other => CompareTo(other),
            _ => throw new ArgumentException(
                "Object must be of type ReferencePeriod.",
                nameof(obj)
            ),
        };

    private static void CheckYear(int year) =>
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9999);

    private static void CheckIso(LocalDate date, string paramName)
    {
        Preconditions.CheckArgument(
            date.Calendar == CalendarSystem.Iso,
            paramName,
            "Reference periods use the ISO calendar."
        );
        Preconditions.CheckArgumentRange(paramName, date.Year, 1, 9999);
    }
}
