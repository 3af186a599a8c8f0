using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace TradeModel.Benchmarks;

/// <summary>Formatting to and parsing from spans, against decimal's own span formatting and parsing.</summary>
[MemoryDiagnoser]
public class MoneyTextBenchmarks
{
    private readonly char[] buffer = new char[64];
    private readonly Money money = new(7523.80m, Currency.CNY);
    private readonly string roundTrip = "CNY 7523.80";
    private readonly string decimalText = "7523.80";
    private readonly string chinese = "75,238亿元";

    /// <summary>Baseline: decimal formatted to a span.</summary>
    /// <returns>Characters written.</returns>
    [Benchmark(Baseline = true)]
    public int DecimalTryFormat()
    {
        money.Amount.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        return written;
    }

    /// <summary>The invariant round-trip format to a span.</summary>
    /// <returns>Characters written.</returns>
    [Benchmark]
    public int MoneyTryFormat()
    {
        money.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        return written;
    }

    /// <summary>A magnitude format to a span.</summary>
    /// <returns>Characters written.</returns>
    [Benchmark]
    public int MoneyTryFormatBillions()
    {
        money.TryFormat(buffer, out var written, "B2", CultureInfo.InvariantCulture);
        return written;
    }

    /// <summary>Baseline for parsing: decimal from a span.</summary>
    /// <returns>The value.</returns>
    [Benchmark]
    public decimal DecimalParse() =>
        decimal.Parse(decimalText.AsSpan(), NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>The invariant round-trip format parsed from a span.</summary>
    /// <returns>The value.</returns>
    [Benchmark]
    public Money MoneyParse() => Money.Parse(roundTrip.AsSpan(), CultureInfo.InvariantCulture);

    /// <summary>Chinese magnitude and currency symbol parsed from a span.</summary>
    /// <returns>The value.</returns>
    [Benchmark]
    public Money MoneyParseChinese() => Money.Parse(chinese.AsSpan(), CultureInfo.InvariantCulture);
}
