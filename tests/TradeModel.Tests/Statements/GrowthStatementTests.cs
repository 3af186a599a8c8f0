using TradeModel.Statements;
using static TradeModel.Tests.Statements.Releases;

namespace TradeModel.Tests.Statements;

/// <summary>How growth is said: a rise, a fall, flat, and never a meaningless percentage.</summary>
public sealed class GrowthStatementTests
{
    [Fact]
    public void A_rise_is_said_as_grew_by_the_rounded_rate_to_the_rounded_level()
    {
        var data = Data((Goods, StatementMeasure.Exports, 3175.56m, 2685.66m));

        var statement = data.Growth(Goods, StatementMeasure.Exports);

        // 3175.56 / 2685.66 − 1 = 18.24%.
        Assert.Equal(
            "In 2024, exports of goods grew 18.2% to 3,175.56 billion yuan.",
            English(data, statement)
        );
        Assert.Equal("2024年，货物出口31755.6亿元，同比增长18.2%。", Chinese(data, statement));
    }

    [Fact]
    public void A_fall_is_said_as_fell_with_the_rate_without_its_sign()
    {
        var data = Data((Goods, StatementMeasure.Imports, 2530m, 2686m));

        var statement = data.Growth(Goods, StatementMeasure.Imports);

        // 2530 / 2686 − 1 = −5.81%.
        Assert.Equal(
            "In 2024, imports of goods fell 5.8% to 2,530 billion yuan.",
            English(data, statement)
        );
        Assert.Equal("2024年，货物进口25300亿元，同比下降5.8%。", Chinese(data, statement));
    }

    [Fact]
    public void A_rate_that_rounds_to_zero_is_said_to_be_flat()
    {
        var data = Data((Goods, StatementMeasure.Exports, 1000.4m, 1000m));

        var statement = data.Growth(Goods, StatementMeasure.Exports);

        // +0.04% rounds to 0.0.
        Assert.Equal(
            "In 2024, exports of goods were flat at 1,000.4 billion yuan.",
            English(data, statement)
        );
        Assert.Equal("2024年，货物出口10004亿元，与上年持平。", Chinese(data, statement));
    }

    [Fact]
    public void A_house_threshold_makes_small_rates_flat_and_the_proof_states_the_flat_range()
    {
        var data = Data((Goods, StatementMeasure.Exports, 1003m, 1000m));
        var style = ReleaseStyle.English with { FlatWithin = 0.5m };

        var rendered = data.Release(data.Growth(Goods, StatementMeasure.Exports)).Render(style);

        // +0.3% is within ±0.5%.
        Assert.Equal("In 2024, exports of goods were flat at 1,003 billion yuan.", rendered.Text);
        var growth = rendered.Statements[0].Figures.Single(f => f.Role == FigureRole.Growth);
        Assert.Equal(-0.5m, growth.Interval.Lower);
        Assert.Equal(0.5m, growth.Interval.Upper);
        Assert.Contains(
            "exports of goods grew 0.3%",
            English(data, data.Growth(Goods, StatementMeasure.Exports)),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Growth_from_zero_gives_the_reason_instead_of_a_percentage()
    {
        var data = Data((Goods, StatementMeasure.Exports, 12m, 0m));

        var statement = data.Growth(Goods, StatementMeasure.Exports);

        Assert.False(statement.Growth.IsDefined);
        Assert.Equal(
            "In 2024, exports of goods were 12 billion yuan, against 0 billion yuan in 2023; no growth rate can be given: it was zero in 2023.",
            English(data, statement)
        );
        Assert.Equal(
            "2024年，货物出口120亿元（上年为0亿元），上年为零，不计算增速。",
            Chinese(data, statement)
        );
    }

    [Fact]
    public void Growth_of_a_balance_from_a_negative_base_is_not_a_percentage()
    {
        var data = Data((Goods, StatementMeasure.Balance, -20m, -50m));

        var text = English(data, data.Growth(Goods, StatementMeasure.Balance));

        Assert.DoesNotContain("%", text, StringComparison.Ordinal);
        Assert.EndsWith(
            "no growth rate can be given: it was negative in 2023.",
            text,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_value_that_changed_sign_has_no_growth_rate()
    {
        var data = Data((Goods, StatementMeasure.Balance, 30m, -50m));

        var text = English(data, data.Growth(Goods, StatementMeasure.Balance));

        Assert.EndsWith(
            "no growth rate can be given: it changed sign from 2023.",
            text,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_missing_earlier_value_is_said_to_be_missing_never_treated_as_zero()
    {
        var data = Data((Goods, StatementMeasure.Exports, 100m, null));

        var text = English(data, data.Growth(Goods, StatementMeasure.Exports));

        Assert.Equal(
            "In 2024, exports of goods were 100 billion yuan; no growth rate can be given: the 2023 value is missing.",
            text
        );
    }

    [Fact]
    public void A_missing_current_value_cannot_be_stated()
    {
        var data = Data((Goods, StatementMeasure.Exports, null, 100m));

        var error = Assert.Throws<InvalidOperationException>(() =>
            data.Growth(Goods, StatementMeasure.Exports)
        );

        Assert.Equal(
            "The value of exports of goods in 2024 is missing, so it cannot be stated.",
            error.Message
        );
    }

    [Fact]
    public void The_earlier_level_can_be_stated_and_is_checked_against_the_rate_in_the_same_sentence()
    {
        var data = Data((Goods, StatementMeasure.Exports, 3175.56m, 2685.66m));

        var rendered = data.Release(
                data.Growth(Goods, StatementMeasure.Exports, showPrevious: true)
            )
            .Render(ReleaseStyle.English);

        Assert.Equal(
            "In 2024, exports of goods grew 18.2% from 2,685.66 billion yuan in 2023 to 3,175.56 billion yuan.",
            rendered.Text
        );
        var check = Assert.Single(rendered.Checks);
        Assert.Equal(
            "growth of exports of goods from its two printed levels",
            check.Check.Statement
        );
        Assert.True(check.IsConsistent);
    }
}
