using BenchmarkDotNet.Attributes;
using TradeModel.Rates;

namespace TradeModel.Benchmarks;

/// <summary>Converting one million amounts with one rate, against a hand-written decimal multiply-and-round loop.</summary>
[MemoryDiagnoser]
public class ConversionBenchmarks
{
    private const int Count = 1_000_000;
    private readonly ExchangeRate rate = new(
        Currency.USD,
        Currency.CNY,
        7.1217m,
        ReferencePeriod.ForYear(2024),
        RateKind.PeriodAverage
    );
    private decimal[] amounts = [];
    private decimal[] convertedAmounts = [];
    private Money[] money = [];
    private Money[] converted = [];

    /// <summary>Builds one million dollar amounts with two decimals.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        amounts = [.. Enumerable.Range(0, Count).Select(_ => random.Next(1, 100_000_000) / 100m)];
        convertedAmounts = new decimal[Count];
        money = [.. amounts.Select(a => new Money(a, Currency.USD))];
        converted = new Money[Count];
    }

    /// <summary>Baseline: multiply each decimal by the rate and round to two decimals.</summary>
    /// <returns>The last converted amount.</returns>
    [Benchmark(Baseline = true)]
    public decimal HandWrittenLoop()
    {
        var r = rate.Rate;
        for (var i = 0; i < amounts.Length; i++)
        {
            convertedAmounts[i] = decimal.Round(amounts[i] * r, 2, MidpointRounding.ToEven);
        }
        return convertedAmounts[^1];
    }

    /// <summary><see cref="ExchangeRate.ConvertAndRound"/> over the whole array.</summary>
    /// <returns>The last converted amount.</returns>
    [Benchmark]
    public Money ConvertAndRound()
    {
        rate.ConvertAndRound(money, converted, MidpointRounding.ToEven);
        return converted[^1];
    }

    /// <summary><see cref="ExchangeRate.Convert(Money)"/> then <see cref="Money.Round()"/>, one amount at a time.</summary>
    /// <returns>The last converted amount.</returns>
    [Benchmark]
    public Money ConvertThenRoundEach()
    {
        for (var i = 0; i < money.Length; i++)
        {
            converted[i] = rate.Convert(money[i]).Round();
        }
        return converted[^1];
    }
}
