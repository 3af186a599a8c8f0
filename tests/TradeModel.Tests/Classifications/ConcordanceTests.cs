using TradeModel.Classifications;
using TradeModel.Tests.Support;

namespace TradeModel.Tests.Classifications;

public sealed class ConcordanceTests
{
    private static readonly Classification Old = TestTables.Classification(
        "Old",
        "1",
        "code,parent,name\nT,,Total\nA,T,A\nB,T,B\nC,T,C\n"
    );
    private static readonly Classification New = TestTables.Classification(
        "New",
        "2",
        "code,parent,name\nT,,Total\nX,T,X\nY,T,Y\nZ,T,Z\n"
    );

    [Fact]
    public void One_to_one_many_to_one_and_weighted_one_to_many_links_conserve_the_total_to_the_minor_unit()
    {
        var concordance = new Concordance(
            Old,
            New,
            [new("A", "X"), new("B", "X"), new("C", "Y", 0.333m), new("C", "Z", 0.667m)]
        );
        var values = new CategoryValues(Old, Currency.CNY);
        values.Set("A", new Money(1.00m, Currency.CNY));
        values.Set("B", new Money(2.00m, Currency.CNY));
        values.Set("C", new Money(0.10m, Currency.CNY));

        var mapped = concordance.Apply(values).RollUp();

        Assert.Equal(new Money(3.00m, Currency.CNY), mapped.Total("X"));
        Assert.Equal(new Money(0.03m, Currency.CNY), mapped.Total("Y"));
        Assert.Equal(new Money(0.07m, Currency.CNY), mapped.Total("Z"));
        Assert.Equal(values.RollUp().Total("T"), mapped.Total("T"));
    }

    [Fact]
    public void Weights_that_do_not_sum_to_one_are_rejected_naming_each_offending_code()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new Concordance(
                Old,
                New,
                [new("A", "X", 0.5m), new("B", "X", 0.5m), new("B", "Y", 0.6m), new("C", "Z")]
            )
        );

        Assert.Contains("the weights of A sum to 0.5", error.Message, StringComparison.Ordinal);
        Assert.Contains("the weights of B sum to 1.1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("of C", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_without_codes_is_rejected_naming_its_position()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new Concordance(Old, New, [new("A", "X"), default, new("B", " "), new("C", "Y")])
        );

        Assert.Contains("link 2 has no source code", error.Message, StringComparison.Ordinal);
        Assert.Contains("link 3 has no target code", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("link 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_codes_bad_weights_and_repeated_links_are_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new Concordance(
                Old,
                New,
                [
                    new("Q", "X"),
                    new("A", "W"),
                    new("B", "X", 0m),
                    new("C", "Y", 1m),
                    new("C", "Y", 1m),
                ]
            )
        );

        Assert.Contains("'Q'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'W'", error.Message, StringComparison.Ordinal);
        Assert.Contains("weight 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("C → Y is given twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Applying_values_that_would_be_mapped_twice_or_have_no_mapping_is_an_error()
    {
        var concordance = new Concordance(Old, New, [new("A", "X"), new("T", "X")]);
        var nested = new CategoryValues(Old, Currency.CNY);
        nested.Set("T", new Money(1m, Currency.CNY));
        nested.Set("A", new Money(1m, Currency.CNY));
        var unmapped = new CategoryValues(Old, Currency.CNY);
        unmapped.Set("B", new Money(1m, Currency.CNY));

        Assert.Contains(
            "lies within",
            Assert.Throws<ArgumentException>(() => concordance.Apply(nested)).Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "B has no mapping",
            Assert.Throws<ArgumentException>(() => concordance.Apply(unmapped)).Message,
            StringComparison.Ordinal
        );
        Assert.Throws<ArgumentException>(() =>
            concordance.Apply(new CategoryValues(New, Currency.CNY))
        );
    }

    [Fact]
    public void The_targets_of_a_source_category_come_with_their_weights()
    {
        var concordance = new Concordance(Old, New, [new("C", "Y", 0.25m), new("C", "Z", 0.75m)]);

        Assert.Equal([(New["Y"], 0.25m), (New["Z"], 0.75m)], concordance.TargetsOf(Old["C"]));
        Assert.Empty(concordance.TargetsOf(Old["A"]));
    }
}
