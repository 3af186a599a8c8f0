using System.Globalization;
using System.Text;

namespace TradeModel.Tests.Reliability;

/// <summary>
/// Grammar-generated money text with exactly known amounts: numbers of up to 15 integer and 12 fraction digits,
/// grouped the way each culture groups them or not at all, a sign before the currency or the number, the currency
/// as a code or symbol before or after, and a magnitude word. Every generated text must read as exactly the amount
/// it was generated from.
/// </summary>
public sealed class MoneyGrammarTests
{
    internal const int Cases = 20_000;

    private static readonly CultureInfo[] Cultures =
    [
        CultureInfo.InvariantCulture,
        CultureInfo.GetCultureInfo("en-US"),
        CultureInfo.GetCultureInfo("de-DE"),
        CultureInfo.GetCultureInfo("fr-FR"),
        CultureInfo.GetCultureInfo("de-CH"),
        CultureInfo.GetCultureInfo("hi-IN"),
        CultureInfo.GetCultureInfo("ar-SA"),
        CultureInfo.GetCultureInfo("zh-CN"),
    ];

    private static readonly (string Word, int Exponent, bool Chinese)[] Magnitudes =
    [
        ("", 0, false),
        ("thousand", 3, false),
        ("k", 3, false),
        ("mn", 6, false),
        ("million", 6, false),
        ("bn", 9, false),
        ("billion", 9, false),
        ("trn", 12, false),
        ("万", 4, true),
        ("亿", 8, true),
    ];

    private static readonly (string Text, string Code, bool Before)[] Currencies =
    [
        ("CNY", "CNY", true),
        ("CNY", "CNY", false),
        ("usd", "USD", true),
        ("EUR", "EUR", false),
        ("€", "EUR", true),
        ("US$", "USD", true),
        ("元", "CNY", false),
        ("yuan", "CNY", false),
    ];

    [Fact]
    public void Every_generated_text_reads_as_exactly_the_amount_it_was_made_from()
    {
        var random = new Random(20241201);
        var failures = new List<string>();
        for (var i = 0; i < Cases && failures.Count < 10; i++)
        {
            var culture = Cultures[random.Next(Cultures.Length)];
            var (text, expected) = Generate(random, culture);
            try
            {
                var parsed = Money.Parse(text, culture);
                if (parsed != expected)
                {
                    failures.Add($"'{text}' ({culture.Name}) read as {parsed}, not {expected}");
                }
            }
            catch (FormatException e)
            {
                failures.Add($"'{text}' ({culture.Name}): {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static (string Text, Money Expected) Generate(Random random, CultureInfo culture)
    {
        var format = NumberFormatInfo.GetInstance(culture);
        var integer = Digits(random, random.Next(1, 16)).TrimStart('0');
        integer = integer.Length == 0 ? "0" : integer;
        var fraction = random.Next(3) == 0 ? "" : Digits(random, random.Next(1, 13));
        var magnitude = Magnitudes[random.Next(Magnitudes.Length)];
        var currency = Currencies[random.Next(Currencies.Length)];
        var negative = random.Next(3) == 0;
        var signBeforeCurrency = negative && currency.Before && random.Next(2) == 0;

        var number = new StringBuilder();
        if (negative && !signBeforeCurrency)
        {
            number.Append(random.Next(2) == 0 ? format.NegativeSign : "-");
        }
        number.Append(random.Next(2) == 0 ? Group(integer, format) : integer);
        if (fraction.Length > 0)
        {
            number.Append(format.NumberDecimalSeparator).Append(fraction);
        }
        if (magnitude.Word.Length > 0)
        {
            number.Append(magnitude.Chinese ? "" : " ").Append(magnitude.Word);
        }
        var text = currency.Before
            ? (signBeforeCurrency ? "-" : "") + currency.Text + " " + number
            : number + (currency.Text.Length == 1 ? "" : " ") + currency.Text;

        // The reference: the plain invariant digits, which decimal reads exactly at these lengths, then the magnitude.
        var plain = decimal.Parse(
            integer + (fraction.Length > 0 ? "." + fraction : ""),
            NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture
        );
        var amount = plain;
        for (var k = 0; k < magnitude.Exponent; k++)
        {
            amount *= 10m;
        }
        return (text, new Money(negative ? -amount : amount, Currency.FromCode(currency.Code)));
    }

    private static string Digits(Random random, int count)
    {
        var digits = new char[count];
        for (var i = 0; i < count; i++)
        {
            digits[i] = (char)('0' + random.Next(10));
        }
        return new string(digits);
    }

    /// <summary>Groups integer digits by the culture's group sizes, written here independently of the library.</summary>
    private static string Group(string integer, NumberFormatInfo format)
    {
        var sizes = format.NumberGroupSizes;
        var groups = new List<string>();
        var end = integer.Length;
        var k = 0;
        while (end > 0)
        {
            var size = sizes[Math.Min(k, sizes.Length - 1)];
            var start = size == 0 ? 0 : Math.Max(0, end - size);
            groups.Insert(0, integer[start..end]);
            end = start;
            k++;
        }
        return string.Join(format.NumberGroupSeparator, groups);
    }
}
