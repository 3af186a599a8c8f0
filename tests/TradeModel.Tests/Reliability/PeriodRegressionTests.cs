using NodaTime;

namespace TradeModel.Tests.Reliability;

/// <summary>Periods at the edges of the calendar used to overflow inside operations that parsing had let through.</summary>
public sealed class PeriodRegressionTests
{
    [Theory]
    [InlineData("2024-02-01/P96000M")]
    [InlineData("2024-02-01/P99999999999M")]
    [InlineData("9999-12-01/P2M")]
    [InlineData("2024-01-01/P0M")]
    [InlineData("2024-01-15/P3M")]
    public void A_span_that_would_pass_the_end_of_the_calendar_is_simply_not_a_period(string text)
    {
        Assert.False(ReferencePeriod.TryParse(text, null, out _));
        Assert.Throws<FormatException>(() => ReferencePeriod.Parse(text, null));
    }

    [Theory]
    [InlineData("9999", 365)]
    [InlineData("9999-Q4", 92)]
    [InlineData("9999-12", 31)]
    [InlineData("9999-12-31", 1)]
    [InlineData("9999-01-01/P12M", 365)]
    [InlineData("9999-12-01/P1M", 31)]
    [InlineData("0001-01-01/9999-12-31", 3_652_059)]
    public void Periods_that_end_on_the_last_day_of_the_calendar_work_throughout(
        string text,
        int days
    )
    {
        var period = ReferencePeriod.Parse(text, null);
        var last = new LocalDate(9999, 12, 31);

        Assert.Equal(last, period.End);
        Assert.Equal(days, period.LengthInDays);
        Assert.True(period.Contains(last));
        Assert.Equal(0, period.CompareTo(ReferencePeriod.Parse(text, null)));
        Assert.NotEqual(0, period.CompareTo(ReferencePeriod.ForYear(2024)));
        Assert.Equal(period, ReferencePeriod.Parse(period.ToString(), null));
    }

    [Fact]
    public void A_year_to_date_in_the_last_year_knows_its_months()
    {
        var period = ReferencePeriod.Parse("9999-01-01/P12M", null);

        Assert.Equal(12, period.LengthInMonths);
        Assert.Equal(ReferencePeriod.Parse("9998-01-01/P12M", null), period.YearEarlier());
    }

    [Fact]
    public void The_year_before_an_interval_ending_with_the_calendar_ends_on_a_month_end_too()
    {
        var period = ReferencePeriod.Parse("9999-03-01/9999-12-31", null);

        Assert.Equal(new LocalDate(9998, 12, 31), period.YearEarlier().End);
    }
}
