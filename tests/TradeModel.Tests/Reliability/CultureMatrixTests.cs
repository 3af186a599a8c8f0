using System.Globalization;
using System.Text.Json;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using TradeModel.Rates;
using TradeModel.Releases;
using TradeModel.Tests.Support;

namespace TradeModel.Tests.Reliability;

/// <summary>
/// Every culture .NET knows (807 here): text written for a culture reads back in it for every type that both
/// formats and parses, and nothing the library writes or reads depends on the current culture.
/// </summary>
[Collection(Support.CultureSensitiveTests.Name)]
public sealed class CultureMatrixTests
{
    private static readonly CultureInfo[] AllCultures = CultureInfo.GetCultures(
        CultureTypes.AllCultures
    );

    /// <summary>Values of every public type that formats and parses; a new such type fails the test below until it has some.</summary>
    private static readonly Dictionary<Type, object[]> Samples = new()
    {
        [typeof(Money)] =
        [
            new Money(0.25m, Currency.USD),
            new Money(-1234567.8900m, Currency.EUR),
            new Money(7523800000000m, Currency.CNY),
            new Money(decimal.MaxValue, Currency.JPY),
            new Money(decimal.MinValue, Currency.FromCode("XAU")),
            new Money(-0.0000000000000000000000000001m, Currency.FromCode("CHF")),
            new Money(1.0000000000000000000000000000m, Currency.GBP),
            default(Money),
        ],
        [typeof(Currency)] = [Currency.CNY, Currency.USD, Currency.None, Currency.FromCode("ANG")],
        [typeof(ReferencePeriod)] =
        [
            ReferencePeriod.ForYear(2024),
            ReferencePeriod.ForQuarter(2024, 3),
            ReferencePeriod.ForMonth(9999, 12),
            ReferencePeriod.Parse("2024-01-01/P10M", null),
            ReferencePeriod.Parse("2024-03-05/2024-04-10", null),
            default(ReferencePeriod),
        ],
    };

    public static TheoryData<Type> FormattableAndParsableTypes() =>
        [
            .. typeof(Money)
                .Assembly.GetExportedTypes()
                .Where(t =>
                    typeof(IFormattable).IsAssignableFrom(t)
                    && t.GetInterfaces()
                        .Any(i =>
                            i.IsGenericType
                            && i.GetGenericTypeDefinition() == typeof(ISpanParsable<>)
                        )
                ),
        ];

    [Theory]
    [MemberData(nameof(FormattableAndParsableTypes))]
    public void Every_type_that_formats_and_parses_reads_back_what_it_writes_in_every_culture(
        Type type
    )
    {
        Assert.True(
            Samples.TryGetValue(type, out var values),
            $"{type.Name} formats and parses: give it samples here."
        );
        var roundTrip = typeof(CultureMatrixTests)
            .GetMethod(
                nameof(RoundTrip),
                System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static
            )!
            .MakeGenericMethod(type);
        var failures = new List<string>();
        foreach (var culture in AllCultures)
        {
            foreach (var value in values)
            {
                if (roundTrip.Invoke(null, [value, culture]) is string failure)
                {
                    failures.Add($"{culture.Name}: {failure}");
                }
            }
        }

        Assert.True(
            failures.Count == 0,
            $"{failures.Count} failures, first: {string.Join("; ", failures.Take(5))}"
        );
        Assert.True(
            AllCultures.Length > 100,
            "The machine reports too few cultures for this test to mean anything."
        );
    }

    [Fact]
    public void Money_written_by_any_culture_keeps_its_scale_when_read_back_by_it()
    {
        var amount = new Money(-1234.5000m, Currency.EUR);

        var changed = AllCultures
            .Where(c => Money.Parse(amount.ToString(null, c), c).Amount.Scale != 4)
            .Select(c => c.Name)
            .ToList();

        Assert.Empty(changed);
    }

    [Fact]
    public void Nothing_the_library_writes_or_reads_depends_on_the_current_culture()
    {
        var expected = Render();
        var differing = new List<string>();
        foreach (var culture in AllCultures)
        {
            var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            try
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = culture;
                if (Render() != expected)
                {
                    differing.Add(culture.Name);
                }
            }
            finally
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
            }
        }

        Assert.Empty(differing);
    }

    /// <summary>Everything with a default text or a JSON form, written and read with no culture given.</summary>
    private static string Render()
    {
        var money = new Money(-1234567.8900m, Currency.EUR);
        var growth = PercentFigure.Percent(14.3956m);
        var period = ReferencePeriod.Parse("2024-01-01/P10M", null);
        var flow = new TradeFlow(
            Economy.FromCode("CHN"),
            Economy.World,
            TradeDirection.Exports,
            Ebops2010.Classification["SD"],
            period,
            money
        );
        string[] parts =
        [
            money.ToString(),
            money.ToString("B2", null),
            money.ToString("N", null),
            $"{money}",
            Money.Parse("3,175.56 billion CNY", null).ToString(),
            Money.Parse("-1,234.5 USD", null).ToString(),
            growth.ToString(),
            $"{growth:F2}",
            MoneyBag
                .Of([new Money(-2.25m, Currency.EUR), new Money(1.5m, Currency.USD)])
                .ToString(),
            period.ToString(),
            ReferencePeriod.Parse("2024-Q3", null).ToString(),
            new PublishedFigure(18.2m).Interval.ToString(),
            new ConcordanceLink("01", "02", 0.25m).ToString(),
            flow.ToString(),
            JsonSerializer.Serialize(flow),
            JsonSerializer.Deserialize<Money>("""{"amount":"1.5e3","currency":"USD"}""").ToString(),
            TestTables
                .Rates("period,base,quote,rate\n2024,USD,CNY,7.1217\n")
                .GetAverageRate(Currency.USD, Currency.CNY, ReferencePeriod.ForYear(2024))
                .ToString(),
        ];
        return string.Join("\n", parts);
    }

    private static string? RoundTrip<T>(T value, CultureInfo culture)
        where T : IFormattable, ISpanParsable<T>
    {
        var text = value.ToString(null, culture);
        try
        {
            var back = T.Parse(text, culture);
            return Equals(back, value) ? null : $"'{text}' read back as {back}";
        }
        catch (FormatException e)
        {
            return $"'{text}' did not read back: {e.Message}";
        }
    }
}
