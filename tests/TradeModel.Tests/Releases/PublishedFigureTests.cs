using TradeModel.Releases;

namespace TradeModel.Tests.Releases;

public sealed class PublishedFigureTests
{
    [Fact]
    public void A_published_figure_stands_for_the_interval_of_values_that_round_to_it()
    {
        var growth = new PublishedFigure(18.2m);

        Assert.Equal(1, growth.Decimals);
        Assert.Equal(new DecimalInterval(18.15m, 18.25m), growth.Interval);
        Assert.True(growth.Admits(18.15m));
        Assert.True(growth.Admits(18.2499m));
        Assert.False(growth.Admits(18.25m));
        Assert.False(growth.Admits(18.14m));
    }

    [Fact]
    public void The_midpoint_rule_is_a_parameter_because_publishers_never_state_it()
    {
        var awayFromZero = new PublishedFigure(18.3m);
        var toEven = new PublishedFigure(18.3m, rule: MidpointRounding.ToEven);

        // 18.25 rounds half away from zero to 18.3, but half to even to 18.2; 18.35 rounds to 18.4 either way.
        Assert.True(awayFromZero.Admits(18.25m));
        Assert.False(toEven.Admits(18.25m));
        Assert.False(awayFromZero.Admits(18.35m));
        Assert.False(toEven.Admits(18.35m));
        Assert.Equal(awayFromZero.Interval, toEven.Interval);
    }

    [Fact]
    public void The_default_figure_is_zero_to_no_decimals_rounded_half_to_even()
    {
        var figure = default(PublishedFigure);

        Assert.Equal(new PublishedFigure(0m, 0, MidpointRounding.ToEven), figure);
        Assert.Equal(new DecimalInterval(-0.5m, 0.5m), figure.Interval);
        Assert.True(figure.Admits(0.5m));
        Assert.True(figure.Admits(-0.5m));
        Assert.False(figure.Admits(0.51m));
    }

    [Fact]
    public void Interval_arithmetic_bounds_every_result_of_values_from_the_operands()
    {
        var a = new DecimalInterval(1m, 2m);
        var b = new DecimalInterval(-3m, 4m);

        Assert.Equal(new DecimalInterval(-2m, 6m), a + b);
        Assert.Equal(new DecimalInterval(-3m, 5m), a - b);
        Assert.Equal(new DecimalInterval(-6m, 8m), a * b);
        Assert.Equal(new DecimalInterval(0.25m, 1m), a / new DecimalInterval(2m, 4m));
        Assert.Throws<DivideByZeroException>(() => a / b);
        Assert.Throws<ArgumentException>(() => new DecimalInterval(2m, 1m));
        Assert.Equal("[1, 2]", a.ToString());
    }

    [Fact]
    public void A_total_that_the_rounded_parts_do_not_reach_is_reported_inconsistent_with_the_implied_range()
    {
        var check = PublishedFigureChecks.SumOfParts(
            new PublishedFigure(10.5m),
            new PublishedFigure(5.1m),
            new PublishedFigure(5.1m)
        );

        Assert.False(check.IsConsistent);
        Assert.Equal(new DecimalInterval(10.10m, 10.30m), check.Implied);
        Assert.StartsWith("INCONSISTENT", check.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rounded_parts_may_not_add_up_exactly_yet_be_consistent()
    {
        var check = PublishedFigureChecks.SumOfParts(
            new PublishedFigure(10.3m),
            new PublishedFigure(5.1m),
            new PublishedFigure(5.1m)
        );

        Assert.True(check.IsConsistent);
    }

    [Fact]
    public void A_growth_rate_is_checked_against_the_levels_it_comes_from()
    {
        Assert.True(
            PublishedFigureChecks
                .GrowthMatchesLevels(
                    new PublishedFigure(10.0m),
                    new PublishedFigure(110m),
                    new PublishedFigure(100m)
                )
                .IsConsistent
        );
        Assert.False(
            PublishedFigureChecks
                .GrowthMatchesLevels(
                    new PublishedFigure(12.0m),
                    new PublishedFigure(110m),
                    new PublishedFigure(100m)
                )
                .IsConsistent
        );
    }

    [Fact]
    public void Decimals_outside_the_range_of_decimal_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PublishedFigure(1m, 28));
    }

    [Fact]
    public void Intervals_have_named_operations_a_width_and_a_midpoint()
    {
        var a = new DecimalInterval(1m, 3m);
        var b = DecimalInterval.Exactly(2m);

        Assert.Equal(a + b, DecimalInterval.Add(a, b));
        Assert.Equal(a - b, DecimalInterval.Subtract(a, b));
        Assert.Equal(a * b, DecimalInterval.Multiply(a, b));
        Assert.Equal(a / b, DecimalInterval.Divide(a, b));
        Assert.Equal(2m, a.Width);
        Assert.Equal(2m, a.Midpoint);
        Assert.True(a.Intersects(b));
        Assert.False(a.Intersects(DecimalInterval.Exactly(4m)));
    }

    [Fact]
    public void A_published_figure_prints_with_its_own_decimals()
    {
        Assert.Equal("31.43", new PublishedFigure(31.43m).ToString());
        Assert.Equal("14.40", new PublishedFigure(14.4m, 2).ToString());
        Assert.Equal(0.005m, new PublishedFigure(14.4m, 2).HalfUnit);
    }

    [Fact]
    public void An_interval_rounded_outward_for_display_still_contains_every_value_it_allows()
    {
        var implied = new DecimalInterval(7523.79004m, 7523.80996m);

        var shown = implied.RoundOutward(3);

        Assert.Equal(new DecimalInterval(7523.790m, 7523.810m), shown);
        Assert.True(shown.Contains(implied.Lower) && shown.Contains(implied.Upper));
        Assert.Equal(
            new DecimalInterval(-1.24m, -1.23m),
            new DecimalInterval(-1.235m, -1.235m).RoundOutward(2)
        );
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(29)]
    public void Rounding_an_interval_to_decimals_decimal_cannot_hold_is_refused_naming_them(
        int decimals
    )
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new DecimalInterval(1m, 2m).RoundOutward(decimals)
        );

        Assert.Equal("decimals", e.ParamName);
    }
}
