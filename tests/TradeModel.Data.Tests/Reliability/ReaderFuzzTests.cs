using TradeModel.Classifications;
using TradeModel.Data.Baci;
using TradeModel.Data.Comtrade;
using TradeModel.Data.Mapped;
using TradeModel.Data.Parquet;
using TradeModel.Data.Reference;
using TradeModel.Data.Sdmx;
using TradeModel.Tests.Reliability;

namespace TradeModel.Data.Tests.Reliability;

/// <summary>
/// Seeded mutations of the fixture files for every reader: in strict mode a mutated file reads or fails with a
/// <see cref="DataFormatException"/>; in collect mode it reads, with rows read = accepted + rejected, unless its
/// header itself is broken.
/// </summary>
public sealed class ReaderFuzzTests
{
    /// <summary>Files per reader and mode: 1,500 in CI; set TRADEMODEL_FUZZ_ITERATIONS for a long run.</summary>
    private static readonly int Iterations =
        int.TryParse(
            Environment.GetEnvironmentVariable("TRADEMODEL_FUZZ_ITERATIONS"),
            out var iterations
        )
        && iterations > 0
            ? iterations
            : 1_500;

    public static TheoryData<string> Readers() =>
        ["BACI", "Comtrade", "SDMX", "SDMX-JSON", "Mapped"];

    private const string Rates =
        "period,base,quote,rate,kind,source\n2024-12-31,USD,CNY,7.1884,spot,\"PBoC, central parity\"\n2024,USD,CNY,7.1217,average,PBoC\n2024-12-31,CNY,USD,0.1391,spot,\n";

    private const string Hierarchy =
        "code,parent,name,relation,breakdown\nT,,Total,,\nA,T,Goods,,\nA1,A,\"Of which: food, drink\",ofwhich,\nB,T,Services,part,by type\n";

    [Fact]
    public void A_mutated_rate_table_reads_or_fails_with_a_named_line()
    {
        var mutator = new Mutator(7);
        for (var i = 0; i < Iterations * 2; i++)
        {
            var text = mutator.Next([Rates]);
            try
            {
                ExchangeRateCsv.Parse(text);
            }
            catch (DataFormatException e)
            {
                Assert.True(e.Error.Line >= 1, $"#{i}: {e.Message}");
            }
        }
    }

