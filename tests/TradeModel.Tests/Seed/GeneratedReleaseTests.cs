using System.Globalization;
using System.Text.RegularExpressions;
using TradeModel.Examples;
using TradeModel.Releases;
using TradeModel.Statements;
using Published = TradeModel.Tests.Seed.SeedRelease;

namespace TradeModel.Tests.Seed;

/// <summary>
/// The seed's release, generated from the 2024 and 2023 values of its release table, says what the seed says: every
/// number of every sentence, in English and in Chinese, is one of the seed's published figures.
/// </summary>
public sealed partial class GeneratedReleaseTests
{
    private static readonly Release Release = SeedReleaseFromData.Build(SeedReleaseFromData.Data());

    private static RenderedRelease English => Release.Render(ReleaseStyle.English);

    private static RenderedRelease Chinese => Release.Render(ReleaseStyle.Chinese);

    /// <summary>Each statement's level and growth as the seed publishes them, in billions of yuan and percent.</summary>
    public static TheoryData<int, decimal, decimal> GrowthStatements =>
        new()
        {
            { 1, Published.Total.Value, Published.TotalGrowth.Value },
            { 2, Published.Exports.Value, Published.ExportsGrowth.Value },
            { 3, Published.Imports.Value, Published.ImportsGrowth.Value },
            { 5, Published.Travel.Value, Published.TravelGrowth.Value },
            { 7, Published.KnowledgeIntensive.Value, Published.KnowledgeIntensiveGrowth.Value },
            {
                8,
                Published.KnowledgeIntensiveExports.Value,
                Published.KnowledgeIntensiveExportsGrowth.Value
            },
        };

