using TradeModel.Classifications;

namespace TradeModel.Tests.Classifications;

public sealed class Ebops2010Tests
{
    private static readonly Classification Ebops = Ebops2010.Classification;

    [Fact]
    public void The_twelve_main_items_SA_to_SL_are_the_regular_parts_of_total_services()
    {
        Assert.Equal(
            ["SA", "SB", "SC", "SD", "SE", "SF", "SG", "SH", "SI", "SJ", "SK", "SL"],
            Ebops2010.MainItems.Select(c => c.Code).Order()
        );
        Assert.All(Ebops2010.MainItems, c => Assert.Equal(1, c.Level));
    }

    [Fact]
    public void Travel_is_a_main_item_of_services()
    {
        var travel = Ebops["SD"];

        Assert.Equal("Travel", travel.Name);
        Assert.Same(Ebops2010.Services, travel.Parent);
        Assert.Equal(CategoryRelation.Part, travel.Relation);
        Assert.Contains(travel, Ebops2010.MainItems);
    }

    [Fact]
    public void Knowledge_intensive_services_are_the_shipped_grouping_SF_to_SK_documented_as_an_assumption()
    {
        var grouping = Ebops2010.KnowledgeIntensiveServices;

        Assert.Equal(["SF", "SG", "SH", "SI", "SJ", "SK"], grouping.Members.Select(c => c.Code));
        Assert.StartsWith("Assumption", grouping.Note, StringComparison.Ordinal);
        Assert.True(grouping.Contains(Ebops["SI21"]));
        Assert.False(grouping.Contains(Ebops["SD"]));
        Assert.Equal(
            "knowledge-intensive services = SF + SG + SH + SI + SJ + SK",
            grouping.ToString()
        );
    }

    [Fact]
    public void Numeric_MSITS_codes_find_the_same_categories_as_SDMX_codes()
    {
        Assert.Same(Ebops["SD"], Ebops["4"]);
        Assert.Same(Ebops["SC11"], Ebops["3.1.1"]);
        Assert.Same(Ebops2010.Services, Ebops["200"]);
        Assert.Equal(["3.1.1"], Ebops["SC11"].Aliases);
    }

    [Theory]
    [InlineData("Say", "SAY")]
    [InlineData("SDz", "SDZ")]
    [InlineData("sc11z", "SC11Z")]
    [InlineData(" SD ", "SD")]
    public void Codes_are_normalised_on_input_and_canonical_on_output(
        string input,
        string canonical
    )
    {
        Assert.Equal(canonical, Ebops[input].Code);
    }

    [Fact]
    public void Names_are_the_full_names_without_the_truncation_tabs_or_codes_of_the_source()
    {
        Assert.Equal("Manufacturing services on physical inputs owned by others", Ebops["SA"].Name);
        Assert.Equal("Patents", Ebops["SJ1121"].Name);
        Assert.Equal(
            "Payable by border, seasonal, and other short-term workers",
            Ebops["SC11Z"].Name
        );
        Assert.All(Ebops.Categories, c => Assert.DoesNotContain('\t', c.Name));
    }

    [Fact]
    public void Transport_has_two_breakdowns_by_mode_and_by_type()
    {
        var transport = Ebops["SC"];
        var byMode = transport.Children.Where(c => c.Breakdown == "by mode").Select(c => c.Code);
        var byType = transport.Children.Where(c => c.Breakdown == "by type").Select(c => c.Code);

        Assert.Equal(["SC1", "SC2", "SC3", "SC4"], byMode);
        Assert.Equal(["SCA", "SCB", "SCC"], byType);
        Assert.All(
            transport.Children.Where(c => c.Breakdown == "by type"),
            c => Assert.Equal(CategoryRelation.AlternativePart, c.Relation)
        );
    }

    [Fact]
    public void The_extended_transport_modes_break_down_other_modes_of_transport()
    {
        var rail = Ebops["SC3B"];

        Assert.Same(Ebops["SC3"], rail.Parent);
        Assert.Equal(CategoryRelation.AlternativePart, rail.Relation);
        Assert.Equal("by extended mode", rail.Breakdown);
        Assert.Equal(3, rail.Level);
    }

