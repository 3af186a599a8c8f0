using TradeModel.Statements;
using TradeModel.Tests.Support;
using static TradeModel.Tests.Statements.Releases;

namespace TradeModel.Tests.Statements;

/// <summary>House styles: decimals, magnitudes, currency words; the same text under every culture.</summary>
[Collection(CultureSensitiveTests.Name)]
public sealed class ReleaseStyleTests
{
    private static ReleaseData Data() =>
        Releases.Data((Services, StatementMeasure.Exports, 3175.56m, 2685.66m));

    [Fact]
    public void Currency_words_decimals_and_magnitude_are_the_house_style()
    {
        var data = Data();
        var style = ReleaseStyle.English.WithCurrencyWording(
            Currency.CNY,
            new CurrencyWording("RMB ", string.Empty, "yuan")
        ) with
        {
            Magnitude = Magnitude.Trillion,
            LevelDecimals = 3,
            PercentDecimals = 2,
        };

        var text = data.Release(data.Growth(Services, StatementMeasure.Exports)).Render(style).Text;

        // 3.17556 trillion to three decimals; 18.2406% to two.
        Assert.Equal("In 2024, exports of services grew 18.24% to RMB 3.176 trillion.", text);
    }

    [Fact]
    public void Trailing_zeros_can_be_kept_and_digits_left_ungrouped()
    {
        var data = Releases.Data((Services, StatementMeasure.Exports, 7523.8m, 6575.43m));
        var style = ReleaseStyle.English with { TrimTrailingZeros = false, GroupDigits = false };

        var text = data.Release(data.Level(Services, StatementMeasure.Exports)).Render(style).Text;

        Assert.Equal("In 2024, exports of services were 7523.80 billion yuan.", text);
    }

    [Fact]
    public void The_midpoint_rule_is_the_house_rule_and_the_proof_states_it()
    {
        // 10.25 billion exactly halfway at one decimal.
        var data = Releases.Data((Services, StatementMeasure.Exports, 10.25m, 10m));
        var even = ReleaseStyle.English with
        {
            LevelDecimals = 1,
            Rounding = MidpointRounding.ToEven,
        };

        var away = data.Release(data.Level(Services, StatementMeasure.Exports))
            .Render(ReleaseStyle.English with { LevelDecimals = 1 });
        var toEven = data.Release(data.Level(Services, StatementMeasure.Exports)).Render(even);

        Assert.Equal("In 2024, exports of services were 10.3 billion yuan.", away.Text);
        Assert.Equal("In 2024, exports of services were 10.2 billion yuan.", toEven.Text);
        Assert.Equal(
            "to 1 decimal of billion, half to even",
            toEven.Statements[0].Figures[0].Rounding
        );
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    [InlineData("zh-CN")]
    public void A_release_reads_the_same_whatever_the_current_culture(string culture)
    {
        var data = Data();
        var release = data.Release(data.Growth(Services, StatementMeasure.Exports));
        var english = release.Render(ReleaseStyle.English).ProofTable();
        var chinese = release.Render(ReleaseStyle.Chinese).ProofTable();

        using (new CultureScope(culture))
        {
            Assert.Equal(english, release.Render(ReleaseStyle.English).ProofTable());
            Assert.Equal(chinese, release.Render(ReleaseStyle.Chinese).ProofTable());
        }
    }

    [Fact]
    public void The_proof_renders_as_an_html_table_with_every_figure_and_check()
    {
        var data = Data();
        var rendered = data.Release(
                data.Growth(Services, StatementMeasure.Exports, showPrevious: true)
            )
            .Render(ReleaseStyle.English);

        var html = rendered.ToHtml();

        Assert.StartsWith(
            "<div class=\"trademodel-release\"><p>In 2024, exports of services grew 18.2%",
            html,
            StringComparison.Ordinal
        );
        Assert.Equal(3 + 1, html.Split("<tr><td>1</td>").Length);
        Assert.Contains("<td>ok</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Styles_refuse_impossible_settings()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ReleaseStyle.English with
            {
                LevelDecimals = -1,
            }
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ReleaseStyle.English with
            {
                PercentDecimals = 13,
            }
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ReleaseStyle.English with
            {
                FlatWithin = -0.1m,
            }
        );
        Assert.Equal(ReleaseStyle.English, ReleaseStyle.English with { });
        Assert.NotEqual(
            ReleaseStyle.English,
            ReleaseStyle.English.WithCurrencyWording(
                Currency.CNY,
                new CurrencyWording("RMB ", "", "yuan")
            )
        );
    }
}
