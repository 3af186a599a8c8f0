using TradeModel.Statements;
using static TradeModel.Tests.Statements.Releases;

namespace TradeModel.Tests.Statements;

/// <summary>How a balance and its change are said: narrowing, widening, growing, shrinking, and turning.</summary>
public sealed class BalanceStatementTests
{
    private static ReleaseData Trade(
        decimal exportsNow,
        decimal importsNow,
        decimal exportsBefore,
        decimal importsBefore
    ) =>
        Data(
            (Services, StatementMeasure.Exports, exportsNow, exportsBefore),
            (Services, StatementMeasure.Imports, importsNow, importsBefore)
        );

    [Fact]
    public void A_smaller_deficit_narrowed_by_the_change()
    {
        var data = Trade(3175.56m, 4348.24m, 2685.66m, 3889.77m);

        var statement = data.Balance(Services);

        // Deficits 1172.68 (2024) and 1204.11 (2023): 31.43 less.
        Assert.Equal(
            "In 2024, the services trade deficit narrowed by 31.43 billion yuan to 1,172.68 billion yuan.",
            English(data, statement)
        );
        Assert.Equal(
            "2024年，服务贸易逆差11726.8亿元，比上年减少314.3亿元。",
            Chinese(data, statement)
        );
    }

    [Fact]
    public void A_larger_deficit_widened_by_the_change()
    {
        var data = Trade(100m, 180m, 100m, 150m);

        Assert.Equal(
            "In 2024, the services trade deficit widened by 30 billion yuan to 80 billion yuan.",
            English(data, data.Balance(Services))
        );
        Assert.Equal(
            "2024年，服务贸易逆差800亿元，比上年增加300亿元。",
            Chinese(data, data.Balance(Services))
        );
    }

    [Fact]
    public void A_surplus_grows_or_shrinks()
    {
        var growing = Trade(200m, 120m, 180m, 130m);
        var shrinking = Trade(200m, 190m, 180m, 130m);

        Assert.Equal(
            "In 2024, the services trade surplus grew by 30 billion yuan to 80 billion yuan.",
            English(growing, growing.Balance(Services))
        );
        Assert.Equal(
            "In 2024, the services trade surplus shrank by 40 billion yuan to 10 billion yuan.",
            English(shrinking, shrinking.Balance(Services))
        );
        Assert.Equal(
            "2024年，服务贸易顺差100亿元，比上年减少400亿元。",
            Chinese(shrinking, shrinking.Balance(Services))
        );
    }

    [Fact]
    public void A_surplus_turning_into_a_deficit_names_both_balances()
    {
        var data = Trade(100m, 125m, 100m, 90m);

        var rendered = data.Release(data.Balance(Services)).Render(ReleaseStyle.English);

        Assert.Equal(
            "In 2024, the services trade balance turned from a surplus of 10 billion yuan in 2023 to a deficit of 25 billion yuan.",
            rendered.Text
        );
        Assert.Equal(
            "2024年，服务贸易由上年顺差100亿元转为逆差250亿元。",
            Chinese(data, data.Balance(Services))
        );
        var check = Assert.Single(rendered.Checks);
        Assert.Equal(
            "change in the balance of services from its two printed balances",
            check.Check.Statement
        );
        Assert.True(check.IsConsistent);
    }

    [Fact]
    public void A_deficit_turning_into_a_surplus_names_both_balances()
    {
        var data = Trade(130m, 125m, 100m, 120m);

        Assert.Equal(
            "In 2024, the services trade balance turned from a deficit of 20 billion yuan in 2023 to a surplus of 5 billion yuan.",
            English(data, data.Balance(Services))
        );
    }

    [Fact]
    public void A_balance_reaching_zero_is_balanced_trade_after_the_earlier_balance()
    {
        var data = Trade(120m, 120m, 100m, 120m);

        Assert.Equal(
            "In 2024, the services trade balance was zero, after a deficit of 20 billion yuan in 2023.",
            English(data, data.Balance(Services))
        );
        Assert.Equal(
            "2024年，服务贸易收支平衡，上年为逆差200亿元。",
            Chinese(data, data.Balance(Services))
        );
    }

    [Fact]
    public void An_unchanged_deficit_is_said_to_be_unchanged()
    {
        var data = Trade(100m, 120m, 90m, 110m);

        Assert.Equal(
            "In 2024, the services trade deficit was unchanged at 20 billion yuan.",
            English(data, data.Balance(Services))
        );
    }

    [Fact]
    public void A_balance_needs_both_years()
    {
        var data = Data(
            (Services, StatementMeasure.Exports, 100m, null),
            (Services, StatementMeasure.Imports, 120m, 110m)
        );

        var error = Assert.Throws<InvalidOperationException>(() => data.Balance(Services));

        Assert.Contains(
            "the balance of services in 2023 is missing",
            error.Message,
            StringComparison.Ordinal
        );
    }
}
