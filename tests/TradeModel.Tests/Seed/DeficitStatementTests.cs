using TradeModel.Flows;
using TradeModel.Releases;
using static TradeModel.Tests.Seed.SeedRelease;

namespace TradeModel.Tests.Seed;

/// <summary>The services trade deficit in 2024: 1,172.68 billion yuan, 31.43 billion less than the year before.</summary>
public sealed class DeficitStatementTests
{
    private static TradeBalance Balance(ReferencePeriod period) =>
        new(FlowTotal(TradeDirection.Exports, period), FlowTotal(TradeDirection.Imports, period));

    [Fact]
    public void The_deficit_is_imports_minus_exports_exactly()
    {
        var balance = Balance(Year2024);

        Assert.True(balance.IsDeficit);
        Assert.Equal(Level(Deficit), balance.Deficit);
        Assert.True(PublishedFigureChecks.Difference(Deficit, Imports, Exports).IsConsistent);
    }

    [Fact]
    public void The_decrease_of_31_43_billion_is_consistent_with_the_levels_and_rounded_growth_rates()
    {
        var check = PublishedFigureChecks.BalanceChangeMatches(
            DeficitDecrease,
            Exports,
            ExportsGrowth,
            Imports,
            ImportsGrowth
        );

        Assert.True(check.IsConsistent, check.ToString());
        // Independently: 3175.555 × 18.15 / 118.15 − 4348.245 × 11.85 / 111.85 = 27.1465 and
        // 3175.565 × 18.25 / 118.25 − 4348.235 × 11.75 / 111.75 = 32.9008.
        Assert.Equal("[27.15, 32.90]", check.Implied.ToString(2));
    }

    [Fact]
    public void Back_casting_from_the_rounded_rates_alone_gives_a_decrease_that_differs_from_the_published_one()
    {
        // The published 31.43 comes from unrounded 2023 values; the midpoints of the rounded rates give about 30.0,
        // which is why published figures are checked by ranges, not by recomputing from rounded inputs.
        var change = Balance(Year2024).ChangeFrom(Balance(Year2023));

        Assert.Equal(30.0m, Math.Round(InBillions(change.DeficitDecrease!.Value), 1));
        Assert.False(DeficitDecrease.Admits(InBillions(change.Amount)));
        Assert.True(
            PublishedFigureChecks
                .BalanceChangeMatches(
                    DeficitDecrease,
                    Exports,
                    ExportsGrowth,
                    Imports,
                    ImportsGrowth
                )
                .Implied.Contains(InBillions(change.Amount))
        );
    }

    [Fact]
    public void A_decrease_outside_the_implied_range_would_be_flagged()
    {
        var check = PublishedFigureChecks.BalanceChangeMatches(
            new PublishedFigure(40.00m),
            Exports,
            ExportsGrowth,
            Imports,
            ImportsGrowth
        );

        Assert.False(check.IsConsistent);
    }
}
