using BenchmarkDotNet.Attributes;

namespace TradeModel.Benchmarks;

/// <summary>Currency lookup by code against a plain case-insensitive dictionary.</summary>
[MemoryDiagnoser]
public class CurrencyLookupBenchmarks
{
    private readonly Dictionary<string, int> dictionary = Currency
        .All.Select((c, i) => (c.Code, i))
        .ToDictionary(p => p.Code, p => p.i, StringComparer.OrdinalIgnoreCase);
    private readonly string code = "cny";

    /// <summary>Baseline: a <see cref="Dictionary{TKey, TValue}"/> with <see cref="StringComparer.OrdinalIgnoreCase"/>.</summary>
    /// <returns>The index found.</returns>
    [Benchmark(Baseline = true)]
    public int Dictionary() => dictionary[code];

    /// <summary><see cref="Currency.FromCode(string)"/>.</summary>
    /// <returns>The currency.</returns>
    [Benchmark]
    public Currency FromCode() => Currency.FromCode(code);

    /// <summary><see cref="Currency.TryFromCode(ReadOnlySpan{char}, out Currency)"/> on a span.</summary>
    /// <returns>The currency.</returns>
    [Benchmark]
    public Currency TryFromCodeSpan()
    {
        Currency.TryFromCode(code.AsSpan(), out var currency);
        return currency;
    }

    /// <summary><see cref="Currency.FromNumericCode(int)"/>.</summary>
    /// <returns>The currency.</returns>
    [Benchmark]
    public Currency FromNumericCode() => Currency.FromNumericCode(156);
}
