using System.Text.Json;
using TradeModel.Economies;

namespace TradeModel.Tests.Economies;

/// <summary>UN Comtrade and BACI code reporters and partners numerically, with a few codes of their own.</summary>
public sealed class ComtradeCodeTests
{
    [Theory]
    [InlineData(251, "FRA")]
    [InlineData(250, "FRA")]
    [InlineData(842, "USA")]
    [InlineData(699, "IND")]
    [InlineData(156, "CHN")]
    [InlineData(0, "WLD")]
    [InlineData(490, "S19")]
    [InlineData(58, "BLX")]
    [InlineData(810, "SUN")]
    [InlineData(891, "SCG")]
    public void A_comtrade_code_finds_its_economy(int comtrade, string code)
    {
        Assert.True(Economy.TryFromComtradeCode(comtrade, out var economy));
        Assert.Equal(code, economy.Code);
        Assert.Equal(Economy.FromCode(code), economy);
    }

    [Fact]
    public void Other_Asia_nes_is_an_area_of_its_own_not_a_group_nor_Taiwan()
    {
        var otherAsia = Economy.FromComtradeCode(490);

        Assert.False(otherAsia.IsGroup);
        Assert.Equal(490, otherAsia.ComtradeCode);
        Assert.NotEqual(Economy.FromCode("TWN"), otherAsia);
        Assert.Contains(otherAsia, Economy.ComtradeAreas);
        Assert.Equal("\"S19\"", JsonSerializer.Serialize(otherAsia));
        Assert.Equal(otherAsia, JsonSerializer.Deserialize<Economy>("\"S19\""));
    }

    [Theory]
    [InlineData(899)]
    [InlineData(129)]
    [InlineData(-1)]
    [InlineData(1000)]
    public void Codes_of_areas_not_modelled_are_not_found(int comtrade)
    {
        Assert.False(Economy.TryFromComtradeCode(comtrade, out _));
        var error = Assert.Throws<ArgumentException>(() => Economy.FromComtradeCode(comtrade));
        Assert.Contains(
            comtrade.ToString(System.Globalization.CultureInfo.InvariantCulture),
            error.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Every_country_answers_with_the_code_that_finds_it()
    {
        foreach (var country in Economy.Countries.Where(c => c.ComtradeCode is not null))
        {
            Assert.Equal(country, Economy.FromComtradeCode(country.ComtradeCode!.Value));
        }
    }
}
