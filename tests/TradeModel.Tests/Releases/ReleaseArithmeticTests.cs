using TradeModel.Classifications;
using TradeModel.Releases;

namespace TradeModel.Tests.Releases;

public sealed class ReleaseArithmeticTests
{
    private static Money Cny(decimal amount) => new(amount, Currency.CNY);

    [Fact]
    public void Growth_is_computed_exactly_and_rounded_only_for_presentation()
    {
        var growth = ReleaseArithmetic.Growth(Cny(118.25m), Cny(100m));

        Assert.Equal(18.25m, growth.Value);
        Assert.Equal(18.3m, growth.Round(1));
        Assert.Equal(18.2m, growth.Round(1, MidpointRounding.ToEven));
        Assert.Equal("18.3%", growth.ToString());
        Assert.Equal("18.25%", growth.ToString(2));
    }

    [Theory]
    [InlineData(5, 0, UndefinedReason.ZeroBase)]
    [InlineData(5, -3, UndefinedReason.SignChange)]
    [InlineData(-5, 3, UndefinedReason.SignChange)]
    [InlineData(-5, -3, UndefinedReason.NegativeBase)]
    public void Growth_from_a_zero_or_negative_base_or_across_a_sign_change_is_undefined_with_the_reason(
        int current,
        int previous,
        UndefinedReason reason
    )
    {
        var growth = ReleaseArithmetic.Growth(Cny(current), Cny(previous));

        Assert.False(growth.IsDefined);
        Assert.Equal(reason, growth.Reason);
        var error = Assert.Throws<InvalidOperationException>(() => growth.Value);
        Assert.Contains("undefined", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("undefined (", growth.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Growth_with_a_missing_value_is_undefined_not_zero()
    {
        Assert.Equal(UndefinedReason.MissingValue, ReleaseArithmetic.Growth(null, Cny(1m)).Reason);
        Assert.True(ReleaseArithmetic.Growth((Money?)Cny(2m), Cny(1m)).IsDefined);
    }

    [Fact]
    public void Shares_and_changes_in_share_are_in_percent_and_percentage_points()
    {
        var share = ReleaseArithmetic.Share(Cny(25m), Cny(200m));
        var change = ReleaseArithmetic.ShareChange(Cny(25m), Cny(200m), Cny(20m), Cny(200m));

        Assert.Equal(PercentFigure.Percent(12.5m), share);
        Assert.Equal(PercentFigure.Points(2.5m), change);
        Assert.Equal("2.5 pp", change.ToString());
        Assert.Equal(UndefinedReason.ZeroBase, ReleaseArithmetic.Share(Cny(1m), Cny(0m)).Reason);
    }

    [Fact]
    public void Contributions_of_the_components_add_up_to_the_growth_of_the_total()
    {
        var exportsContribution = ReleaseArithmetic.Contribution(Cny(120m), Cny(100m), Cny(250m));
        var importsContribution = ReleaseArithmetic.Contribution(Cny(160m), Cny(150m), Cny(250m));
        var totalGrowth = ReleaseArithmetic.Growth(Cny(280m), Cny(250m));

        Assert.Equal(PercentFigure.Points(8m), exportsContribution);
        Assert.Equal(totalGrowth.Value, exportsContribution.Value + importsContribution.Value);
    }

    [Fact]
    public void Compound_growth_over_n_periods_is_the_nth_root_of_the_overall_ratio()
    {
        var cagr = ReleaseArithmetic.CompoundGrowth(Cny(100m), Cny(121m), 2);

        Assert.Equal(10m, cagr.Round(10));
        Assert.Equal(
            ReleaseArithmetic.Growth(Cny(121m), Cny(100m)),
            ReleaseArithmetic.CompoundGrowth(Cny(100m), Cny(121m), 1)
        );
        Assert.Equal(
            UndefinedReason.ZeroBase,
            ReleaseArithmetic.CompoundGrowth(Cny(0m), Cny(121m), 2).Reason
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ReleaseArithmetic.CompoundGrowth(Cny(1m), Cny(2m), 0)
        );
    }

    [Fact]
    public void Growth_excluding_a_component_is_the_growth_of_the_rest()
    {
        var rest = ReleaseArithmetic.GrowthExcluding(Cny(280m), Cny(250m), Cny(120m), Cny(100m));

        Assert.Equal(PercentFigure.Percent(((160m / 150m) - 1m) * 100m), rest);
    }

    [Fact]
    public void Back_casting_gives_the_earlier_value_implied_by_a_growth_rate()
    {
        var previous = ReleaseArithmetic.BackCast(Cny(118.2m), 18.2m);

        Assert.Equal(Cny(100m), previous);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ReleaseArithmetic.BackCast(Cny(1m), -100m)
        );
    }

    [Fact]
    public void Percentage_point_changes_need_percentages_and_defined_values()
    {
        Assert.Equal(
            PercentFigure.Points(-1.5m),
            ReleaseArithmetic.PercentagePointChange(
                PercentFigure.Percent(2m),
                PercentFigure.Percent(3.5m)
            )
        );
        Assert.Throws<ArgumentException>(() =>
            ReleaseArithmetic.PercentagePointChange(
                PercentFigure.Points(2m),
                PercentFigure.Percent(3.5m)
            )
        );
        Assert.Equal(
            UndefinedReason.ZeroBase,
            ReleaseArithmetic
                .PercentagePointChange(
                    PercentFigure.Undefined(UndefinedReason.ZeroBase, FigureUnit.Percent),
                    PercentFigure.Percent(1m)
                )
                .Reason
        );
    }

    [Fact]
    public void Figures_in_different_currencies_are_rejected()
    {
        Assert.Throws<CurrencyMismatchException>(() =>
            ReleaseArithmetic.Growth(Cny(1m), new Money(1m, Currency.USD))
        );
        Assert.Throws<CurrencyMismatchException>(() =>
            ReleaseArithmetic.Contribution(Cny(1m), Cny(1m), new Money(1m, Currency.USD))
        );
    }

    [Fact]
    public void An_undefined_figure_needs_a_reason()
    {
        Assert.Throws<ArgumentException>(() =>
            PercentFigure.Undefined(UndefinedReason.None, FigureUnit.Percent)
        );
        Assert.True(default(PercentFigure).IsDefined);
    }

    [Fact]
    public void A_release_table_from_two_roll_ups_has_growth_share_and_contribution_per_category()
    {
        var ebops = TradeModel.Classifications.Ebops2010.Classification;
        var now = new TradeModel.Classifications.CategoryValues(ebops, Currency.CNY);
        var before = new TradeModel.Classifications.CategoryValues(ebops, Currency.CNY);
        now.Set("SD", Cny(120m));
        now.Set("SC", Cny(80m));
        before.Set("SD", Cny(100m));
        before.Set("SC", Cny(100m));

        var rows = ReleaseTable.FromRollUps(
            now.RollUp(),
            before.RollUp(),
            ebops["S"],
            [ebops["SD"], ebops["SC"], ebops["SE"]]
        );

        Assert.Equal("SD Travel", rows[0].Label);
        Assert.Equal(PercentFigure.Percent(20m), rows[0].Growth);
        Assert.Equal(PercentFigure.Percent(60m), rows[0].Share);
        Assert.Equal(PercentFigure.Points(10m), rows[0].Contribution);
        Assert.Equal(PercentFigure.Points(-10m), rows[1].Contribution);
        Assert.Null(rows[2].Current);
        Assert.Equal(UndefinedReason.MissingValue, rows[2].Growth.Reason);
        Assert.Equal(UndefinedReason.MissingValue, rows[2].Share.Reason);
    }

    [Fact]
    public void A_figure_says_whether_it_has_a_value()
    {
        Assert.True(PercentFigure.Percent(2m).TryGetValue(out var value));
        Assert.Equal(2m, value);
        Assert.False(
            PercentFigure
                .Undefined(UndefinedReason.SignChange, FigureUnit.Percent)
                .TryGetValue(out _)
        );
        Assert.Throws<ArgumentOutOfRangeException>(() => PercentFigure.Percent(2m).Round(29));
    }
}
