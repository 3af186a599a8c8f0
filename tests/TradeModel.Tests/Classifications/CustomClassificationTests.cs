using TradeModel.Classifications;

namespace TradeModel.Tests.Classifications;

public sealed class CustomClassificationTests
{
    [Fact]
    public void A_classification_can_be_built_in_code_with_parents_added_after_children()
    {
        var classification = new ClassificationBuilder("Trade by sector", "1")
            .Add("G1", "Food", "G")
            .Add("G", "Goods", "T")
            .Add("T", "Total", null, CategoryRelation.Root)
            .Add("S", "Services", "T")
            .Build();

        Assert.Equal(["G", "S"], classification["T"].Children.Select(c => c.Code));
        Assert.Equal(2, classification["g1"].Level);
        Assert.Equal("Trade by sector (4 categories)", classification.ToString());
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_line()
    {
        var builder = new ClassificationBuilder("Broken", "1")
            .Add("T", "Total", null, CategoryRelation.Root)
            .Add("A", "Duplicate", "T")
            .Add("a", "Duplicate again", "T")
            .Add("B", "Orphan", "Q")
            .Add("C", "Own parent", "C")
            .Add("D", "Cycle one", "E")
            .Add("E", "Cycle two", "D")
            .Add(" ", "No code", "T")
            .Add("F", "Root with a parent", "T", CategoryRelation.Root);

        var error = Assert.Throws<InvalidClassificationException>(builder.Build);

        var problems = error.Problems.Select(p => (p.Line, p.Message.Split(' ')[0])).ToList();
        Assert.Contains((3, "duplicate"), problems);
        Assert.Contains((4, "unknown"), problems);
        Assert.Contains(
            error.Problems,
            p => p.Line == 5 && p.Message.Contains("own parent", StringComparison.Ordinal)
        );
        Assert.Contains(
            error.Problems,
            p => p.Line == 6 && p.Message.Contains("cycle", StringComparison.Ordinal)
        );
        Assert.Contains(
            error.Problems,
            p => p.Line == 7 && p.Message.Contains("cycle", StringComparison.Ordinal)
        );
        Assert.Contains(
            error.Problems,
            p => p.Line == 8 && p.Message.Contains("empty", StringComparison.Ordinal)
        );
        Assert.Contains(
            error.Problems,
            p => p.Line == 9 && p.Message.Contains("root", StringComparison.Ordinal)
        );
        Assert.Contains("Broken", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<FormatException>(error);
    }

    [Fact]
    public void Groupings_reject_overlapping_members_and_members_of_other_classifications()
    {
        var ebops = Ebops2010.Classification;

        var overlap = Assert.Throws<ArgumentException>(() =>
            new CategoryGrouping("bad", [ebops["SJ"], ebops["SJ1"]])
        );
        Assert.Contains("SJ1 lies within SJ", overlap.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() =>
            new CategoryGrouping("mixed", [ebops["SJ"], HarmonizedSystem2022.Classification["01"]])
        );
        Assert.Throws<ArgumentException>(() => new CategoryGrouping("empty", []));
    }
}
