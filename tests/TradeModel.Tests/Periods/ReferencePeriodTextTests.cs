using System.Text;

namespace TradeModel.Tests.Periods;

public sealed class ReferencePeriodTextTests
{
    [Theory]
    [InlineData("2024", PeriodKind.Year)]
    [InlineData("2024-Q3", PeriodKind.Quarter)]
    [InlineData("2024-M10", PeriodKind.Month)]
    [InlineData("2024-01-01/P10M", PeriodKind.YearToDate)]
    [InlineData("2024-03-05", PeriodKind.Day)]
    [InlineData("2024-03-05/2024-04-10", PeriodKind.Interval)]
    public void SDMX_notation_round_trips(string text, PeriodKind kind)
    {
        var period = ReferencePeriod.Parse(text, null);

        Assert.Equal(kind, period.Kind);
        Assert.Equal(text, period.ToString());
        Assert.Equal(text, period.ToString("G", null));
        Span<byte> utf8 = stackalloc byte[32];
        Assert.True(period.TryFormat(utf8, out var written, default, null));
        Assert.Equal(text, Encoding.UTF8.GetString(utf8[..written]));
    }

    [Fact]
    public void A_month_can_also_be_written_year_dash_month()
    {
        Assert.Equal(ReferencePeriod.ForMonth(2024, 10), ReferencePeriod.Parse("2024-10", null));
    }

    [Fact]
    public void A_time_range_of_whole_months_not_starting_in_January_is_an_interval()
    {
        var period = ReferencePeriod.Parse("2024-03-01/P3M", null);

        Assert.Equal(PeriodKind.Interval, period.Kind);
        Assert.Equal("2024-03-01/2024-05-31", period.ToString());
        Assert.Equal(3, period.LengthInMonths);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2024-Q5")]
    [InlineData("2024-Q0")]
    [InlineData("2024-13")]
    [InlineData("2024-M13")]
    [InlineData("2024-M00")]
    [InlineData("2023-02-29")]
    [InlineData("24")]
    [InlineData("2024-")]
    [InlineData("2024-03-05/2024-03-01")]
    [InlineData("2024-01-01/P0M")]
    [InlineData("2024-01-15/P2M")]
    [InlineData("0000")]
    [InlineData("year 2024")]
    public void Invalid_text_is_rejected_with_a_format_exception_quoting_it(string text)
    {
        var error = Assert.Throws<FormatException>(() => ReferencePeriod.Parse(text, null));

        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
        Assert.False(ReferencePeriod.TryParse(text, null, out _));
    }

    [Fact]
    public void Only_the_general_format_exists()
    {
        Assert.Throws<FormatException>(() => ReferencePeriod.ForYear(2024).ToString("yyyy", null));
    }
}
