using NodaTime;

namespace TradeModel.Tests.Periods;

public sealed class ReferencePeriodTests
{
    [Fact]
    public void A_year_covers_January_first_to_December_thirty_first_and_is_annual()
    {
        var year = ReferencePeriod.ForYear(2024);

        Assert.Equal(new LocalDate(2024, 1, 1), year.Start);
        Assert.Equal(new LocalDate(2024, 12, 31), year.End);
        Assert.Equal(Frequency.Annual, year.Frequency);
        Assert.Equal(366, year.LengthInDays);
        Assert.Equal(12, year.LengthInMonths);
    }

    [Fact]
    public void Quarters_and_months_know_their_dates_and_frequency()
    {
        var q3 = ReferencePeriod.ForQuarter(2024, 3);
        var february = ReferencePeriod.ForMonth(2024, 2);

        Assert.Equal(new LocalDate(2024, 7, 1), q3.Start);
        Assert.Equal(new LocalDate(2024, 9, 30), q3.End);
        Assert.Equal(Frequency.Quarterly, q3.Frequency);
        Assert.Equal(3, q3.Number);
        Assert.Equal(new LocalDate(2024, 2, 29), february.End);
        Assert.Equal(Frequency.Monthly, february.Frequency);
    }

    [Fact]
    public void January_to_October_is_a_year_to_date_span_of_ten_months_released_monthly()
    {
        var ytd = ReferencePeriod.ForYearToDate(2024, 10);

        Assert.Equal(new LocalDate(2024, 1, 1), ytd.Start);
        Assert.Equal(new LocalDate(2024, 10, 31), ytd.End);
        Assert.Equal(10, ytd.LengthInMonths);
        Assert.Equal(Frequency.Monthly, ytd.Frequency);
    }

    [Fact]
    public void A_period_contains_the_dates_between_its_first_and_last_day()
    {
        var q3 = ReferencePeriod.ForQuarter(2024, 3);

        Assert.True(q3.Contains(new LocalDate(2024, 7, 1)));
        Assert.True(q3.Contains(new LocalDate(2024, 9, 30)));
        Assert.False(q3.Contains(new LocalDate(2024, 10, 1)));
        Assert.True(ReferencePeriod.ForYear(2024).Contains(q3));
        Assert.False(q3.Contains(ReferencePeriod.ForYear(2024)));
        Assert.Equal(new DateInterval(q3.Start, q3.End), q3.ToDateInterval());
    }

    [Theory]
    [InlineData("2024", "2023")]
    [InlineData("2024-Q3", "2023-Q3")]
    [InlineData("2024-M10", "2023-M10")]
    [InlineData("2024-01-01/P10M", "2023-01-01/P10M")]
    [InlineData("2024-02-29", "2023-02-28")]
    [InlineData("2024-02-10/2024-03-05", "2023-02-10/2023-03-05")]
    [InlineData("2025-01-01/2025-02-28", "2024-01-01/2024-02-29")]
    [InlineData("2024-01-01/2024-02-29", "2023-01-01/2023-02-28")]
    [InlineData("2025-01-01/2025-02-27", "2024-01-01/2024-02-27")]
    public void The_year_earlier_period_has_the_same_coverage_one_year_before(
        string period,
        string expected
    )
    {
        Assert.Equal(
            ReferencePeriod.Parse(expected, null),
            ReferencePeriod.Parse(period, null).YearEarlier()
        );
    }

    [Theory]
    [InlineData("2024", "2023")]
    [InlineData("2024-Q1", "2023-Q4")]
    [InlineData("2024-Q3", "2024-Q2")]
    [InlineData("2024-M01", "2023-M12")]
    [InlineData("2024-M10", "2024-M09")]
    [InlineData("2024-01-01/P10M", "2024-01-01/P9M")]
    [InlineData("2024-01-01/P1M", "2023-01-01/P12M")]
    [InlineData("2024-03-01", "2024-02-29")]
    [InlineData("2024-03-11/2024-03-20", "2024-03-01/2024-03-10")]
    public void The_previous_period_is_the_one_just_before_of_the_same_kind(
        string period,
        string expected
    )
    {
        Assert.Equal(
            ReferencePeriod.Parse(expected, null),
            ReferencePeriod.Parse(period, null).Previous()
        );
    }

    [Fact]
    public void The_first_quarter_and_January_to_March_cover_the_same_days_but_are_different_periods()
    {
        var q1 = ReferencePeriod.ForQuarter(2024, 1);
        var ytd = ReferencePeriod.ForYearToDate(2024, 3);

        Assert.Equal(q1.ToDateInterval(), ytd.ToDateInterval());
        Assert.NotEqual(q1, ytd);
        Assert.NotEqual(q1.Previous(), ytd.Previous());
    }

    [Fact]
    public void Periods_sort_by_start_then_end()
    {
        var periods = new[]
        {
            ReferencePeriod.ForYear(2024),
            ReferencePeriod.ForMonth(2024, 1),
            ReferencePeriod.ForYear(2023),
            ReferencePeriod.ForQuarter(2024, 1),
        };

        Assert.Equal(
            ["2023", "2024-M01", "2024-Q1", "2024"],
            periods.Order().Select(p => p.ToString())
        );
        Assert.True(ReferencePeriod.ForYear(2023) < ReferencePeriod.ForYear(2024));
    }

    [Fact]
    public void The_default_period_is_the_year_one()
    {
        var period = default(ReferencePeriod);

        Assert.Equal(PeriodKind.Year, period.Kind);
        Assert.Equal(ReferencePeriod.ForYear(1), period);
        Assert.Equal("0001", period.ToString());
        Assert.Equal(new LocalDate(1, 12, 31), period.End);
    }

    [Fact]
    public void Out_of_range_arguments_are_rejected_naming_the_argument()
    {
        Assert.Equal(
            "quarter",
            Assert
                .Throws<ArgumentOutOfRangeException>(() => ReferencePeriod.ForQuarter(2024, 5))
                .ParamName
        );
        Assert.Equal(
            "month",
            Assert
                .Throws<ArgumentOutOfRangeException>(() => ReferencePeriod.ForMonth(2024, 13))
                .ParamName
        );
        Assert.Equal(
            "lastMonth",
            Assert
                .Throws<ArgumentOutOfRangeException>(() => ReferencePeriod.ForYearToDate(2024, 0))
                .ParamName
        );
        Assert.Throws<ArgumentOutOfRangeException>(() => ReferencePeriod.ForYear(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReferencePeriod.ForYear(1).Previous());
        Assert.Throws<ArgumentException>(() =>
            ReferencePeriod.ForDay(new LocalDate(2024, 1, 1, CalendarSystem.Julian))
        );
    }
}
