using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeModel.Classifications;

namespace TradeModel.Tests.Classifications;

/// <summary>Values move between HS editions through the UNSD correlation tables without gaining or losing a unit.</summary>
public sealed class HsCorrelationTests
{
    public static TheoryData<int, int> Pairs() =>
        new()
        {
            { 2017, 2022 },
            { 2022, 2017 },
            { 1992, 2022 },
            { 1992, 1996 },
            { 2002, 2012 },
        };

    private static CategoryValues RandomValues(Classification hs, int seed)
    {
        var random = new Random(seed);
        var values = new CategoryValues(hs, Currency.USD);
        foreach (
            var subheading in hs.Categories.Where(c =>
                c.Code.Length == 6 && char.IsAsciiDigit(c.Code[0])
            )
        )
        {
            if (random.Next(3) > 0)
            {
                values.Set(subheading, new Money(random.Next(0, 10_000_000) / 100m, Currency.USD));
            }
        }
        return values;
    }

    private static Money Total(CategoryValues values) =>
        values.Given.Aggregate(Money.Zero(values.Currency), (sum, v) => sum + v.Value);

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Converting_conserves_the_total_to_the_cent_with_equal_weights(int from, int to)
    {
        var correlation = HsCorrelation.Between(from, to);
        var values = RandomValues(correlation.Source, from * 31 + to);

        var converted = correlation.Convert(values);

        Assert.Equal(Total(values), Total(converted.Values) + converted.Unmapped);
        Assert.Equal(
            Total(converted.Values),
            converted.ByRelationship.Values.Aggregate(Money.Zero(Currency.USD), (a, b) => a + b)
        );
    }