    [Fact]
    public void A_mutated_classification_reads_or_lists_its_problems_by_line()
    {
        var mutator = new Mutator(11);
        for (var i = 0; i < Iterations * 2; i++)
        {
            var text = mutator.Next([Hierarchy]);
            try
            {
                ClassificationCsv.Parse(text, "Fuzz", "1");
            }
            catch (InvalidClassificationException e)
            {
                Assert.All(e.Problems, p => Assert.True(p.Line >= 1, $"#{i}: {p}"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_mutated_file_reads_or_fails_with_a_named_row(string reader)
    {
        var (fixture, read) = Reader(reader);
        var seeds = new[] { File.ReadAllText(Fixture.Path(fixture)) };
        var mutator = new Mutator(reader.Length * 7919);
        var failures = new List<string>();
        for (var i = 0; i < Iterations && failures.Count < 5; i++)
        {
            var text = mutator.Next(seeds);
            foreach (var mode in new[] { ErrorMode.Strict, ErrorMode.Collect })
            {
                try
                {
                    var result = read(text, mode);
                    if (
                        result.Report.RowsRead != result.Report.Accepted + result.Report.Rejected
                        || result.Flows.Count > result.Report.Accepted
                    )
                    {
                        failures.Add($"#{i} {mode}: the report does not add up: {result.Report}");
                    }
                }
                catch (DataFormatException e)
                    when (mode == ErrorMode.Strict
                        || e.Error.Line <= 1
                        || e.Error.Reason.Contains(
                            "cannot be split into fields",
                            StringComparison.Ordinal
                        )
                        || e.Error.Reason.StartsWith("is not JSON", StringComparison.Ordinal)
                    )
                {
                    // Documented: a bad row in strict mode; in any mode, a header that cannot be read or text that
                    // cannot be split into fields, after which nothing can be read reliably.
                }
                catch (Exception e)
                {
                    failures.Add($"#{i} {mode}: {e.GetType().Name}: {e.Message}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static (string Fixture, Func<string, ErrorMode, ReadResult> Read) Reader(string name) =>
        name switch
        {
            "BACI" => (
                "Baci/BACI_HS22_Y2024_V202501.csv",
                (text, mode) =>
                    BaciFile.ReadFrom(
                        Fixture.Text(text),
                        "fuzz",
                        new BaciReadOptions { Errors = mode }
                    )
            ),
            "Comtrade" => (
                "Comtrade/comtrade-2024.csv",
                (text, mode) =>
                    ComtradeFile.ReadFrom(
                        Fixture.Text(text),
                        "fuzz",
                        new ComtradeReadOptions { Errors = mode }
                    )
            ),
            "SDMX" => (
                "Sdmx/bop-services-cn.csv",
                (text, mode) =>
                    SdmxCsv.ReadFrom(
                        Fixture.Text(text),
                        "fuzz",
                        new SdmxReadOptions { Errors = mode }
                    )
            ),
            "SDMX-JSON" => (
                "Sdmx/bop-services-cn.json",
                (text, mode) =>
                    SdmxJson.ReadFrom(
                        Fixture.Text(text),
                        "fuzz",
                        new SdmxReadOptions { Errors = mode }
                    )
            ),
            _ => (
                "mapped-exports.csv",
                (text, mode) =>
                    MappedCsv.ReadFrom(
                        Fixture.Text(text),
                        "fuzz",
                        Mapped.MappedCsvTests.Options with
                        {
                            Errors = mode,
                        }
                    )
            ),
        };

    [Fact]
    public async Task A_damaged_Parquet_file_reads_or_fails_with_a_data_format_error()
    {
        var flows = BaciFile
            .Read(
                Fixture.Path("Baci/BACI_HS22_Y2024_V202501.csv"),
                cancellationToken: TestContext.Current.CancellationToken
            )
            .Flows;
        using var written = new MemoryStream();
        await TradeParquet.WriteAsync(flows, written, TestContext.Current.CancellationToken);
        var original = written.ToArray();
        var random = new Random(4242);
        var failures = new List<string>();
        for (var i = 0; i < Iterations / 4 && failures.Count < 5; i++)
        {
            var bytes = (byte[])original.Clone();
            var damage = i % 3;
            if (damage == 0)
            {
                // Flip a few bytes anywhere: pages, dictionaries, the footer.
                for (var f = 0; f < 1 + random.Next(4); f++)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 + random.Next(255));
                }
            }
            else if (damage == 1)
            {
                // Cut the file short, as a copy that did not finish.
                Array.Resize(ref bytes, random.Next(bytes.Length));
            }
            else
            {
                // Damage the footer, where the schema and the offsets are.
                var at = bytes.Length - 8 - random.Next(Math.Min(200, bytes.Length - 8));
                bytes[at] ^= (byte)(1 + random.Next(255));
            }
            foreach (var mode in new[] { ErrorMode.Strict, ErrorMode.Collect })
            {
                try
                {
                    var result = await TradeParquet.ReadFromAsync(
                        new MemoryStream(bytes),
                        "damaged.parquet",
                        new ParquetReadOptions { Errors = mode },
                        TestContext.Current.CancellationToken
                    );
                    if (result.Report.RowsRead != result.Report.Accepted + result.Report.Rejected)
                    {
                        failures.Add($"#{i} {mode}: the report does not add up: {result.Report}");
                    }
                }
                catch (DataFormatException)
                {
                    // Documented: a damaged file, a bad code in strict mode.
                }
                catch (Exception e)
                {
                    failures.Add($"#{i} {mode}: {e.GetType().Name}: {e.Message}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
