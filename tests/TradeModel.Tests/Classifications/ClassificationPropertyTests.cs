using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeModel.Classifications;
using TradeModel.Tests.Support;

namespace TradeModel.Tests.Classifications;

public sealed class ClassificationPropertyTests
{
    private static readonly Classification Hs = HarmonizedSystem2022.Classification;
    private static readonly Category[] Subheadings =
    [
        .. Hs.AtLevel(HarmonizedSystem2022.SubheadingLevel),
    ];

    [Property(MaxTest = 100)]
    public bool A_roll_up_of_random_leaf_values_equals_the_sum_of_the_leaves(
        NonEmptyArray<(PositiveInt Leaf, int Cents)> draws
    )
    {
        var values = new CategoryValues(Hs, Currency.USD);
        var chosen = new Dictionary<Category, Money>();
        foreach (var (leaf, cents) in draws.Get)
        {
            var category = Subheadings[leaf.Get % Subheadings.Length];
            chosen[category] = new Money(cents / 100m, Currency.USD);
            values.Set(category, chosen[category]);
        }

        var rollUp = values.RollUp();

        return rollUp.Total("TOTAL") == chosen.Values.Sum(Currency.USD)
            && chosen
                .GroupBy(p => p.Key.AncestorAtLevel(HarmonizedSystem2022.ChapterLevel))
                .All(g => rollUp.Total(g.Key) == g.Select(p => p.Value).Sum(Currency.USD));
    }

    [Property(MaxTest = 200)]
    public bool A_concordance_applied_to_random_values_conserves_the_total(
        PositiveInt a,
        PositiveInt b,
        PositiveInt c,
        PositiveInt split
    )
    {
        var old = TestTables.Classification(
            "Old",
            "1",
            "code,parent,name\nT,,Total\nA,T,A\nB,T,B\nC,T,C\n"
        );
        var target = TestTables.Classification(
            "New",
            "1",
            "code,parent,name\nT,,Total\nX,T,X\nY,T,Y\nZ,T,Z\n"
        );
        var weight = (split.Get % 999 + 1) / 1000m;
        var concordance = new Concordance(
            old,
            target,
            [
                new("A", "X", weight),
                new("A", "Y", 1m - weight),
                new("B", "Y"),
                new("C", "Z", 0.25m),
                new("C", "X", 0.75m),
            ]
        );
        var values = new CategoryValues(old, Currency.CNY);
        values.Set("A", new Money(a.Get / 100m, Currency.CNY));
        values.Set("B", new Money(b.Get / 100m, Currency.CNY));
        values.Set("C", new Money(c.Get / 100m, Currency.CNY));

        return concordance.Apply(values).RollUp().Total("T") == values.RollUp().Total("T");
    }
}
