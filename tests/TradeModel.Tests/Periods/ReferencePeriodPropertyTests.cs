using FsCheck.Xunit;
using TradeModel.Tests.Support;

namespace TradeModel.Tests.Periods;

[Properties(Arbitrary = [typeof(Generators)], MaxTest = 500)]
public sealed class ReferencePeriodPropertyTests
{
    [Property]
    public bool The_year_earlier_period_is_one_year_earlier_with_the_same_length_in_months(
        ReferencePeriod period
    )
    {
        var earlier = period.YearEarlier();
        return earlier.Kind == period.Kind
            && earlier.Start == period.Start.PlusYears(-1)
            && earlier.LengthInMonths == period.LengthInMonths;
    }

    [Property]
    public bool The_previous_period_ends_the_day_before_the_period_starts(ReferencePeriod period) =>
        period.Kind == PeriodKind.YearToDate || period.Previous().End.PlusDays(1) == period.Start;

    [Property]
    public bool SDMX_text_round_trips(ReferencePeriod period) =>
        ReferencePeriod.Parse(period.ToString(), null) == period;

    [Property]
    public bool A_day_interval_a_year_earlier_has_the_same_number_of_days_unless_it_crosses_29_February(
        DayInterval interval
    )
    {
        var period = interval.Period;
        var earlier = period.YearEarlier();
        var crossesLeapDay =
            Enumerable
                .Range(period.Start.Year, period.End.Year - period.Start.Year + 1)
                .Where(NodaTime.CalendarSystem.Iso.IsLeapYear)
                .Select(y => new NodaTime.LocalDate(y, 2, 29))
                .Any(period.Contains)
            || Enumerable
                .Range(earlier.Start.Year, earlier.End.Year - earlier.Start.Year + 1)
                .Where(NodaTime.CalendarSystem.Iso.IsLeapYear)
                .Select(y => new NodaTime.LocalDate(y, 2, 29))
                .Any(earlier.Contains);
        return earlier.Start == period.Start.PlusYears(-1)
            && (crossesLeapDay || earlier.LengthInDays == period.LengthInDays);
    }

    [Property]
    public bool The_day_interval_just_before_has_the_same_number_of_days_and_ends_the_day_before(
        DayInterval interval
    )
    {
        var previous = interval.Period.Previous();
        return previous.LengthInDays == interval.Period.LengthInDays
            && previous.End.PlusDays(1) == interval.Period.Start
            && ReferencePeriod.Parse(interval.Period.ToString(), null) == interval.Period;
    }
}