    [Fact]
    public void Converting_with_reference_weights_conserves_the_total_and_follows_the_weights()
    {
        var correlation = HsCorrelation.Between(2017, 2022);
        var values = RandomValues(correlation.Source, 7);
        var reference = RandomValues(correlation.Target, 8);

        var converted = correlation.Convert(values, HsWeights.From(reference));

        Assert.Equal(Total(values), Total(converted.Values) + converted.Unmapped);
        var split = correlation.Links.First(l =>
            l.Relationship == HsRelationship.OneToMany && values.TryGet(l.Source, out _)
        );
        var targets = correlation
            .Links.Where(l => l.Source == split.Source)
            .Select(l => l.Target)
            .ToArray();
        Assert.True(targets.Length > 1);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Almost_every_subheading_has_a_link_and_the_rest_are_listed(int from, int to)
    {
        var correlation = HsCorrelation.Between(from, to);
        var subheadings = correlation.Source.Categories.Count(c =>
            c.Code.Length == 6 && char.IsAsciiDigit(c.Code[0])
        );

        Assert.True(
            correlation.Unmapped.Count < subheadings / 100,
            $"{correlation.Unmapped.Count} of {subheadings} unmapped: {string.Join(", ", correlation.Unmapped.Take(10).Select(c => c.Code))}"
        );
        Assert.All(
            correlation.Unmapped,
            c => Assert.DoesNotContain(correlation.Links, l => l.Source == c)
        );
    }

    [Fact]
    public void A_code_that_did_not_change_keeps_its_value_through_a_one_to_one_link()
    {
        var correlation = HsCorrelation.Between(2017, 2022);
        var horses = correlation.Source["010121"];
        var values = new CategoryValues(correlation.Source, Currency.USD);
        values.Set(horses, new Money(123.45m, Currency.USD));

        var converted = correlation.Convert(values);

        Assert.Equal(
            HsRelationship.OneToOne,
            correlation.Links.Single(l => l.Source == horses).Relationship
        );
        Assert.Equal(new Money(123.45m, Currency.USD), converted.Values.Given.Single().Value);
        Assert.Equal("010121", converted.Values.Given.Single().Category.Code);
    }

    [Fact]
    public void Relationships_read_in_the_direction_of_the_conversion()
    {
        var forward = HsCorrelation.Between(2017, 2022);
        var backward = HsCorrelation.Between(2022, 2017);

        Assert.Equal(
            forward.Links.Count(l => l.Relationship == HsRelationship.OneToMany),
            backward.Links.Count(l => l.Relationship == HsRelationship.ManyToOne)
        );
        Assert.Equal(forward.Links.Count, backward.Links.Count);
    }

    private static readonly int[] Editions = [1992, 1996, 2002, 2007, 2012, 2017, 2022];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<
        (int, int),
        HsCorrelation
    > Correlations = new();

    [Property(MaxTest = 40)]
    public bool Any_conversion_between_any_two_editions_conserves_the_total_under_any_weights(
        PositiveInt fromDraw,
        PositiveInt toDraw,
        int seed,
        bool equalWeights
    )
    {
        var from = Editions[fromDraw.Get % Editions.Length];
        var to = Editions[
            (Array.IndexOf(Editions, from) + 1 + toDraw.Get % (Editions.Length - 1))
                % Editions.Length
        ];
        var correlation = Correlations.GetOrAdd(
            (from, to),
            p => HsCorrelation.Between(p.Item1, p.Item2)
        );
        var values = RandomValues(correlation.Source, seed);
        // Reference weights from random values of the target edition, a third of them absent (split equally there).
        var weights = equalWeights
            ? HsWeights.Equal
            : HsWeights.From(RandomValues(correlation.Target, seed ^ 0x5f3759df));

        var converted = correlation.Convert(values, weights);

        var through = converted.ByRelationship.Values.Aggregate(
            Money.Zero(Currency.USD),
            (a, b) => a + b
        );
        return Total(values) == Total(converted.Values) + converted.Unmapped
            && through == Total(converted.Values)
            && converted.Unmapped
                == converted
                    .UnmappedCodes.Select(c =>
                        values.TryGet(c, out var v) ? v : Money.Zero(Currency.USD)
                    )
                    .Aggregate(Money.Zero(Currency.USD), (a, b) => a + b);
    }

    public static TheoryData<int, string[]> CompositionGaps() =>
        new()
        {
            // HS 2007 291636 is in no row of the HS 2012 to HS 2007 table, so the chain loses the link that takes
            // HS 1992–2002 291639 (through HS 2007 291636) to HS 2022 291616; and UN Comtrade's 999999 ("not
            // specified") is only in the direct tables to HS 2022.
            { 1992, ["291639", "999999"] },
            { 1996, ["291639", "999999"] },
            { 2002, ["291639", "999999"] },
            { 2007, ["291636", "999999"] },
            { 2012, [] },
        };

    [Theory]
    [MemberData(nameof(CompositionGaps))]
    public void Composing_the_tables_edition_by_edition_reaches_what_the_direct_table_to_HS_2022_reaches_but_for_the_known_gaps(
        int from,
        string[] gaps
    )
    {
        var direct = HsCorrelation
            .Between(from, 2022)
            .Links.ToLookup(l => l.Source.Code, l => l.Target.Code);
        var reached = HarmonizedSystem
            .Edition(from)
            .Categories.Where(c => c.Code.Length == 6)
            .ToDictionary(c => c.Code, c => new HashSet<string> { c.Code });
        for (var i = Array.IndexOf(Editions, from); i < Editions.Length - 1; i++)
        {
            var step = HsCorrelation
                .Between(Editions[i], Editions[i + 1])
                .Links.ToLookup(l => l.Source.Code, l => l.Target.Code);
            reached = reached.ToDictionary(
                p => p.Key,
                p => p.Value.SelectMany(code => step[code]).ToHashSet()
            );
        }

        var differing = reached.Where(p => !p.Value.SetEquals(direct[p.Key])).ToArray();

        Assert.Equal(gaps, differing.Select(p => p.Key).Order());
        // Where they differ, the chain reaches less, never something the direct table does not.
        Assert.All(differing, p => Assert.Superset(p.Value, direct[p.Key].ToHashSet()));
    }

    [Fact]
    public void Only_subheadings_are_converted()
    {
        var correlation = HsCorrelation.Between(2017, 2022);
        var values = new CategoryValues(correlation.Source, Currency.USD);
        values.Set(correlation.Source["01"], new Money(1m, Currency.USD));

        Assert.Throws<ArgumentException>(() => correlation.Convert(values));
        Assert.Throws<ArgumentException>(() => HsCorrelation.Between(2017, 2017));
        Assert.Throws<ArgumentException>(() =>
            correlation.Convert(
                new CategoryValues(HarmonizedSystem2022.Classification, Currency.USD)
            )
        );
    }
}
