using TradeModel.Classifications;

namespace TradeModel.Tests.Classifications;

/// <summary>Every HS edition from 1992 is built in, in the shape of HS 2022.</summary>
public sealed class HarmonizedSystemEditionsTests
{
    public static TheoryData<int, int> EditionsAndRows() =>
        new()
        {
            // Data rows of the source tables, from their SOURCE.md: chapters, headings, subheadings and one grand total.
            { 1992, 6380 },
            { 1996, 6473 },
            { 2002, 6568 },
            { 2007, 6373 },
            { 2012, 6529 },
            { 2017, 6709 },
        };

    [Theory]
    [MemberData(nameof(EditionsAndRows))]
    public void Each_edition_has_every_code_of_its_table_under_the_21_sections(int year, int rows)
    {
        var hs = HarmonizedSystem.Edition(year);

        Assert.Equal($"HS {year}", hs.Name);
        Assert.Equal(rows - 1, hs.Categories.Count(c => char.IsAsciiDigit(c.Code[0])));
        Assert.Equal("TOTAL", Assert.Single(hs.Roots).Code);
        Assert.Equal(
            21,
            hs.AtLevel(HarmonizedSystem2022.SectionLevel).Count(c => c.Code != "NOSECTION")
        );
        Assert.All(
            hs.AtLevel(HarmonizedSystem2022.SubheadingLevel),
            c => Assert.Equal(6, c.Code.Length)
        );
    }

    [Fact]
    public void The_same_code_is_a_different_category_in_each_edition()
    {
        var horses1992 = HarmonizedSystem.Edition(1992)["010111"];
        var horses2022 = HarmonizedSystem.Edition(2022)["010121"];

        Assert.NotSame(horses1992.Classification, horses2022.Classification);
        Assert.False(HarmonizedSystem.Edition(2022).TryGet("010111", out _));
        Assert.Same(HarmonizedSystem2022.Classification, HarmonizedSystem.Edition(2022));
    }

    [Fact]
    public void The_legacy_Comtrade_codes_of_HS_1992_are_kept_under_heading_2710()
    {
        var legacy = HarmonizedSystem.Edition(1992)["271099"];

        Assert.Equal("2710", legacy.Parent!.Code);
    }

    [Theory]
    [InlineData("HS92", 1992)]
    [InlineData("h5", 2017)]
    [InlineData("HS22", 2022)]
    public void Vintage_codes_name_their_edition(string code, int year)
    {
        Assert.True(HarmonizedSystem.TryGetEdition(code, out var edition));
        Assert.Same(HarmonizedSystem.Edition(year), edition);
    }

    [Fact]
    public void An_edition_that_does_not_exist_is_an_argument_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HarmonizedSystem.Edition(2020));
        Assert.False(HarmonizedSystem.TryGetEdition("HS20", out _));
    }
}
