using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeModel.Releases;

namespace TradeModel.Tests.Releases;

public sealed class ReleasePropertyTests
{
    private static Money Cny(PositiveInt cents) => new(cents.Get / 100m, Currency.CNY);

    [Property(MaxTest = 300)]
    public bool The_contributions_of_exports_and_imports_add_up_to_the_growth_of_total_trade(
        PositiveInt x1,
        PositiveInt x0,
        PositiveInt m1,
        PositiveInt m0
    )
    {
        var total1 = Cny(x1) + Cny(m1);
        var total0 = Cny(x0) + Cny(m0);
        var sum =
            ReleaseArithmetic.Contribution(Cny(x1), Cny(x0), total0).Value
            + ReleaseArithmetic.Contribution(Cny(m1), Cny(m0), total0).Value;
        return Math.Abs(sum - ReleaseArithmetic.Growth(total1, total0).Value)
            < 0.000000000000000000001m;
    }

    [Property(MaxTest = 300)]
    public bool Back_casting_with_a_growth_rate_then_measuring_growth_gives_the_rate_back(
        PositiveInt current,
        int tenths
    )
    {
        var rate = (Math.Abs(tenths) % 2000) / 10m;
        var previous = ReleaseArithmetic.BackCast(Cny(current), rate);
        return ReleaseArithmetic.Growth(Cny(current), previous).Round(10) == rate;
    }

    [Property(MaxTest = 300)]
    public bool Every_true_value_a_published_figure_admits_lies_in_its_interval(
        int value,
        PositiveInt offset
    )
    {
        var figure = new PublishedFigure(value / 10m);
        var trueValue = figure.Value - figure.HalfUnit + (offset.Get % 1001 / 10_000m);
        return !figure.Admits(trueValue) || figure.Interval.Contains(trueValue);
    }
}
