using TradeModel.Statements;
using static TradeModel.Tests.Statements.Releases;

namespace TradeModel.Tests.Statements;

/// <summary>Rankings: the largest, the fastest-growing, the top three; ties shared, nothing dropped.</summary>
public sealed class RankingStatementTests
{
    private static ReleaseData Components(decimal construction = 120m) =>
        Data(
            (Travel, StatementMeasure.TotalTrade, 2051.15m, 1485.62m),
            (Transport, StatementMeasure.TotalTrade, 1500m, 1600m),
            (Construction, StatementMeasure.TotalTrade, construction, 100m),
            (Insurance, StatementMeasure.TotalTrade, 120m, 0m)
        );

    private static readonly StatementSubject[] All = [Travel, Transport, Construction, Insurance];

    [Fact]
    public void The_largest_is_named_with_its_level()
    {
        var data = Components();

        var statement = data.Ranking(StatementMeasure.TotalTrade, RankingBasis.Level, All);

        Assert.Equal(
            "In 2024, among travel services, transport services, construction services and insurance services, travel services was the largest by total trade (2,051.15 billion yuan).",
            English(data, statement)
        );
        Assert.Equal(
            "2024年，在旅行服务、运输服务、建设服务和保险服务中，旅行服务规模最大（20511.5亿元）。",
            Chinese(data, statement)
        );
    }

    [Fact]
    public void The_top_three_are_listed_in_order_and_a_tie_at_the_last_place_brings_in_every_tied_subject()
    {
        var data = Components();

        var statement = data.Ranking(StatementMeasure.TotalTrade, RankingBasis.Level, All, top: 3);

        // Construction and insurance both have 120: both are third.
        Assert.Equal([1, 2, 3, 3], statement.Ranked.Select(r => r.Rank));
        Assert.Equal(
            "In 2024, among travel services, transport services, construction services and insurance services, the three largest by total trade were travel services (2,051.15 billion yuan), transport services (1,500 billion yuan) and construction services and insurance services jointly (120 billion yuan each).",
            English(data, statement)
        );
    }

    [Fact]
    public void Subjects_tied_for_first_are_jointly_the_largest()
    {
        var data = Data(
            (Construction, StatementMeasure.Exports, 120m, 100m),
            (Insurance, StatementMeasure.Exports, 120m, 90m)
        );

        var statement = data.Ranking(
            StatementMeasure.Exports,
            RankingBasis.Level,
            [Construction, Insurance]
        );

        Assert.Equal(2, statement.Ranked.Count);
        Assert.Equal(
            "In 2024, among construction services and insurance services, construction services and insurance services were jointly the largest by exports (120 billion yuan each).",
            English(data, statement)
        );
        Assert.Equal(
            "2024年，在建设服务和保险服务中，建设服务和保险服务并列出口规模最大（均为1200亿元）。",
            Chinese(data, statement)
        );
    }

    [Fact]
    public void A_growth_ranking_names_the_subject_it_cannot_rank_and_why()
    {
        var data = Components();

        var statement = data.Ranking(StatementMeasure.TotalTrade, RankingBasis.Growth, All);

        // Travel +38.1%, construction +20%, transport −6.3%; insurance grew from zero and has no rate.
        var unranked = Assert.Single(statement.Unranked);
        Assert.Equal(Insurance, unranked.Subject);
        Assert.Equal(
            "In 2024, among travel services, transport services, construction services and insurance services, travel services grew fastest (38.1%); insurance services is not ranked: it was zero in 2023.",
            English(data, statement)
        );
        Assert.EndsWith(
            "保险服务上年为零，未参与排序。",
            Chinese(data, statement),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_falling_subject_in_a_growth_ranking_shows_its_sign()
    {
        var data = Components();

        var statement = data.Ranking(
            StatementMeasure.TotalTrade,
            RankingBasis.Growth,
            [Transport, Construction],
            top: 2
        );

        Assert.Equal(
            "In 2024, among transport services and construction services, the two fastest-growing were construction services (20%) and transport services (-6.3%).",
            English(data, statement)
        );
    }

    [Fact]
    public void A_ranking_compares_at_least_two_different_subjects()
    {
        var data = Components();

        Assert.Throws<ArgumentException>(() =>
            data.Ranking(StatementMeasure.TotalTrade, RankingBasis.Level, [Travel])
        );
        Assert.Throws<ArgumentException>(() =>
            data.Ranking(StatementMeasure.TotalTrade, RankingBasis.Level, [Travel, Travel])
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            data.Ranking(StatementMeasure.TotalTrade, RankingBasis.Level, All, top: 0)
        );
    }

    [Fact]
    public void A_typed_ranking_whose_printed_order_is_impossible_is_refused()
    {
        var data = Components();
        StatementFigure Billions(decimal value) =>
            StatementFigure.Typed(
                new TradeModel.Releases.PublishedFigure(value),
                Magnitude.Billion,
                Currency.CNY
            );
        var ranking = new RankingStatement(
            StatementMeasure.TotalTrade,
            RankingBasis.Level,
            [Travel, Transport],
            2,
            [
                new RankedSubject(Transport, 1, Billions(1500m)),
                new RankedSubject(Travel, 2, Billions(2051.15m)),
            ]
        );

        var error = Assert.Throws<InconsistentReleaseException>(() =>
            data.Release(ranking).Render(ReleaseStyle.English)
        );

        Assert.Equal(
            "transport services ranked above travel services",
            Assert.Single(error.Failures).Check.Statement
        );
    }
}
