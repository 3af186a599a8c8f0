using TradeModel.Classifications;
using TradeModel.Economies;

namespace TradeModel.Tests.Reliability;

/// <summary>Hierarchies and groups that used to take quadratic time or memory, or fail with the wrong exception.</summary>
public sealed class ClassificationRegressionTests
{
    private const int Depth = 20_000;

    [Fact]
    public void A_twenty_thousand_deep_chain_builds_and_answers_ancestor_questions()
    {
        var builder = new ClassificationBuilder("Chain", "1");
        builder.Add("C0", "Level 0", null, CategoryRelation.Root);
        for (var i = 1; i < Depth; i++)
        {
            builder.Add($"C{i}", $"Level {i}", $"C{i - 1}");
        }

        var chain = builder.Build();
        var deepest = chain[$"C{Depth - 1}"];

        Assert.Equal(Depth - 1, deepest.Level);
        Assert.Equal(chain["C12345"], deepest.AncestorAtLevel(12345));
        Assert.Equal(chain["C5"], deepest.AncestorAtLevel(5));
        Assert.True(deepest.IsWithin(chain["C0"]));
        Assert.True(deepest.AddsUpTo(chain["C19000"]));
        Assert.Equal(Depth - 1, deepest.Ancestors.Count);
        Assert.Equal(chain["C7"], deepest.Ancestors[7]);
    }

    [Fact]
    public void A_cycle_at_the_end_of_a_deep_chain_names_exactly_its_members()
    {
        var builder = new ClassificationBuilder("Chain", "1");
        builder.Add("C0", "Level 0", null, CategoryRelation.Root);
        for (var i = 1; i < Depth; i++)
        {
            builder.Add($"C{i}", $"Level {i}", $"C{i - 1}");
        }
        builder.Add("X", "Cycle 1", "Y");
        builder.Add("Y", "Cycle 2", "X");
        builder.Add("Z", "Hangs off the cycle", "Y");

        var error = Assert.Throws<InvalidClassificationException>(builder.Build);

        Assert.Equal(
            ["X", "Y"],
            error
                .Problems.Where(p => p.Message.Contains("cycle", StringComparison.Ordinal))
                .Select(p => p.Code)
                .Order()
        );
    }

    [Fact]
    public void A_null_member_of_an_economy_group_is_named_by_its_position()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Economy.DefineGroup("Bloc", [Economy.FromCode("CHN"), null!])
        );

        Assert.Contains("Element 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_member_of_a_category_grouping_is_named_by_its_position()
    {
        var error = Assert.Throws<ArgumentException>(() => new CategoryGrouping("Group", [null!]));

        Assert.Contains("Element 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_category_given_twice_in_a_grouping_is_refused()
    {
        var travel = Ebops2010.Classification["SD"];

        var error = Assert.Throws<ArgumentException>(() =>
            new CategoryGrouping("Twice", [travel, travel])
        );

        Assert.Contains("SD is given twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grouping_member_within_another_is_refused_whatever_the_order()
    {
        var ebops = Ebops2010.Classification;

        Assert.Throws<ArgumentException>(() =>
            new CategoryGrouping("Nested", [ebops["SD"], ebops["SDA"]])
        );
        Assert.Throws<ArgumentException>(() =>
            new CategoryGrouping("Nested", [ebops["SDA"], ebops["SD"]])
        );
    }
}
