using BenchmarkDotNet.Attributes;

namespace TradeModel.Benchmarks;

/// <summary>Money + Money against decimal + decimal: the cost of the currency check and overflow guard.</summary>
[MemoryDiagnoser]
public class MoneyArithmeticBenchmarks
{
    private const int Count = 1024;
    private decimal[] amounts = [];
    private Money[] money = [];

    /// <summary>Builds 1,024 amounts with two decimals.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        amounts = [.. Enumerable.Range(0, Count).Select(_ => random.Next(1, 1_000_000) / 100m)];
        money = [.. amounts.Select(a => new Money(a, Currency.CNY))];
    }

    /// <summary>Baseline: adds raw decimals.</summary>
    /// <returns>The sum.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public decimal DecimalAdd()
    {
        var total = 0m;
        foreach (var a in amounts)
        {
            total += a;
        }
        return total;
    }

    /// <summary>Adds Money values in one currency.</summary>
    /// <returns>The sum.</returns>
    [Benchmark(OperationsPerInvoke = Count)]
    public Money MoneyAdd()
    {
        var total = Money.Zero(Currency.CNY);
        foreach (var m in money)
        {
            total += m;
        }
        return total;
    }

    /// <summary><see cref="MoneyEnumerable.Sum(IEnumerable{Money})"/> over the array.</summary>
    /// <returns>The sum.</returns>
    [Benchmark(OperationsPerInvoke = Count)]
    public Money MoneySum() => money.Sum();

    /// <summary>LINQ's <c>Sum()</c> over the raw decimals, for <see cref="MoneySum"/>.</summary>
    /// <returns>The sum.</returns>
    [Benchmark(OperationsPerInvoke = Count)]
    public decimal DecimalLinqSum() => amounts.Sum();

    /// <summary>Multiplies Money values by a rate-like factor.</summary>
    /// <returns>The last product.</returns>
    [Benchmark(OperationsPerInvoke = Count)]
    public Money MoneyMultiply()
    {
        var last = default(Money);
        foreach (var m in money)
        {
            last = m * 0.1383m;
        }
        return last;
    }

    /// <summary>Baseline for <see cref="MoneyMultiply"/>: multiplies raw decimals.</summary>
    /// <returns>The last product.</returns>
    [Benchmark(OperationsPerInvoke = Count)]
    public decimal DecimalMultiply()
    {
        var last = 0m;
        foreach (var a in amounts)
        {
            last = a * 0.1383m;
        }
        return last;
    }
}
