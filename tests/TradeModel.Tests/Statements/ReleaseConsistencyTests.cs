using TradeModel.Releases;
using TradeModel.Statements;
using static TradeModel.Tests.Statements.Releases;

namespace TradeModel.Tests.Statements;

/// <summary>A release whose printed numbers cannot all be true is refused, naming the statements and the range that would agree.</summary>
public sealed class ReleaseConsistencyTests
{
    private static readonly ReleaseItem Exports = new(Services, StatementMeasure.Exports);
    private static readonly ReleaseItem Imports = new(Services, StatementMeasure.Imports);

    private static StatementFigure Typed(decimal value, Magnitude magnitude) =>
        StatementFigure.Typed(new PublishedFigure(value), magnitude, Currency.CNY);

    private static Release Of(params ReleaseStatement[] statements) =>
        new(Year, Year.YearEarlier(), statements);

    [Fact]
    public void The_same_level_printed_in_billions_and_in_yi_agrees()
    {
        var release = Of(
            new LevelStatement(Exports, Typed(3175.56m, Magnitude.Billion)),
            new LevelStatement(Exports, Typed(31755.6m, Magnitude.Yi))
        );

        var check = Assert.Single(release.Check(ReleaseStyle.English).Checks);

        Assert.Equal("level of exports of services printed again", check.Check.Statement);
        Assert.True(check.IsConsistent);
    }

    [Fact]
    public void The_same_level_printed_twice_with_different_numbers_is_refused_naming_both_statements()
    {
        var release = Of(
            new LevelStatement(Exports, Typed(3175.56m, Magnitude.Billion)),
            new LevelStatement(Exports, Typed(3157.56m, Magnitude.Billion))
        );

        var error = Assert.Throws<InconsistentReleaseException>(() =>
            release.Render(ReleaseStyle.English)
        );

        var failure = Assert.Single(error.Failures);
        Assert.Equal(1, failure.Statement);
        Assert.Equal([0], failure.Against);
        Assert.Equal(
            "The release's numbers disagree in 1 check:\n- statement 2 (\"Exports of services were 3,157.56 billion yuan.\") disagrees with statement 1 (\"In 2024, exports of services were 3,175.56 billion yuan.\"): level of exports of services printed again; the printed figure stands for [3157.555, 3157.565], the others allow [3175.5550, 3175.5650]; a figure in that range would agree.",
            error.Message
        );
    }

    [Fact]
    public void A_balance_that_is_not_exports_minus_imports_is_refused()
    {
        var release = Of(
            new LevelStatement(Exports, Typed(3175.56m, Magnitude.Billion)),
            new LevelStatement(Imports, Typed(4348.24m, Magnitude.Billion)),
            new BalanceStatement(
                Services,
                Typed(-1127.68m, Magnitude.Billion),
                Typed(31.43m, Magnitude.Billion)
            )
        );

        var rendered = release.Check(ReleaseStyle.English);

        var failure = Assert.Single(rendered.Checks, c => !c.IsConsistent);
        Assert.Equal("the balance of services = exports − imports", failure.Check.Statement);
        Assert.True(failure.Check.Implied.Contains(-1172.68m));
        Assert.False(rendered.IsConsistent);
        Assert.Contains("FAILS", rendered.ProofTable(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_printed_above_its_whole_is_refused()
    {
        var total = new ReleaseItem(Services, StatementMeasure.TotalTrade);
        var release = Of(
            new LevelStatement(total, Typed(2000m, Magnitude.Billion)),
            new LevelStatement(Exports, Typed(3175.56m, Magnitude.Billion)) { PartOf = total }
        );

        var error = Assert.Throws<InconsistentReleaseException>(() =>
            release.Render(ReleaseStyle.English)
        );

        Assert.Equal(
            "exports of services, a part of total trade in services, is not above it",
            Assert.Single(error.Failures).Check.Statement
        );
    }

    [Fact]
    public void A_release_needs_a_statement_and_statements_need_the_right_kind_of_figure()
    {
        var percent = StatementFigure.Typed(new PublishedFigure(18.2m), FigureUnit.Percent);

        Assert.Throws<ArgumentException>(() => Of());
        Assert.Throws<ArgumentException>(() => new LevelStatement(Exports, percent));
        Assert.Throws<ArgumentException>(() => new GrowthStatement(Exports, percent, percent));
        Assert.Throws<ArgumentException>(() =>
            new LevelStatement(default, Typed(1m, Magnitude.Billion))
        );
        Assert.Throws<ArgumentException>(() => new LevelStatement(Exports, default));
    }
}
