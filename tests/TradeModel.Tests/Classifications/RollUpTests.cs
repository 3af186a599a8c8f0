using TradeModel.Classifications;

namespace TradeModel.Tests.Classifications;

public sealed class RollUpTests
{
    private static readonly Classification Ebops = Ebops2010.Classification;

    private static Money Cny(decimal billions) =>
        Money.FromMagnitude(billions, Magnitude.Billion, Currency.CNY);

    [Fact]
    public void Totals_add_regular_parts_up_the_hierarchy()
    {
        var values = new CategoryValues(Ebops, Currency.CNY);
        values.Set("SC1", Cny(100m));
        values.Set("SC2", Cny(50m));
        values.Set("SD", Cny(2051.15m));

        var rollUp = values.RollUp();

        Assert.Equal(Cny(150m), rollUp.Total("SC"));
        Assert.Equal(Cny(2201.15m), rollUp.Total("S"));
    }

    [Fact]
    public void Of_which_and_memo_values_are_never_added_to_their_parent()
    {
        var values = new CategoryValues(Ebops, Currency.CNY);
        values.Set("SC11", Cny(10m));
        values.Set("SC11Z", Cny(3m));
        values.Set("SDZ", Cny(999m));

        var rollUp = values.RollUp();

        Assert.Equal(Cny(10m), rollUp.Total("SC1"));
        Assert.Equal(Cny(3m), rollUp.Total("SC11Z"));
        Assert.Equal(Cny(10m), rollUp.Total("S"));
    }

    [Fact]
    public void A_parent_given_with_its_parts_keeps_its_value_and_reports_what_is_not_allocated()
    {
        var values = new CategoryValues(Ebops, Currency.CNY);
        values.Set("SD", Cny(2051.15m));
        values.Set("SDA", Cny(200m));
        values.Set("SDB", Cny(1800m));

        var rollUp = values.RollUp();

        Assert.Equal(Cny(2051.15m), rollUp.Total("SD"));
        var residual = Assert.Single(rollUp.Residuals);
        Assert.Equal("SD", residual.Category.Code);
        Assert.Equal(Cny(51.15m), residual.NotAllocated);
    }

    [Fact]
    public void Each_alternative_breakdown_is_checked_against_its_parent_within_the_tolerance()
    {
        var values = new CategoryValues(Ebops, Currency.CNY);
        values.Set("SDA", Cny(200m));
        values.Set("SDB", Cny(1851.15m));
        foreach (
            var (code, value) in new[]
            {
                ("SD1", 500m),
                ("SD2", 300m),
                ("SD3", 600m),
                ("SD4", 400m),
                ("SD5", 251.16m),
            }
        )
        {
            values.Set(code, Cny(value));
        }

        var strict = Assert.Single(values.RollUp().BreakdownChecks);
        var tolerant = Assert.Single(values.RollUp(Cny(0.01m)).BreakdownChecks);

        Assert.Equal("by product", strict.Breakdown);
        Assert.Equal(Cny(0.01m), strict.Difference);
        Assert.False(strict.IsConsistent);
        Assert.True(tolerant.IsConsistent);
        Assert.Equal(Cny(2051.15m), values.RollUp().Total("SD"));
    }

    [Fact]
    public void A_roll_up_is_a_snapshot_that_later_changes_to_the_values_do_not_touch()
    {
        var values = new CategoryValues(Ebops, Currency.CNY);
        values.Set("SD", Cny(1m));
        var before = values.RollUp();

        values.Set("SD", Cny(2m));
        values.Set("SE", Cny(3m));

        Assert.Equal(Cny(1m), before.Total("SD"));
        Assert.False(before.TryGetTotal(Ebops["SE"], out _));
        Assert.Equal(Cny(5m), values.RollUp().Total("S"));
    }

    [Fact]
    public void A_category_without_any_value_is_missing_not_zero()
    {
        var values = new CategoryValues(Ebops, Currency.CNY);
        values.Set("SD", Cny(1m));

        var rollUp = values.RollUp();

        Assert.False(rollUp.TryGetTotal(Ebops["SE"], out _));
        var error = Assert.Throws<InvalidOperationException>(() => rollUp.Total("SE"));
        Assert.Contains("SE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grouping_total_is_the_sum_of_its_members()
    {
        var values = new CategoryValues(Ebops, Currency.CNY);
        foreach (
            var (code, value) in new[]
            {
                ("SF", 1m),
                ("SG", 2m),
                ("SH", 3m),
                ("SI", 4m),
                ("SJ", 5m),
                ("SK", 6m),
                ("SD", 100m),
            }
        )
        {
            values.Set(code, Cny(value));
        }

        Assert.Equal(Cny(21m), values.RollUp().Total(Ebops2010.KnowledgeIntensiveServices));
    }

    [Fact]
    public void Values_must_be_in_the_currency_and_classification_of_the_set()
    {
        var values = new CategoryValues(Ebops, Currency.CNY);

        Assert.Throws<CurrencyMismatchException>(() =>
            values.Set("SD", new Money(1m, Currency.USD))
        );
        Assert.Throws<ArgumentException>(() =>
            values.Set(HarmonizedSystem2022.Classification["01"], Cny(1m))
        );
        Assert.Throws<ArgumentException>(() => values.Set("SZ", Cny(1m)));
        Assert.Throws<CurrencyMismatchException>(() => values.RollUp(new Money(1m, Currency.USD)));
    }

    [Fact]
    public void HS_subheadings_roll_up_to_chapters_and_sections()
    {
        var hs = HarmonizedSystem2022.Classification;
        var values = new CategoryValues(hs, Currency.USD);
        values.Set("010121", new Money(10m, Currency.USD));
        values.Set("010129", new Money(5m, Currency.USD));
        values.Set("020110", new Money(1m, Currency.USD));

        var rollUp = values.RollUp();

        Assert.Equal(new Money(15m, Currency.USD), rollUp.Total("01"));
        Assert.Equal(new Money(16m, Currency.USD), rollUp.Total("I"));
        Assert.Equal(new Money(16m, Currency.USD), rollUp.Total("TOTAL"));
    }
}
