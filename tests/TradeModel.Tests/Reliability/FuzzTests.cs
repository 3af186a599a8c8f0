using System.Globalization;
using System.Text.Json;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using TradeModel.Rates;

namespace TradeModel.Tests.Reliability;

/// <summary>
/// Seeded mutation fuzzing of every parser and reader: each mutated input either parses or fails with the documented
/// exception, TryParse never throws, and no input allocates more than a bounded amount. The iterations per target
/// are bounded (see <see cref="Iterations"/>) so that the suite stays within CI's budget; docs/reliability.md gives
/// the totals.
/// </summary>
public sealed class FuzzTests
{
    /// <summary>Mutated inputs per target.</summary>
    internal const int Iterations = 20_000;

    /// <summary>The most one input may allocate: far above any legitimate parse, far below a runaway.</summary>
    private const long AllocationBound = 4 * 1024 * 1024;

    private static readonly CultureInfo[] Cultures =
    [
        CultureInfo.InvariantCulture,
        CultureInfo.GetCultureInfo("de-DE"),
        CultureInfo.GetCultureInfo("fr-FR"),
        CultureInfo.GetCultureInfo("de-CH"),
        CultureInfo.GetCultureInfo("hi-IN"),
        CultureInfo.GetCultureInfo("ar-SA"),
    ];

    private static readonly string[] MoneySeeds =
    [
        "CNY 7523.80",
        "7,523.8 billion CNY",
        "75,238亿元",
        "-USD 1,234.5",
        "US$ 1,047 bn",
        "€126.36M",
        "USD 0,25",
        "7523.8 billion yuan",
        "USD 1.05 trn",
        "CNY 79228162514264337593543950335",
        "USD 0.0000000000000000000000000001",
    ];

    private static readonly string[] PeriodSeeds =
    [
        "2024",
        "2024-Q3",
        "2024-M10",
        "2024-10",
        "2024-03-05",
        "2024-01-01/P10M",
        "2024-03-05/2024-04-10",
        "9999-Q4",
        "0001-01-01/9999-12-31",
    ];

    private static readonly string[] JsonSeeds =
    [
        """{"amount":"7523.80","currency":"CNY"}""",
        """{"amount":1.5e3,"currency":"\u0055SD"}""",
        "\"CNY\"",
        "\"2024-Q3\"",
        "\"CHN\"",
        """{"classification":"EBOPS 2010","code":"SD"}""",
        """{"reporter":"CHN","partner":"WLD","direction":"Exports","category":{"classification":"HS 2022","code":"010121"},"period":"2024","value":{"amount":"2051.15","currency":"CNY"},"status":"Normal","quantity":{"value":12.5,"unit":"MassUnit.Tonne"}}""",
    ];

    public static TheoryData<string> Targets() =>
        [
            "Money.Parse",
            "Money.TryParse",
            "ReferencePeriod.Parse",
            "ReferencePeriod.TryParse",
            "Currency.Parse",
            "JSON Money",
            "JSON Currency",
            "JSON ReferencePeriod",
            "JSON Economy",
            "JSON Category",
            "JSON TradeFlow",
        ];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Mutated_input_parses_or_fails_with_the_documented_exception(string target)
    {
        var (seeds, run) = Target(target);
        var mutator = new Mutator(StableSeed(target));
        var failures = new List<string>();
        // Lazy first uses (the embedded HS and EBOPS tables, UnitsNet's unit list) allocate once, not per input.
        foreach (var seed in seeds)
        {
            try
            {
                run(seed, CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (Documented(target, e)) { }
        }
        for (var i = 0; i < Iterations && failures.Count < 5; i++)
        {
            var input = mutator.Next(seeds);
            var culture = Cultures[i % Cultures.Length];
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                run(input, culture);
            }
            catch (Exception e) when (!Documented(target, e))
            {
                failures.Add(
                    $"#{i} {Escape(input)} ({culture.Name}): {e.GetType().Name}: {e.Message}"
                );
            }
            catch (Exception)
            {
                // A documented exception: the input is simply not valid.
            }
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (allocated > AllocationBound + (input.Length * 64L))
            {
                failures.Add($"#{i} {Escape(input)}: allocated {allocated} bytes");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static (string[] Seeds, Action<string, CultureInfo> Run) Target(string target) =>
        target switch
        {
            "Money.Parse" => (MoneySeeds, (s, c) => Money.Parse(s, c)),
            "Money.TryParse" => (
                MoneySeeds,
                (s, c) =>
                    _ = Money.TryParse(s, c, out _) | Money.TryParse(s, Currency.CNY, c, out _)
            ),
            "ReferencePeriod.Parse" => (
                PeriodSeeds,
                (s, c) => _ = ReferencePeriod.Parse(s, c).LengthInDays
            ),
            "ReferencePeriod.TryParse" => (
                PeriodSeeds,
                (s, c) =>
                    _ =
                        ReferencePeriod.TryParse(s, c, out var p)
                        && p.End >= p.Start
                        && p.CompareTo(p.YearEarlierOrSelf()) >= 0
            ),
            "Currency.Parse" => (["CNY", "usd", "XXX", "ANG"], (s, c) => Currency.Parse(s, c)),
            "JSON Money" => (JsonSeeds, (s, _) => JsonSerializer.Deserialize<Money>(s)),
            "JSON Currency" => (JsonSeeds, (s, _) => JsonSerializer.Deserialize<Currency>(s)),
            "JSON ReferencePeriod" => (
                JsonSeeds,
                (s, _) => JsonSerializer.Deserialize<ReferencePeriod>(s)
            ),
            "JSON Economy" => (JsonSeeds, (s, _) => JsonSerializer.Deserialize<Economy>(s)),
            "JSON Category" => (JsonSeeds, (s, _) => JsonSerializer.Deserialize<Category>(s)),
            "JSON TradeFlow" => (
                JsonSeeds,
                (s, c) => _ = JsonSerializer.Deserialize<TradeFlow>(s)?.UnitValue
            ),
            _ => throw new ArgumentOutOfRangeException(nameof(target), target, null),
        };

    /// <summary>What each target documents for bad input; anything else is a defect.</summary>
    private static bool Documented(string target, Exception e) =>
        target switch
        {
            "Money.TryParse" or "ReferencePeriod.TryParse" => false,
            _ when target.StartsWith("JSON", StringComparison.Ordinal) => e is JsonException
                || (
                    target == "JSON TradeFlow"
                    && e is OverflowException
                    && e.Message.Contains("System.Decimal", StringComparison.Ordinal)
                ),
            _ => e is FormatException,
        };

    /// <summary>A seed from the target's name that is the same in every process (string hash codes are not).</summary>
    private static int StableSeed(string target)
    {
        var hash = 2166136261u;
        foreach (var c in target)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)hash;
    }

    private static string Escape(string input) =>
        JsonSerializer.Serialize(input.Length > 200 ? input[..200] + "…" : input);
}

/// <summary>Test-only helper: a period's year-earlier when it has one.</summary>
internal static class PeriodFuzzExtensions
{
    internal static ReferencePeriod YearEarlierOrSelf(this ReferencePeriod period) =>
        period.Year > 1 ? period.YearEarlier() : period;
}
