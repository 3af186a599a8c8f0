using System.Globalization;
using System.Text;
using TradeModel.Tests.Support;

namespace TradeModel.Tests.Amounts;

public sealed class MoneyFormattingTests
{
    private static readonly Money Total = Money.FromMagnitude(
        7523.8m,
        Magnitude.Billion,
        Currency.CNY
    );
    private static readonly Money Deficit = Money.FromMagnitude(
        -1172.68m,
        Magnitude.Billion,
        Currency.CNY
    );

    [Fact]
    public void The_round_trip_format_is_the_ISO_code_and_the_exact_amount_with_its_scale()
    {
        Assert.Equal("CNY 7523.80", new Money(7523.80m, Currency.CNY).ToString());
        Assert.Equal("CNY 7523.8", new Money(7523.8m, Currency.CNY).ToString());
        Assert.Equal("JPY -5", new Money(-5m, Currency.JPY).ToString("R", null));
    }

    [Theory]
    [InlineData("N", "CNY 7,523,800,000,000.00")]
    [InlineData("N0", "CNY 7,523,800,000,000")]
    [InlineData("B", "CNY 7,523.8 billion")]
    [InlineData("B2", "CNY 7,523.80 billion")]
    [InlineData("T2", "CNY 7.52 trillion")]
    [InlineData("T", "CNY 7.5238 trillion")]
    [InlineData("A1", "CNY 7.5 trillion")]
    [InlineData("M", "CNY 7,523,800 million")]
    [InlineData("K0", "CNY 7,523,800,000 thousand")]
    [InlineData("Y", "CNY 75,238亿")]
    [InlineData("W", "CNY 752,380,000万")]
    [InlineData("Z", "CNY 7.5238万亿")]
    [InlineData("C2", "CNY 7.52万亿")]
    public void Magnitude_formats_write_the_figure_as_statistical_releases_do(
        string format,
        string expected
    )
    {
        Assert.Equal(expected, Total.ToString(format, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Negative_amounts_keep_their_sign_in_magnitude_formats()
    {
        Assert.Equal("CNY -1,172.68 billion", Deficit.ToString("B", null));
        Assert.Equal("CNY -11,726.8亿", Deficit.ToString("Y", null));
    }

    [Fact]
    public void Display_rounding_is_half_away_from_zero_and_leaves_the_value_alone()
    {
        var money = new Money(2.345m, Currency.CNY);

        Assert.Equal("CNY 2.35", money.ToString("N2", null));
        Assert.Equal("CNY -2.35", (-money).ToString("N2", null));
        Assert.Equal(2.345m, money.Amount);
    }

    [Theory]
    [InlineData("", "CNY 7,523.80 billion")]
    [InlineData("en-US", "CNY 7,523.80 billion")]
    [InlineData("de-DE", "CNY 7.523,80 billion")]
    [InlineData("fr-FR", "CNY 7\u202F523,80 billion")]
    [InlineData("de-CH", "CNY 7\u2019523.80 billion")]
    [InlineData("zh-CN", "CNY 7,523.80 billion")]
    public void Only_the_number_follows_the_culture_passed_by_the_caller(
        string culture,
        string expected
    )
    {
        Assert.Equal(expected, Total.ToString("B2", CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void Formatting_to_a_span_and_to_UTF8_gives_the_same_text()
    {
        Span<char> chars = stackalloc char[64];
        Assert.True(Total.TryFormat(chars, out var written, "Y", null));
        Assert.Equal("CNY 75,238亿", chars[..written].ToString());

        Span<byte> bytes = stackalloc byte[64];
        Assert.True(Total.TryFormat(bytes, out var byteCount, "Y", null));
        Assert.Equal("CNY 75,238亿", Encoding.UTF8.GetString(bytes[..byteCount]));
    }

    [Fact]
    public void Formatting_into_a_span_too_small_reports_failure()
    {
        Span<char> chars = stackalloc char[5];
        Assert.False(Total.TryFormat(chars, out _, "N", null));
        Span<byte> bytes = stackalloc byte[5];
        Assert.False(Total.TryFormat(bytes, out _, "N", null));
    }

    [Theory]
    [InlineData("X")]
    [InlineData("N29")]
    [InlineData("G2")]
    [InlineData("Bx")]
    public void Unknown_formats_are_rejected_naming_the_format(string format)
    {
        var error = Assert.Throws<FormatException>(() => Total.ToString(format, null));
        Assert.Contains($"'{format}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Interpolated_strings_use_the_format_and_the_culture_given()
    {
        Assert.Equal(
            "Total: CNY 7.523,80 billion",
            string.Create(CultureInfo.GetCultureInfo("de-DE"), $"Total: {Total:B2}")
        );
    }
}

[Collection(CultureSensitiveTests.Name)]
public sealed class MoneyCultureIndependenceTests
{
    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("de-CH")]
    [InlineData("zh-CN")]
    public void Neither_formatting_nor_parsing_depends_on_the_machine_culture(string culture)
    {
        using var scope = new CultureScope(culture);
        var money = new Money(1234.5m, Currency.EUR);

        Assert.Equal("EUR 1234.5", money.ToString());
        Assert.Equal("EUR 1,234.50", money.ToString("N", null));
        Assert.Equal(money, Money.Parse("EUR 1,234.5", null));
        Assert.Throws<FormatException>(() => Money.Parse("1234.5", null));
    }
}
