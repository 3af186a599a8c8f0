using Apache.Arrow;
using TradeModel.Classifications;
using TradeModel.Data.Baci;
using TradeModel.Data.Comtrade;
using TradeModel.Data.Export;
using TradeModel.Data.Mapped;
using TradeModel.Data.Sdmx;
using TradeModel.Economies;
using TradeModel.Flows;
using UnitsNet;

namespace TradeModel.Data.Tests.Export;

/// <summary>Flows leave in TradeModel's own columns, exactly, and a CSV of them reads back into the same flows.</summary>
public sealed class FlowExportTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string> Sources() => ["baci", "comtrade", "sdmx", "every kind"];

    internal static TradeFlowCollection Flows(string source) =>
        source == "every kind" ? EveryKind() : Fixture.SourceFlows(source);

    /// <summary>Flows of every direction, status and period kind, a value with a comma-free scale of 4, none, and several units.</summary>
    private static TradeFlowCollection EveryKind()
    {
        var hs = HarmonizedSystem2022.Classification;
        var flows = new TradeFlowCollection(hs, Currency.USD);
        var china = Economy.FromCode("CHN");
        var world = Economy.FromCode("WLD");
        flows.Add(
            new TradeFlow(
                china,
                world,
                TradeDirection.Exports,
                hs["010121"],
                ReferencePeriod.ForYear(2024),
                new Money(1234.5000m, Currency.USD),
                quantity: Mass.FromTonnes(12.5)
            )
        );
        flows.Add(
            new TradeFlow(
                china,
                Economy.FromComtradeCode(490),
                TradeDirection.ReImports,
                hs["847130"],
                ReferencePeriod.ForQuarter(2024, 3),
                null,
                ObservationStatus.Confidential
            )
        );
        flows.Add(
            new TradeFlow(
                world,
                china,
                TradeDirection.Imports,
                hs["2709"],
                ReferencePeriod.ForMonth(2024, 11),
                new Money(79228162514264337593543950.335m, Currency.USD),
                ObservationStatus.Estimated,
                Volume.FromLiters(0.1)
            )
        );
        flows.Add(
            new TradeFlow(
                world,
                china,
                TradeDirection.ReExports,
                hs["85"],
                ReferencePeriod.ForYear(2023),
                new Money(0m, Currency.USD),
                ObservationStatus.Provisional
            )
        );
        return flows;
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Flows_written_as_CSV_read_back_as_the_very_same_flows(string source)
    {
        var flows = Flows(source);
        using var text = new StringWriter();

        flows.WriteCsv(text);
        var again = MappedCsv.ReadFrom(
            Fixture.Text(text.ToString()),
            "flows.csv",
            new MappedCsvOptions { Layout = FlowLayout.TradeModelColumns(flows.Classification) },
            Token
        );

        Assert.Equal(0, again.Report.Rejected);
        Assert.Equal(Fixture.Rows(flows), Fixture.Rows(again.Flows));
        Assert.StartsWith(
            "reporter,partner,direction,category,period,value,currency,status,quantity,unit\n",
            text.ToString(),
            StringComparison.Ordinal
        );
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Flows_as_an_Arrow_record_batch_keep_every_value_exactly(string source)
    {
        var flows = Flows(source);

        var batch = flows.ToRecordBatch();

        var values = (Decimal128Array)batch.Column("value");
        var reporters = (StringArray)batch.Column("reporter");
        var quantities = (DoubleArray)batch.Column("quantity");
        Assert.Equal(flows.Count, batch.Length);
        var row = 0;
        foreach (var flow in flows)
        {
            Assert.Equal(flow.Value?.Amount, values.GetValue(row));
            Assert.Equal(flow.Reporter.Code, reporters.GetString(row));
            Assert.Equal(flow.Quantity is { } q ? (double)q.Value : null, quantities.GetValue(row));
            row++;
        }
    }

    [Fact]
    public async Task Flows_as_a_DataFrame_and_an_Excel_workbook_keep_every_value_exactly()
    {
        var flows = Flows("every kind");
        using var file = new MemoryStream();

        var frame = flows.ToDataFrame();
        await flows.WriteExcelAsync(file, cancellationToken: Token);
        using var zip = new System.IO.Compression.ZipArchive(
            new MemoryStream(file.ToArray()),
            System.IO.Compression.ZipArchiveMode.Read
        );
        var sheet = System.Xml.Linq.XDocument.Load(
            zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()
        );
        System.Xml.Linq.XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var written = sheet
            .Descendants(ns + "row")
            .Skip(1)
            .Select(r => r.Elements(ns + "c").ElementAt(5).Value)
            .ToList();

        var values = (Microsoft.Data.Analysis.DecimalDataFrameColumn)frame.Columns["value"];
        var row = 0;
        foreach (var flow in flows)
        {
            Assert.Equal(flow.Value?.Amount, values[row]);
            Assert.Equal(
                flow.Value?.Amount,
                written[row].Length == 0
                    ? null
                    : decimal.Parse(
                        written[row],
                        System.Globalization.NumberStyles.Float,
                        System.Globalization.CultureInfo.InvariantCulture
                    )
            );
            row++;
        }
        Assert.Equal(flows.Count, written.Count);
    }

    [Fact]
    public void A_value_of_29_whole_digits_beside_one_of_28_decimals_goes_to_Arrow_as_decimal256_exactly()
    {
        var hs = HarmonizedSystem2022.Classification;
        var flows = new TradeFlowCollection(hs, Currency.USD);
        var china = Economy.FromCode("CHN");
        decimal[] values = [79228162514264337593543950335m, 0.0000000000000000000000000001m];
        foreach (var value in values)
        {
            flows.Add(
                new TradeFlow(
                    china,
                    Economy.FromCode("WLD"),
                    TradeDirection.Exports,
                    hs["010121"],
                    ReferencePeriod.ForYear(2024),
                    new Money(value, Currency.USD)
                )
            );
        }

        var column = Assert.IsType<Decimal256Array>(flows.ToRecordBatch().Column("value"));

        Assert.Equal(values[0], column.GetValue(0));
        Assert.Equal(values[1], column.GetValue(1));
        Assert.IsType<Decimal128Array>(Flows("every kind").ToRecordBatch().Column("value"));
    }
}
