using System.Numerics;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace TradeModel.Benchmarks;

/// <summary>
/// The physical floor of a grouped query: reading, once and vectorised, every column the query reads (and nothing
/// else), so that a query's time can be set against the memory's pace. (year, exporter, HS2) with quantities reads
/// the key, reporter and category codes (2 bytes each), the value units (8) and the quantity (8): 22 bytes a flow;
/// without quantities 14; (year, section) 12 and 20.
/// </summary>
public partial class AnalysisBenchmarks
{
    /// <summary>The 22 bytes a flow of (year, exporter, HS2) with quantities, read on one thread.</summary>
    /// <returns>A checksum, so that nothing is left unread.</returns>
    [Benchmark, BenchmarkCategory("Memory floor")]
    public long Floor1Thread_YearExporterChapterWithQuantities() =>
        ReadColumns(0, flows.Count, quantities: true, reporters: true);

    /// <summary>The same 22 bytes a flow, half the rows on each of two threads.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark, BenchmarkCategory("Memory floor")]
    public long Floor_YearExporterChapterWithQuantities()
    {
        var half = flows.Count / 2;
        long first = 0;
        long second = 0;
        Parallel.Invoke(
            () => first = ReadColumns(0, half, quantities: true, reporters: true),
            () => second = ReadColumns(half, flows.Count, quantities: true, reporters: true)
        );
        return first + second;
    }

    /// <summary>The 14 bytes a flow of (year, exporter, HS2) without quantities, on one thread.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark, BenchmarkCategory("Memory floor")]
    public long Floor1Thread_YearExporterChapterValuesOnly() =>
        ReadColumns(0, flows.Count, quantities: false, reporters: true);

    /// <summary>The 20 bytes a flow of (year, section) with quantities, on one thread.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark, BenchmarkCategory("Memory floor")]
    public long Floor1Thread_YearSectionWithQuantities() =>
        ReadColumns(0, flows.Count, quantities: true, reporters: false);

    /// <summary>Sums, as vectors, the columns of rows [from, to): keys, categories, values, and reporters and quantities when asked.</summary>
    private long ReadColumns(int from, int to, bool quantities, bool reporters)
    {
        var columns = flows.Columns;
        var sum =
            SumVector(MemoryMarshal.Cast<Flows.CodedFlowKey, ushort>(columns.Keys)[from..to])
            + SumVector(columns.CategoryCodes[from..to])
            + SumVector(columns.ValueUnits[from..to]);
        if (reporters)
        {
            sum += SumVector(columns.ReporterCodes[from..to]);
        }
        if (quantities)
        {
            sum += SumVector(MemoryMarshal.Cast<double, long>(columns.Quantities)[from..to]);
        }
        return sum;
    }

    private static long SumVector<T>(ReadOnlySpan<T> values)
        where T : unmanaged, INumber<T>
    {
        var vectors = MemoryMarshal.Cast<T, Vector<T>>(values);
        var total = Vector<T>.Zero;
        foreach (var vector in vectors)
        {
            total += vector;
        }
        var sum = Vector.Sum(total);
        foreach (var value in values[(vectors.Length * Vector<T>.Count)..])
        {
            sum += value;
        }
        return long.CreateTruncating(sum);
    }
}
