using TradeModel.Economies;

namespace TradeModel.Tests.Economies;

public sealed class EconomyTests
{
    [Theory]
    [InlineData("CN")]
    [InlineData("CHN")]
    [InlineData("chn")]
    [InlineData("156")]
    [InlineData("0156")]
    public void An_economy_is_found_by_any_of_its_codes(string code)
    {
        var china = Economy.FromCode(code);

        Assert.Equal("CHN", china.Alpha3);
        Assert.Equal("CN", china.Alpha2);
        Assert.Equal(156, china.NumericCode);
        Assert.Equal("China", china.Name);
    }

    [Fact]
    public void An_unknown_code_throws_naming_the_code()
    {
        var error = Assert.Throws<ArgumentException>(() => Economy.FromCode("XYZ"));

        Assert.Contains("'XYZ'", error.Message, StringComparison.Ordinal);
        Assert.False(Economy.TryFromCode("999", out _));
    }

    [Theory]
    [InlineData(251, "FRA")]
    [InlineData(381, "ITA")]
    [InlineData(842, "USA")]
    [InlineData(757, "CHE")]
    [InlineData(699, "IND")]
    [InlineData(579, "NOR")]
    [InlineData(156, "CHN")]
    public void UN_Comtrade_reporter_codes_map_to_the_right_economy(int comtrade, string alpha3)
    {
        var economy = Economy.FromComtradeCode(comtrade);

        Assert.Equal(alpha3, economy.Alpha3);
        Assert.Equal(comtrade, economy.ComtradeCode);
    }

    [Fact]
    public void The_ISO_code_of_France_is_not_its_Comtrade_code()
    {
        var france = Economy.FromCode("FRA");

        Assert.Equal(250, france.NumericCode);
        Assert.Equal(251, france.ComtradeCode);
        Assert.Equal(156, Economy.FromCode("CHN").ComtradeCode);
    }

    [Fact]
    public void The_World_is_M49_one_and_Comtrade_zero_and_covers_every_country()
    {
        Assert.Same(Economy.World, Economy.FromComtradeCode(0));
        Assert.Same(Economy.World, Economy.FromCode("WLD"));
        Assert.Equal(1, Economy.World.M49);
        Assert.True(Economy.World.IsGroup);
        Assert.True(Economy.World.Covers(Economy.FromCode("CHN")));
        Assert.Equal(Economy.Countries.Count, Economy.World.Members.Count);
    }

    [Fact]
    public void Countries_belong_to_their_M49_regions()
    {
        var china = Economy.FromCode("CHN");

        Assert.Equal(["Asia", "Eastern Asia"], china.Regions.Select(r => r.Name));
        Assert.Equal(142, china.Regions[0].M49);
        Assert.Same(china.Regions[0], Economy.FromCode("142"));
        Assert.Contains(china, china.Regions[1].Members);
        Assert.True(Economy.FromCode("142").Covers(Economy.FromCode("JPN")));
    }

    [Fact]
    public void Users_can_define_groups_of_economies()
    {
        var group = Economy.DefineGroup(
            "Selected partners",
            [Economy.FromCode("USA"), Economy.FromCode("030")]
        );

        Assert.True(group.IsGroup);
        Assert.True(group.Covers(Economy.FromCode("USA")));
        Assert.True(group.Covers(Economy.FromCode("JPN")));
        Assert.False(group.Covers(Economy.FromCode("FRA")));
        Assert.Throws<ArgumentException>(() => Economy.DefineGroup("Empty", []));
    }

    [Fact]
    public void The_registry_holds_every_country_of_the_source_table()
    {
        Assert.Equal(249, Economy.Countries.Count);
        Assert.Equal("NAM", Economy.FromCode("NA").Alpha3);
    }
}
