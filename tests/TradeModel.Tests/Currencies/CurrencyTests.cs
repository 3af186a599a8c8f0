using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TradeModel.Tests.Currencies;

public sealed class CurrencyTests
{
    [Theory]
    [InlineData("CNY")]
    [InlineData("cny")]
    [InlineData("Cny")]
    public void Looking_up_a_code_ignores_case_and_returns_the_canonical_upper_case_code(
        string code
    )
    {
        Assert.Equal("CNY", Currency.FromCode(code).Code);
        Assert.Equal(156, Currency.FromCode(code).NumericCode);
    }

    [Fact]
    public void An_unknown_code_throws_an_argument_exception_that_names_the_code()
    {
        var error = Assert.Throws<ArgumentException>(() => Currency.FromCode("ABQ"));

        Assert.Contains("'ABQ'", error.Message, StringComparison.Ordinal);
        Assert.Equal("code", error.ParamName);
        Assert.False(Currency.TryFromCode("ABQ", out var none));
        Assert.Equal(Currency.None, none);
    }

    [Theory]
    [InlineData("")]
    [InlineData("CN")]
    [InlineData("C1Y")]
    [InlineData("CNYY")]
    public void Malformed_codes_are_not_found(string code) =>
        Assert.False(Currency.TryFromCode(code, out _));

    [Fact]
    public void A_reused_numeric_code_resolves_to_the_current_currency_and_the_historic_one_stays_reachable()
    {
        Assert.Equal("XCG", Currency.FromNumericCode(532).Code);

        var all = Currency.AllWithNumericCode(532);

        Assert.Equal(["XCG", "ANG"], all.Select(c => c.Code));
        var ang = Currency.FromCode("ANG");
        Assert.True(ang.IsHistoric);
        Assert.Equal("2025-03", ang.WithdrawalDate);
        Assert.Contains("NETHERLANDS ANTILLES", ang.Entities);
    }

    [Fact]
    public void A_numeric_code_of_no_current_currency_throws_naming_the_code()
    {
        var error = Assert.Throws<ArgumentException>(() => Currency.FromNumericCode(4));

        Assert.Contains("004", error.Message, StringComparison.Ordinal);
        Assert.Equal("AFA", Assert.Single(Currency.AllWithNumericCode(4)).Code);
    }

    [Fact]
    public void Historic_currencies_carry_their_withdrawal_date_as_published()
    {
        var bgn = Currency.FromCode("BGN");

        Assert.True(bgn.IsHistoric);
        Assert.Equal("2026-01", bgn.WithdrawalDate);
        Assert.False(Currency.EUR.IsHistoric);
        Assert.Null(Currency.EUR.WithdrawalDate);
    }

    [Fact]
    public void The_default_currency_is_XXX_no_currency_and_behaves_like_any_other()
    {
        var none = default(Currency);

        Assert.Equal("XXX", none.Code);
        Assert.Equal(999, none.NumericCode);
        Assert.Equal(Currency.FromCode("XXX"), none);
        Assert.Equal(Currency.None, none);
        Assert.Equal("XXX", none.ToString());
        Assert.Equal(none.GetHashCode(), Currency.FromCode("XXX").GetHashCode());
        Assert.Equal("\"XXX\"", JsonSerializer.Serialize(none));
        Assert.Equal(none, JsonSerializer.Deserialize<Currency>("\"XXX\""));
    }

    [Fact]
    public void Currencies_sort_by_code()
    {
        var sorted = new[] { Currency.USD, Currency.CNY, Currency.EUR }.Order().Select(c => c.Code);

        Assert.Equal(["CNY", "EUR", "USD"], sorted);
        Assert.True(Currency.CNY < Currency.USD);
        Assert.True(Currency.USD >= Currency.EUR);
    }

    [Theory]
    [InlineData("G", "CNY")]
    [InlineData("", "CNY")]
    [InlineData("C", "CNY")]
    [InlineData("N", "156")]
    [InlineData("F", "Yuan Renminbi")]
    public void Formats_give_the_code_the_numeric_code_or_the_name(string format, string expected)
    {
        Assert.Equal(expected, Currency.CNY.ToString(format, CultureInfo.InvariantCulture));
        Span<char> chars = stackalloc char[32];
        Assert.True(Currency.CNY.TryFormat(chars, out var written, format, null));
        Assert.Equal(expected, chars[..written].ToString());
        Span<byte> bytes = stackalloc byte[32];
        Assert.True(Currency.CNY.TryFormat(bytes, out var byteCount, format, null));
        Assert.Equal(expected, Encoding.UTF8.GetString(bytes[..byteCount]));
    }

    [Fact]
    public void Numeric_codes_are_written_with_three_digits()
    {
        Assert.Equal("008", Currency.FromCode("ALL").ToString("N", null));
    }

    [Fact]
    public void An_unknown_format_is_rejected()
    {
        var error = Assert.Throws<FormatException>(() => Currency.CNY.ToString("Q", null));
        Assert.Contains("'Q'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parsing_reads_a_code_and_rejects_anything_else_naming_it()
    {
        Assert.Equal(Currency.USD, Currency.Parse(" usd ", null));
        var error = Assert.Throws<FormatException>(() => Currency.Parse("dollar", null));
        Assert.Contains("'dollar'", error.Message, StringComparison.Ordinal);
        Assert.False(Currency.TryParse((string?)null, null, out _));
    }

    [Fact]
    public void Json_rejects_unknown_codes_and_non_strings()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Currency>("\"ABQ\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Currency>("156"));
        var tooLong = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<Currency>("\"NOT A CURRENCY CODE AT ALL\"")
        );
        Assert.Contains("'NOT A CURRENCY CODE AT ALL'", tooLong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_current_currencies_are_table_A1_sorted_by_code_without_historic_or_custom_ones()
    {
        var current = Currency.Current;

        Assert.Contains(Currency.CNY, current);
        Assert.Contains(Currency.FromCode("XCG"), current);
        Assert.DoesNotContain(Currency.FromCode("ANG"), current);
        Assert.All(current, c => Assert.False(c.IsHistoric || c.IsCustom));
        Assert.Equal(
            current.Select(c => c.Code).Order(StringComparer.Ordinal),
            current.Select(c => c.Code)
        );
    }
}
