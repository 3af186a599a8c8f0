using TradeModel.Classifications;
using TradeModel.Data.Baci;
using TradeModel.Economies;
using TradeModel.Flows;
using UnitsNet;

namespace TradeModel.Data.Tests.Baci;

public sealed class BaciFileTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void Each_row_is_the_exports_of_i_to_j_valued_exactly_in_dollars()
    {
        var result = BaciFile.Read(
            Fixture.Path("Baci/BACI_HS22_Y2024_V202501.csv"),
            cancellationToken: Token
        );
        var first = result.Flows.First();

        Assert.Equal(Economy.FromCode("CHN"), first.Reporter);
        Assert.Equal(Economy.FromCode("USA"), first.Partner);
        Assert.Equal(TradeDirection.Exports, first.Direction);
        Assert.Equal(HarmonizedSystem2022.Classification["010121"], first.Category);
        Assert.Equal(ReferencePeriod.ForYear(2024), first.Period);
        Assert.Equal(new Money(1234567m, Currency.USD), first.Value);
        Assert.Equal(Mass.FromTonnes(12.5), first.Quantity);
    }

    [Fact]
    public void The_report_counts_every_row_and_the_flows_add_up()
    {
        var result = BaciFile.Read(
            Fixture.Path("Baci/BACI_HS22_Y2024_V202501.csv"),
            cancellationToken: Token
        );

        Assert.Equal(4, result.Report.RowsRead);
        Assert.Equal(4, result.Report.Accepted);
        Assert.Equal(0, result.Report.Rejected);
        Assert.Equal(
            new Money(1234567m + 1m + 98765432m + 1500m, Currency.USD),
            result.Flows.Total(FlowFilter.All).Value
        );
    }

    [Fact]
    public void A_product_code_that_lost_its_leading_zero_and_code_490_are_read()
    {
        var flow = BaciFile
            .Read(Fixture.Path("Baci/BACI_HS22_Y2024_V202501.csv"), cancellationToken: Token)
            .Flows.ElementAt(1);

        Assert.Equal("010121", flow.Category.Code);
        Assert.Equal(Economy.FromComtradeCode(490), flow.Partner);
        Assert.Null(flow.Quantity);
    }

    [Fact]
    public void Every_row_reads_as_the_flow_its_fields_state_with_any_mix_of_decimals_quantities_and_codes()
    {
        // A reference built the plain way: split each line, parse each field, append through the public appender.
        var random = new Random(11);
        var hs = HarmonizedSystem2022.Classification;
        var products = hs
            .Categories.Where(c => c.Code.Length == 6 && char.IsAsciiDigit(c.Code[0]))
            .ToArray();
        var codes = new[] { 156, 842, 490, 276, 4, 699, 251 };
        var text = new System.Text.StringBuilder("t,i,j,k,v,q\n");
        for (var n = 0; n < 3_000; n++)
        {
            var product = products[random.Next(products.Length)].Code;
            var value = random.Next(6) switch
            {
                0 => random
                    .Next(1, 1000)
                    .ToString(System.Globalization.CultureInfo.InvariantCulture),
                1 => (random.Next(1, 100_000) / 10m).ToString(
                    System.Globalization.CultureInfo.InvariantCulture
                ),
                2 => (random.Next(1, 100_000_000) / 1_000_000m).ToString(
                    "0.000000",
                    System.Globalization.CultureInfo.InvariantCulture
                ),
                3 => "99999999999999999999.125",
                _ => (random.Next(1, 100_000_000) / 1000m).ToString(
                    "0.000",
                    System.Globalization.CultureInfo.InvariantCulture
                ),
            };
            var quantity = random.Next(4) switch
            {
                0 => "NA",
                1 => "",
                _ => (random.Next(0, 100_000) / 8.0).ToString(
                    "R",
                    System.Globalization.CultureInfo.InvariantCulture
                ),
            };
            text.Append(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{2023 + random.Next(2)},{codes[random.Next(codes.Length)]},{codes[random.Next(codes.Length)]},{(random.Next(2) == 0 ? product.TrimStart('0') : product)},{value},{quantity}\n"
            );
        }
        var expected = new TradeFlowCollection(hs, Currency.USD);
        var appender = expected.CreateAppender();
        foreach (var line in text.ToString().Split('\n').Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split(',');
            var tonnes = f[5] is "NA" or ""
                ? double.NaN
                : double.Parse(f[5], System.Globalization.CultureInfo.InvariantCulture);
            appender.Append(
                Economy.FromComtradeCode(
                    int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture)
                ),
                Economy.FromComtradeCode(
                    int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture)
                ),
                TradeDirection.Exports,
                hs[f[3].PadLeft(6, '0')],
                ReferencePeriod.ForYear(
                    int.Parse(f[0], System.Globalization.CultureInfo.InvariantCulture)
                ),
                decimal.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture) * 1000m,
                ObservationStatus.Normal,
                tonnes,
                double.IsNaN(tonnes) ? null : UnitsNet.Units.MassUnit.Tonne
            );
        }

        var read = BaciFile.ReadFrom(
            Fixture.Text(text.ToString()),
            "mix",
            cancellationToken: Token
        );

        Assert.Equal(expected.Count, read.Report.Accepted);
        Assert.Equal(expected.Select(Parts), read.Flows.Select(Parts));
    }

    /// <summary>Every part of a flow, to compare flows by value (a flow is compared by reference).</summary>
    private static object Parts(TradeFlow f) =>
        (f.Reporter, f.Partner, f.Direction, f.Category, f.Period, f.Value, f.Status, f.Quantity);

    [Theory]
    [InlineData("1")]
    [InlineData("1.5")]
    [InlineData("12.34")]
    [InlineData("1234.567")]
    [InlineData("000012.300")]
    [InlineData("0.001")]
    [InlineData("0.0001")]
    [InlineData("1234.5678901")]
    [InlineData("18446744073709551.615")]
    [InlineData("9999999999999999.999")]
    [InlineData("99999999999999999.999")]
    [InlineData("18446744073709551615")]
    [InlineData("79228162514264337593543950.335")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1e3")]
    public void A_value_in_thousands_with_any_number_of_digits_and_decimals_is_read_as_exact_dollars(
        string thousands
    )
    {
        var result = BaciFile.ReadFrom(
            Fixture.Text($"t,i,j,k,v,q\n2024,156,842,010121,{thousands},NA\n"),
            "values",
            cancellationToken: Token
        );

        Assert.Equal(
            new Money(ExactDecimal.Parse(thousands) * 1000m, Currency.USD),
            result.Flows.Single().Value
        );
    }

    [Theory]
    [InlineData("1.2.3")]
    [InlineData("-1")]
    [InlineData("1,5")]
    [InlineData("79228162514264337593543950.336")]
    public void A_value_that_is_not_a_plain_number_of_thousands_is_an_error_naming_column_v(
        string thousands
    )
    {
        var error = Assert.Throws<DataFormatException>(() =>
            BaciFile.ReadFrom(
                Fixture.Text($"t,i,j,k,v,q\n2024,156,842,010121,\"{thousands}\",NA\n"),
                "values",
                cancellationToken: Token
            )
        );

        Assert.Equal(
            (2L, 5, "v", thousands),
            (error.Error.Line, error.Error.Column, error.Error.ColumnName, error.Error.Text)
        );
    }

    [Fact]
    public void A_blank_quantity_is_missing_not_zero()
    {
        var flow = BaciFile
            .Read(Fixture.Path("Baci/BACI_HS22_Y2024_V202501.csv"), cancellationToken: Token)
            .Flows.ElementAt(2);

        Assert.Null(flow.Quantity);
        Assert.Equal(Economy.FromCode("FRA"), flow.Reporter);
    }

    [Fact]
    public void A_byte_order_mark_and_CRLF_line_ends_read_alike()
    {
        var result = BaciFile.Read(Fixture.Path("Baci/bom-crlf.csv"), cancellationToken: Token);

        Assert.Equal(2, result.Report.Accepted);
        Assert.Equal(new Money(1234567m, Currency.USD), result.Flows.First().Value);
    }

    [Fact]
    public void A_header_only_file_is_an_empty_collection()
    {
        var result = BaciFile.Read(Fixture.Path("Baci/header-only.csv"), cancellationToken: Token);

        Assert.Empty(result.Flows);
        Assert.Equal(0, result.Report.RowsRead);
    }

    [Fact]
    public void An_empty_file_is_an_error_at_line_one()
    {
        var error = Assert.Throws<DataFormatException>(() =>
            BaciFile.Read(Fixture.Path("Baci/empty.csv"), cancellationToken: Token)
        );

        Assert.Equal(1, error.Error.Line);
    }

    [Fact]
    public void A_missing_column_is_named()
    {
        var error = Assert.Throws<DataFormatException>(() =>
            BaciFile.Read(Fixture.Path("Baci/missing-column.csv"), cancellationToken: Token)
        );

        Assert.Equal("q", error.Error.ColumnName);
    }

    [Fact]
    public void A_file_is_read_in_the_vintage_its_name_states()
    {
        var flow = BaciFile
            .Read(Fixture.Path("Baci/BACI_HS17_Y2017_V202501.csv"), cancellationToken: Token)
            .Flows.Single();

        Assert.Same(HarmonizedSystem.Edition(2017), flow.Category.Classification);
        Assert.Equal("HS17", BaciFile.VintageOf("BACI_HS17_Y2017_V202501.csv"));
        Assert.Null(BaciFile.VintageOf("exports.csv"));
    }

    [Fact]
    public void A_file_of_an_earlier_vintage_converts_to_HS_2022_on_request_keeping_its_value()
    {
        var path = Fixture.Path("Baci/BACI_HS17_Y2017_V202501.csv");
        var original = BaciFile.Read(path, cancellationToken: Token).Flows;

        var converted = BaciFile.Read(path, new BaciReadOptions { ConvertToEdition = 2022 }, Token);

        Assert.Same(HarmonizedSystem2022.Classification, converted.Flows.Classification);
        Assert.Equal(
            original.Total(FlowFilter.All).Value,
            converted.Flows.Total(FlowFilter.All).Value
        );
        Assert.Equal(1, converted.Report.Notes["converted from HS 2017 to HS 2022"]);
    }

    [Fact]
    public void A_classification_of_another_vintage_than_the_file_name_states_is_refused_before_any_row()
    {
        var error = Assert.Throws<DataFormatException>(() =>
            BaciFile.Read(
                Fixture.Path("Baci/BACI_HS17_Y2017_V202501.csv"),
                new BaciReadOptions { Classification = HarmonizedSystem2022.Classification },
                Token
            )
        );

        Assert.Contains("HS 2017", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_mode_throws_at_the_first_bad_row_naming_line_column_and_text()
    {
        var error = Assert.Throws<DataFormatException>(() =>
            BaciFile.Read(Fixture.Path("Baci/malformed.csv"), cancellationToken: Token)
        );

        Assert.Equal(3, error.Error.Line);
        Assert.Equal(2, error.Error.Column);
        Assert.Equal("i", error.Error.ColumnName);
        Assert.Equal("999", error.Error.Text);
        Assert.StartsWith(
            "malformed.csv, line 3, column 2 (i): '999'",
            error.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Collect_mode_reads_the_good_rows_and_names_every_bad_one()
    {
        var result = BaciFile.Read(
            Fixture.Path("Baci/malformed.csv"),
            new BaciReadOptions { Errors = ErrorMode.Collect },
            Token
        );

        Assert.Equal(10, result.Report.RowsRead);
        Assert.Equal(2, result.Report.Accepted);
        Assert.Equal(8, result.Report.Rejected);
        Assert.Equal(
            [
                (3L, "i"),
                (4L, "k"),
                (5L, "v"),
                (6L, "v"),
                (7L, "v"),
                (8L, "k"),
                (9L, "v"),
                (10L, "q"),
            ],
            result.Report.Errors.Select(e => (e.Line, e.ColumnName))
        );
        Assert.Equal(
            new Money(1234567m + 2000m, Currency.USD),
            result.Flows.Total(FlowFilter.All).Value
        );
    }

    [Fact]
    public void Progress_reports_rows_bytes_and_the_fraction_of_the_file()
    {
        var reports = new List<ReadProgress>();
        var options = new BaciReadOptions
        {
            Progress = new SyncProgress(reports),
            ProgressEvery = 1,
        };

        BaciFile.Read(Fixture.Path("Baci/BACI_HS22_Y2024_V202501.csv"), options, Token);

        Assert.Equal(4, reports[^1].Rows);
        Assert.Equal(1.0, reports[^1].Fraction);
        Assert.True(reports.Count >= 4);
    }

    [Fact]
    public async Task A_cancelled_read_stops_with_the_token()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            BaciFile.ReadAsync(
                Fixture.Path("Baci/BACI_HS22_Y2024_V202501.csv"),
                new BaciReadOptions { ProgressEvery = 1 },
                cancelled.Token
            )
        );
    }

    [Fact]
    public async Task Reading_asynchronously_gives_the_same_flows()
    {
        var path = Fixture.Path("Baci/BACI_HS22_Y2024_V202501.csv");

        var async = await BaciFile.ReadAsync(path, cancellationToken: Token);

        Assert.Equal(
            Fixture.Rows(BaciFile.Read(path, cancellationToken: Token).Flows),
            Fixture.Rows(async.Flows)
        );
    }

    [Fact]
    public void Writing_then_reading_gives_the_same_flows_and_the_same_text()
    {
        var path = Fixture.Path("Baci/BACI_HS22_Y2024_V202501.csv");
        var flows = BaciFile.Read(path, cancellationToken: Token).Flows;
        using var writer = new StringWriter();

        BaciFile.Write(flows, writer);
        var again = BaciFile
            .ReadFrom(Fixture.Text(writer.ToString()), "written", cancellationToken: Token)
            .Flows;

        Assert.Equal(Fixture.Rows(flows), Fixture.Rows(again));
        Assert.Equal(
            "t,i,j,k,v,q\n2024,156,842,010121,1234.567,12.5\n2024,156,490,010121,0.001,NA\n2024,251,156,847130,98765.432,NA\n2024,842,156,847130,1.500,0.25\n",
            writer.ToString()
        );
    }

    [Fact]
    public void A_flow_BACI_cannot_hold_is_refused_by_name()
    {
        var flows = new TradeFlowCollection(HarmonizedSystem2022.Classification, Currency.USD);
        flows.Add(
            new TradeFlow(
                Economy.FromCode("CHN"),
                Economy.FromCode("USA"),
                TradeDirection.Imports,
                HarmonizedSystem2022.Classification["010121"],
                ReferencePeriod.ForYear(2024),
                new Money(1m, Currency.USD)
            )
        );

        var error = Assert.Throws<ArgumentException>(() =>
            BaciFile.Write(flows, new StringWriter())
        );

        Assert.Contains("not exports", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Progress that records reports as they happen (Progress&lt;T&gt; posts them later).</summary>
    private sealed class SyncProgress(List<ReadProgress> reports) : IProgress<ReadProgress>
    {
        public void Report(ReadProgress value) => reports.Add(value);
    }
}
