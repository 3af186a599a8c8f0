using TradeModel.Classifications;

namespace TradeModel.Tests.Classifications;

public sealed class HarmonizedSystem2022Tests
{
    private static readonly Classification Hs = HarmonizedSystem2022.Classification;

    [Fact]
    public void HS_2022_has_twenty_one_sections_numbered_in_roman_numerals()
    {
        Assert.Equal(21, HarmonizedSystem2022.Sections.Count);
        Assert.Equal("I", HarmonizedSystem2022.Sections[0].Code);
        Assert.Equal("XXI", HarmonizedSystem2022.Sections[^1].Code);
    }

    [Fact]
    public void Chapter_99_of_UN_Comtrade_belongs_to_no_HS_section_and_hangs_under_a_synthetic_one()
    {
        var chapter = Hs["99"];

        Assert.Equal("NOSECTION", chapter.Parent!.Code);
        Assert.Equal(HarmonizedSystem2022.ChapterLevel, chapter.Level);
        Assert.Same(chapter, Hs["999999"].AncestorAtLevel(HarmonizedSystem2022.ChapterLevel));
        Assert.DoesNotContain(chapter.Parent, HarmonizedSystem2022.Sections);
    }

    [Theory]
    [InlineData(HarmonizedSystem2022.ChapterLevel, 97)]
    [InlineData(HarmonizedSystem2022.HeadingLevel, 1229)]
    [InlineData(HarmonizedSystem2022.SubheadingLevel, 5613)]
    public void HS_2022_has_the_published_number_of_categories_at_each_level(int level, int count)
    {
        Assert.Equal(count, Hs.AtLevel(level).Count());
    }

    [Fact]
    public void Every_subheading_rolls_up_to_exactly_one_chapter_and_one_section()
    {
        foreach (var subheading in Hs.AtLevel(HarmonizedSystem2022.SubheadingLevel))
        {
            var chapter = subheading.AncestorAtLevel(HarmonizedSystem2022.ChapterLevel);
            var section = subheading.AncestorAtLevel(HarmonizedSystem2022.SectionLevel);
            Assert.StartsWith(chapter.Code, subheading.Code, StringComparison.Ordinal);
            Assert.Same(section, chapter.Parent);
            Assert.Equal(HarmonizedSystem2022.SubheadingLevel, subheading.Level);
            Assert.True(subheading.AddsUpTo(section));
        }
    }

    [Fact]
    public void Codes_keep_their_leading_zeros()
    {
        var horses = Hs["010121"];

        Assert.Equal("Horses; live, pure-bred breeding animals", horses.Name);
        Assert.Equal(["TOTAL", "I", "01", "0101"], horses.Ancestors.Select(c => c.Code));
    }

    [Theory]
    [InlineData("010121")]
    [InlineData("0101.21")]
    [InlineData("10121")]
    [InlineData(" 0101 21 ")]
    public void Codes_written_with_dots_spaces_or_a_lost_leading_zero_find_the_subheading(
        string code
    )
    {
        Assert.Equal("010121", Hs[code].Code);
    }

    [Fact]
    public void Sections_are_found_by_their_roman_numeral_in_any_case()
    {
        Assert.Equal("I", Hs["i"].Code);
        Assert.Same(Hs["XXI"], Hs["97"].Parent);
        Assert.Equal("Live animals; animal products", Hs["I"].Name);
    }

    [Theory]
    [InlineData("9998")]
    [InlineData("01a1")]
    [InlineData("XXII")]
    public void Unknown_codes_are_not_found(string code) => Assert.False(Hs.TryGet(code, out _));
}