    [Fact]
    public void Travel_has_two_breakdowns_by_purpose_and_by_product()
    {
        var travel = Ebops["SD"];

        Assert.Equal(
            ["SDA", "SDB"],
            travel.Children.Where(c => c.Relation == CategoryRelation.Part).Select(c => c.Code)
        );
        Assert.Equal(
            ["SD1", "SD2", "SD3", "SD4", "SD5"],
            travel.Children.Where(c => c.Breakdown == "by product").Select(c => c.Code)
        );
    }

    [Theory]
    [InlineData("SC11Z", CategoryRelation.OfWhich)]
    [InlineData("SD5Y", CategoryRelation.OfWhich)]
    [InlineData("SI21Z", CategoryRelation.OfWhich)]
    [InlineData("SJ35Z", CategoryRelation.OfWhich)]
    [InlineData("S1", CategoryRelation.Memo)]
    [InlineData("S9", CategoryRelation.Memo)]
    [InlineData("SDZ", CategoryRelation.Memo)]
    [InlineData("SF11Y", CategoryRelation.Memo)]
    [InlineData("SAY", CategoryRelation.Part)]
    [InlineData("S", CategoryRelation.Root)]
    public void Of_which_and_memo_items_are_modelled_as_such(string code, CategoryRelation relation)
    {
        Assert.Equal(relation, Ebops[code].Relation);
    }

    [Fact]
    public void The_misplaced_parents_of_the_numeric_table_do_not_leak_into_the_hierarchy()
    {
        var patents = Ebops["10.1.1.2.1"];

        Assert.Equal("SJ1121", patents.Code);
        Assert.Same(Ebops["10.1.1.2"], patents.Parent);
    }

    [Fact]
    public void Every_item_of_the_source_table_is_a_category()
    {
        Assert.Equal(152, Ebops.Categories.Count);
        Assert.Equal(Ebops2010.Services, Assert.Single(Ebops.Roots));
    }

    [Fact]
    public void An_unknown_code_throws_naming_the_code_and_the_classification()
    {
        var error = Assert.Throws<ArgumentException>(() => Ebops.Get("SZ"));

        Assert.Contains("'SZ'", error.Message, StringComparison.Ordinal);
        Assert.Contains("EBOPS 2010", error.Message, StringComparison.Ordinal);
        Assert.False(Ebops.TryGet("SZ", out _));
    }

    [Fact]
    public void Ancestors_and_leaves_follow_the_hierarchy()
    {
        var patents = Ebops["SJ1121"];

        Assert.Equal(["S", "SJ", "SJ1", "SJ11", "SJ112"], patents.Ancestors.Select(c => c.Code));
        Assert.Same(Ebops["SJ"], patents.AncestorAtLevel(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => patents.AncestorAtLevel(6));
        Assert.Equal(
            ["SJ1121", "SJ1122", "SJ1123", "SJ1124"],
            Ebops["SJ112"].Leaves().Select(c => c.Code)
        );
        Assert.True(patents.AddsUpTo(Ebops["SJ"]));
        Assert.False(Ebops["SC11Z"].AddsUpTo(Ebops["SC"]));
        Assert.True(Ebops["SC11Z"].IsWithin(Ebops["SC"]));
    }

    [Fact]
    public void The_leaves_of_services_partition_it_without_of_which_memo_or_alternative_items()
    {
        var leaves = Ebops2010.Services.Leaves().ToList();

        Assert.All(leaves, leaf => Assert.True(leaf.AddsUpTo(Ebops2010.Services)));
        Assert.DoesNotContain(Ebops["SC11Z"], leaves);
        Assert.DoesNotContain(Ebops["SD1"], leaves);
        Assert.DoesNotContain(Ebops["S1"], leaves);
        Assert.Contains(Ebops["SC11"], leaves);
    }

    [Fact]
    public void Descendants_include_every_relation_and_levels_list_their_categories()
    {
        var travel = Ebops["SD"];

        Assert.Contains(Ebops["SD5Y"], travel.Descendants());
        Assert.Contains(Ebops["SDA1"], travel.Descendants());
        // The twelve main items, the memo items S1–S9 (MSITS C.1–C.9) and SDZ (tourism-related services).
        Assert.Equal(12 + 9 + 1, Ebops.AtLevel(1).Count());
        Assert.Contains(Ebops["SDZ"], Ebops.AtLevel(1));
        Assert.True(Ebops["SJ1121"].TryGetAncestorAtLevel(2, out var ancestor));
        Assert.Equal("SJ1", ancestor.Code);
        Assert.False(Ebops["SJ"].TryGetAncestorAtLevel(2, out _));
    }
}
