using TradeModel.Classifications;
using TradeModel.Data.Reference;

namespace TradeModel.Data.Tests.Reference;

public sealed class ClassificationCsvTests
{
    [Fact]
    public void A_classification_is_read_from_csv_with_relations_and_breakdowns()
    {
        var classification = ClassificationCsv.Parse(
            """
            code,parent,name,relation,breakdown
            T,,Total,,
            A,T,Transport,,
            A1,A,Sea,part,by mode
            A2,A,Air,part,by mode
            AP,A,Passenger,alternative,by type
            AF,A,Freight,alternative,by type
            A1X,A1,Of which: ferries,ofwhich,
            M,T,Memo: e-commerce,memo,
            """,
            "Example",
            "1"
        );

        Assert.Equal(CategoryRelation.AlternativePart, classification["AP"].Relation);
        Assert.Equal("by type", classification["AP"].Breakdown);
        Assert.Equal(CategoryRelation.OfWhich, classification["A1X"].Relation);
        Assert.Equal(CategoryRelation.Memo, classification["M"].Relation);
        Assert.Equal(CategoryRelation.Root, classification["T"].Relation);
    }

    [Fact]
    public void Csv_problems_of_every_kind_are_reported_together_with_their_lines()
    {
        var error = Assert.Throws<InvalidClassificationException>(() =>
            ClassificationCsv.Parse(
                """
                code,parent,name,relation
                T,,Total,
                A,T,Goods,sideways
                B,Z,Orphan,
                C,T
                T,,Again,
                """,
                "Example",
                "1"
            )
        );

        Assert.Equal([3, 4, 5, 6], error.Problems.Select(p => p.Line).Order());
        Assert.Contains("sideways", error.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_header_that_is_not_code_parent_name_is_rejected_on_line_one()
    {
        var error = Assert.Throws<InvalidClassificationException>(() =>
            ClassificationCsv.Parse("id,name\nT,Total\n", "Example", "1")
        );

        Assert.Equal(1, Assert.Single(error.Problems).Line);
    }

    [Fact]
    public void A_file_of_many_bad_rows_lists_them_all_but_keeps_its_message_short()
    {
        var csv =
            "code,parent,name\nT,,Total\n"
            + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"B{i},T\n"));

        var error = Assert.Throws<InvalidClassificationException>(() =>
            ClassificationCsv.Parse(csv, "Bad", "1")
        );

        Assert.Equal(100_000, error.Problems.Count);
        Assert.True(
            error.Message.Length < 4_000,
            $"The message has {error.Message.Length} characters."
        );
        Assert.Contains("99980 more", error.Message, StringComparison.Ordinal);
    }
}
