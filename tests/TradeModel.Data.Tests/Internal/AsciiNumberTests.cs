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

    [Fact]
    public void A_plain_quantity_whose_digits_a_double_holds_reads_as_the_very_double_the_general_parser_gives()
    {
        var random = new Random(24);
        for (var n = 0; n < 200_000; n++)
        {
            var digits = random.Next(1, 17);
            var text = new char[digits];
            for (var i = 0; i < digits; i++)
            {
                text[i] = (char)('0' + random.Next(10));
            }
            var written = new string(text);
            if (digits > 1 && random.Next(4) > 0)
            {
                var point = random.Next(1, digits);
                written = written[..point] + "." + written[point..];
            }

            var units = long.Parse(
                written.Replace(".", "", StringComparison.Ordinal),
                System.Globalization.CultureInfo.InvariantCulture
            );
            Assert.Equal(
                units <= 1L << 53,
                AsciiNumber.TryParseShortDouble(written, out var value)
            );
            if (units > 1L << 53)
            {
                continue;
            }
            Assert.Equal(
                BitConverter.DoubleToInt64Bits(
                    double.Parse(written, System.Globalization.CultureInfo.InvariantCulture)
                ),
                BitConverter.DoubleToInt64Bits(value)
            );
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1e3")]
    [InlineData("-1")]
    [InlineData("1.2.3")]
    [InlineData(" 1")]
    [InlineData("9007199254740993")]
    [InlineData("9007199.254740993")]
    [InlineData("12345678901234567890")]
    [InlineData("NaN")]
    public void Any_other_quantity_is_left_to_the_general_parser(string text)
    {
        Assert.False(AsciiNumber.TryParseShortDouble(text, out _));
    }
}
