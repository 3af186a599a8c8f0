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
}