    [Theory]
    [MemberData(nameof(GrowthStatements))]
    public void Each_growth_sentence_prints_the_published_level_and_rate(
        int statement,
        decimal billions,
        decimal percent
    )
    {
        var figures = English.Statements[statement].Figures;

        Assert.Equal(billions, figures.Single(f => f.Role == FigureRole.Level).Shown);
        Assert.Equal(percent, figures.Single(f => f.Role == FigureRole.Growth).Shown);
        Assert.Contains(
            $"{percent.ToString(CultureInfo.InvariantCulture)}% to {billions.ToString("#,0.##", CultureInfo.InvariantCulture)} billion yuan",
            English.Statements[statement].Text,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void The_balance_sentence_prints_the_published_deficit_and_its_decrease()
    {
        var balance = English.Statements[4];

        Assert.Equal(
            -Published.Deficit.Value,
            balance.Figures.Single(f => f.Role == FigureRole.Level).Shown
        );
        Assert.Equal(
            Published.DeficitDecrease.Value,
            balance.Figures.Single(f => f.Role == FigureRole.BalanceChange).Shown
        );
        Assert.StartsWith(
            "The services trade deficit narrowed by",
            balance.Text,
            StringComparison.Ordinal
        );
        Assert.Contains("比上年减少", Chinese.Statements[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_number_of_every_English_sentence_is_a_published_figure_or_follows_from_the_stated_rate()
    {
        var published = PublishedFigures();
        var rate = SeedReleaseFromData.UsdCny2024.Rate;
        var converted = Math.Round(Published.Total.Value / rate, 1, MidpointRounding.AwayFromZero);
        var allowed = published.Concat([rate, converted]).ToHashSet();

        foreach (var statement in English.Statements)
        {
            var numbers = Numbers(statement.Text);
            Assert.NotEmpty(numbers);
            foreach (var number in numbers.Where(n => !IsYear(n)))
            {
                Assert.True(
                    allowed.Contains(number),
                    $"{number} in \"{statement.Text}\" is not a seed figure."
                );
            }
        }
    }

    [Fact]
    public void Every_amount_of_every_Chinese_sentence_is_a_published_figure_in_yi()
    {
        var published = PublishedFigures();

        foreach (var statement in Chinese.Statements.Skip(1))
        {
            var amounts = AmountInYi()
                .Matches(statement.Text)
                .Select(m => decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            var rates = PercentInChinese()
                .Matches(statement.Text)
                .Select(m => decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            foreach (var yi in amounts)
            {
                Assert.True(
                    published.Contains(yi / 10m),
                    $"{yi}亿元 in \"{statement.Text}\" is not a seed figure."
                );
            }
            foreach (var percent in rates)
            {
                Assert.True(
                    published.Contains(percent),
                    $"{percent}% in \"{statement.Text}\" is not a seed figure."
                );
            }
        }
        Assert.StartsWith(
            "2024年，服务进出口超过1万亿美元",
            Chinese.Statements[0].Text,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void The_release_states_that_total_trade_exceeded_a_trillion_dollars_at_the_stated_rate()
    {
        var threshold = English.Statements[0];

        Assert.Contains("exceeded US$1 trillion", threshold.Text, StringComparison.Ordinal);
        Assert.Contains(
            $"at {SeedReleaseFromData.UsdCny2024.Rate.ToString(CultureInfo.InvariantCulture)} yuan per US dollar",
            threshold.Text,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Travel_is_ranked_the_fastest_growing_as_the_seed_says()
    {
        var ranking = (RankingStatement)Release.Statements[6];

        Assert.Equal(SeedReleaseFromData.Travel, ranking.Ranked[0].Subject);
        Assert.Contains(
            "travel services grew fastest (38.1%)",
            English.Statements[6].Text,
            StringComparison.Ordinal
        );
        Assert.Contains("旅行服务增速最快", Chinese.Statements[6].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_check_of_the_generated_release_passes_in_both_languages()
    {
        Assert.True(English.IsConsistent);
        Assert.True(Chinese.IsConsistent);
        Assert.Contains(
            English.Checks,
            c =>
                c.Check.Statement.Contains(
                    "change in the balance of services",
                    StringComparison.Ordinal
                )
        );
        Assert.Contains(
            English.Checks,
            c =>
                c.Check.Statement.Contains(
                    "growth of total trade in services from",
                    StringComparison.Ordinal
                )
        );
    }

    [Fact]
    public void The_same_release_typed_by_hand_with_the_published_figures_passes_its_checks()
    {
        var typed = TypedSeed(Published.TotalGrowth);

        Assert.True(typed.Check(ReleaseStyle.English).IsConsistent);
    }

    [Fact]
    public void A_hand_typed_release_whose_total_growth_disagrees_with_its_parts_is_refused_naming_both_statements()
    {
        // A total growth of 12.4% cannot come from exports +18.2% and imports +11.8% at their printed levels: those
        // allow 14.36% to 14.47%.
        var typed = TypedSeed(new PublishedFigure(12.4m));

        var error = Assert.Throws<InconsistentReleaseException>(() =>
            typed.Render(ReleaseStyle.English)
        );

        var failure = Assert.Single(error.Failures);
        Assert.Equal(0, failure.Statement);
        Assert.Equal([0, 1, 2], failure.Against.Distinct().Order());
        Assert.True(failure.Check.Implied.Contains(Published.TotalGrowth.Value));
        Assert.Contains(
            "statement 1 (\"In 2024, total trade in services grew 12.4% to 7,523.8 billion yuan.\")",
            error.Message,
            StringComparison.Ordinal
        );
        Assert.Contains("statement 2 (", error.Message, StringComparison.Ordinal);
        Assert.Contains(
            "a figure in that range would agree",
            error.Message,
            StringComparison.Ordinal
        );
    }

    private static Release TypedSeed(PublishedFigure totalGrowth)
    {
        var services = SeedReleaseFromData.Services;
        var total = new ReleaseItem(services, StatementMeasure.TotalTrade);
        StatementFigure Billions(PublishedFigure figure) =>
            StatementFigure.Typed(figure, Magnitude.Billion, Currency.CNY);
        StatementFigure Rate(PublishedFigure figure) =>
            StatementFigure.Typed(figure, FigureUnit.Percent);
        return new Release(
            Published.Year2024,
            Published.Year2023,
            [
                new GrowthStatement(total, Billions(Published.Total), Rate(totalGrowth)),
                new GrowthStatement(
                    new ReleaseItem(services, StatementMeasure.Exports),
                    Billions(Published.Exports),
                    Rate(Published.ExportsGrowth)
                )
                {
                    PartOf = total,
                },
                new GrowthStatement(
                    new ReleaseItem(services, StatementMeasure.Imports),
                    Billions(Published.Imports),
                    Rate(Published.ImportsGrowth)
                )
                {
                    PartOf = total,
                },
                new BalanceStatement(
                    services,
                    Billions(new PublishedFigure(-Published.Deficit.Value)),
                    Billions(Published.DeficitDecrease)
                ),
            ]
        );
    }

    private static HashSet<decimal> PublishedFigures() =>
        [
            Published.Total.Value,
            Published.TotalGrowth.Value,
            Published.Exports.Value,
            Published.ExportsGrowth.Value,
            Published.Imports.Value,
            Published.ImportsGrowth.Value,
            Published.Deficit.Value,
            Published.DeficitDecrease.Value,
            Published.Travel.Value,
            Published.TravelGrowth.Value,
            Published.KnowledgeIntensive.Value,
            Published.KnowledgeIntensiveGrowth.Value,
            Published.KnowledgeIntensiveExports.Value,
            Published.KnowledgeIntensiveExportsGrowth.Value,
            1m,
        ];

    private static List<decimal> Numbers(string text) =>
        [
            .. NumberInText()
                .Matches(text)
                .Select(m =>
                    decimal.Parse(
                        m.Value.Replace(",", string.Empty, StringComparison.Ordinal),
                        CultureInfo.InvariantCulture
                    )
                ),
        ];

    private static bool IsYear(decimal number) => number is 2023m or 2024m;

    [GeneratedRegex(@"\d[\d,]*(\.\d+)?")]
    private static partial Regex NumberInText();

    [GeneratedRegex(@"(\d+(\.\d+)?)亿元")]
    private static partial Regex AmountInYi();

    [GeneratedRegex(@"(\d+(\.\d+)?)%")]
    private static partial Regex PercentInChinese();
}
