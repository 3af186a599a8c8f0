using TradeModel.Data.Internal;

namespace TradeModel.Data.Tests.Internal;

/// <summary>The readers' short path for plain digits takes only what the general parsers would read the same way.</summary>
public sealed class AsciiNumberTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("7", 7)]
    [InlineData("490", 490)]
    [InlineData("010121", 10121)]
    [InlineData("999999999", 999_999_999)]
    public void Plain_digits_read_as_the_int_they_write(string text, int expected)
    {
        Assert.True(AsciiNumber.TryParseDigits(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1000000000")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData(" 1")]
    [InlineData("1.0")]
    [InlineData("１")]
    public void Anything_but_one_to_nine_ASCII_digits_is_left_to_the_general_parser(string text)
    {
        Assert.False(AsciiNumber.TryParseDigits(text, out _));
    }

    [Theory]
    [InlineData("2024", 2024)]
    [InlineData("0000002024", 2024)]
    [InlineData("2147483647", int.MaxValue)]
    public void Unsigned_numbers_longer_than_nine_digits_read_through_the_general_parser(
        string text,
        int expected
    )
    {
        Assert.True(AsciiNumber.TryParseUnsigned(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData(" 1")]
    [InlineData("1.0")]
    [InlineData("2147483648")]
    public void Signs_spaces_points_and_overflow_are_not_unsigned_numbers(string text)
    {
        Assert.False(AsciiNumber.TryParseUnsigned(text, out _));
    }

    [Theory]
    [InlineData("0", 0UL, 0)]
    [InlineData("1234.567", 1234567UL, 3)]
    [InlineData("000012.300", 12300UL, 3)]
    [InlineData("0.0001", 1UL, 4)]
    [InlineData("9999999999999999999", 9_999_999_999_999_999_999UL, 0)]
    [InlineData("999999999999999.9999", 9_999_999_999_999_999_999UL, 4)]
    public void Digits_with_one_point_read_as_a_mantissa_and_its_decimals(
        string text,
        ulong mantissa,
        int decimals
    )
    {
        Assert.True(AsciiNumber.TryParseFixed(text, out var m, out var d));
        Assert.Equal((mantissa, decimals), (m, d));
        var unit = 1m;
        for (var i = 0; i < d; i++)
        {
            unit /= 10m;
        }
        Assert.Equal(
            decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
            m * unit
        );
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1.2.3")]
    [InlineData("-1.5")]
    [InlineData("1,5")]
    [InlineData("1e3")]
    [InlineData("18446744073709551616")]
    [InlineData("99999999999999999999")]
    public void Anything_else_or_more_than_19_digits_is_left_to_the_general_parser(string text)
    {
        Assert.False(AsciiNumber.TryParseFixed(text, out _, out _));
    }
}
