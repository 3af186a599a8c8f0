using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using Sylvan.Data.Csv;
using TradeModel.Classifications;
using TradeModel.Data.Baci;
using TradeModel.Economies;

namespace TradeModel.Benchmarks;

/// <summary>
/// Reading a BACI file into a <see cref="Flows.TradeFlowCollection"/> against a Sylvan.Data.Csv loop that parses the
/// same fields into plain arrays (the floor any reader on that library pays). The file is generated once per run,
/// deterministically (fixed seed), in BACI's layout: one year, ~200 exporters in order, importers, HS 2022
/// subheadings, values in thousands with three decimals, quantities in tonnes or NA. Rows:
/// <c>TRADEMODEL_BACI_ROWS</c> (1,000,000 by default; CI's dry run sets a small number).
/// </summary>
[MemoryDiagnoser]
public class BaciReadBenchmarks
{
    private string path = "";
    private DuckDBConnection duck = null!;

    /// <summary>Rows in the generated file.</summary>
    public static int Rows =>
        int.TryParse(
            Environment.GetEnvironmentVariable("TRADEMODEL_BACI_ROWS"),
            CultureInfo.InvariantCulture,
            out var rows
        )
            ? rows
            : 1_000_000;

    /// <summary>Writes the file.</summary>
    [GlobalSetup]
    public void Generate()
    {
        path = Path.Combine(
            Path.GetTempPath(),
            string.Create(CultureInfo.InvariantCulture, $"BACI_HS22_Y2024_bench_{Rows}.csv")
        );
        if (!File.Exists(path))
        {
            BaciGenerator.Write(path, Rows, seed: 42);
        }
        // What a read keeps: the collection's bytes per flow once the reader is done (quantities included), measured on
        // a second read, as the first also loads the HS classification and the economies for good.
        GC.KeepAlive(BaciFile.Read(path));
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var read = BaciFile.Read(path);
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"// BaciFile.Read holds {read.Flows.Count:N0} flows in {held:N0} B: {(double)held / read.Flows.Count:F1} B per flow"
            )
        );
        GC.KeepAlive(read);
        duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
    }

    /// <summary>
    /// Prints the process's peak working set. BenchmarkDotNet runs each method in a process of its own, so this is
    /// the peak of reading that many rows that way (plus the runtime's own), printed once per method.
    /// </summary>
    [GlobalCleanup]
    public void ReportPeakWorkingSet()
    {
        duck.Dispose();
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"// Peak working set: {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB"
            )
        );
    }

    /// <summary>The floor: Sylvan parses every field into arrays of ints, decimals and doubles.</summary>
    /// <returns>The rows read.</returns>
    [Benchmark(Baseline = true)]
    public int SylvanLoopIntoArrays()
    {
        using var reader = CsvDataReader.Create(
            path,
            new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',' }
        );
        var capacity = Rows;
        var t = new int[capacity];
        var i = new int[capacity];
        var j = new int[capacity];
        var k = new int[capacity];
        var v = new decimal[capacity];
        var q = new double[capacity];
        var n = 0;
        while (reader.Read())
        {
            t[n] = int.Parse(reader.GetFieldSpan(0), CultureInfo.InvariantCulture);
            i[n] = int.Parse(reader.GetFieldSpan(1), CultureInfo.InvariantCulture);
            j[n] = int.Parse(reader.GetFieldSpan(2), CultureInfo.InvariantCulture);
            k[n] = int.Parse(reader.GetFieldSpan(3), CultureInfo.InvariantCulture);
            v[n] = decimal.Parse(
                reader.GetFieldSpan(4),
                NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture
            );
            var quantity = reader.GetFieldSpan(5);
            q[n] = quantity is "NA"
                ? double.NaN
                : double.Parse(quantity, CultureInfo.InvariantCulture);
            n++;
        }
        return n;
    }

    /// <summary>
    /// DuckDB (in-process, every core) reads the file into a table with the columns' types given (no sniffing), the
    /// product as text so its leading zero stays, the value as DECIMAL(18,3) and NA as null: the fastest load of the
    /// file a user can type.
    /// </summary>
    /// <returns>The rows loaded.</returns>
    [Benchmark]
    public long DuckDbReadCsv()
    {
        using var command = duck.CreateCommand();
        command.CommandText = string.Create(
            CultureInfo.InvariantCulture,
            $"CREATE OR REPLACE TABLE baci AS SELECT * FROM read_csv('{path}', header = true, types = {{'t': 'INTEGER', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'VARCHAR', 'v': 'DECIMAL(18,3)', 'q': 'DOUBLE'}}, nullstr = 'NA')"
        );
        command.ExecuteNonQuery();
        command.CommandText = "SELECT count(*) FROM baci";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// TradeModel: every field checked (economies, products, exact values) into a flow collection; blocks of lines
    /// parsed on every core and applied in order.
    /// </summary>
    /// <returns>The flows read.</returns>
    [Benchmark]
    public int BaciFileRead() => BaciFile.Read(path).Flows.Count;

    /// <summary>The same read with its lines parsed on the calling thread alone.</summary>
    /// <returns>The flows read.</returns>
    [Benchmark]
    public int BaciFileRead1Thread() =>
        BaciFile.Read(path, new BaciReadOptions { MaxDegreeOfParallelism = 1 }).Flows.Count;

    /// <summary>
    /// A reader written outside the library (docs/data.md's sample) through the public coded appender: is the public
    /// bulk path as fast as the built-in reader?
    /// </summary>
    /// <returns>The flows read.</returns>
    [Benchmark]
    public int ThirdPartyCodedReader() =>
        TradeModel.Samples.CodedBaciReader.Read(path, HarmonizedSystem2022.Classification).Count;
}

/// <summary>A deterministic generator of BACI-format files (fixed seed), for benchmarks.</summary>
public static class BaciGenerator
{
    /// <summary>Writes <paramref name="rows"/> rows of one year to <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="rows">How many rows.</param>
    /// <param name="seed">The random seed.</param>
    public static void Write(string path, int rows, int seed)
    {
        var random = new Random(seed);
        var economies = Economy
            .Countries.Where(c => c.ComtradeCode is not null)
            .Select(c => c.ComtradeCode!.Value)
            .Take(200)
            .ToArray();
        var products = HarmonizedSystem2022
            .Classification.Categories.Where(c =>
                c.Code.Length == 6 && char.IsAsciiDigit(c.Code[0]) && c.Code[0..2] != "99"
            )
            .Select(c => c.Code)
            .ToArray();
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("t,i,j,k,v,q\n");
        var perExporter = Math.Max(1, rows / economies.Length);
        for (var n = 0; n < rows; n++)
        {
            var exporter = economies[Math.Min(n / perExporter, economies.Length - 1)];
            var importer = economies[random.Next(economies.Length)];
            var product = products[random.Next(products.Length)];
            var thousands = random.Next(1, 10_000_000) / 1000m;
            var quantity =
                random.Next(10) == 0
                    ? "NA"
                    : (random.Next(1, 1_000_000) / 1000.0).ToString(
                        "R",
                        CultureInfo.InvariantCulture
                    );
            writer.Write(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"2024,{exporter},{importer},{product},{thousands:0.000},{quantity}\n"
                )
            );
        }
    }
}
