using System.IO.Compression;
using System.Xml.Linq;
using Apache.Arrow;
using Microsoft.Data.Analysis;
using Sylvan.Data.Csv;
using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Data.Export;
using TradeModel.Flows;

namespace TradeModel.Data.Tests.Export;

/// <summary>
/// A cube leaves as CSV, Arrow, a DataFrame or an Excel workbook in one tidy shape: a code (and name) column per
/// dimension, then the exact value, the currency, the counts and, when summed, a quantity column per unit.
/// </summary>
public sealed class CubeExportTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static FlowCube Cube(string source, bool quantities = true)
    {
        var query = FlowQuery.By(
            FlowDimension.Year,
            FlowDimension.Reporter,
            FlowDimension.CategoryAtLevel(HarmonizedSystem2022.ChapterLevel)
        );
        var flows = FlowExportTests.Flows(source);
        if (flows.Classification != HarmonizedSystem2022.Classification)
        {
            query = FlowQuery.By(
                FlowDimension.Year,
                FlowDimension.Reporter,
                FlowDimension.Category
            );
        }
        return flows.Aggregate(quantities ? query : query.WithoutQuantities());
    }

    [Theory]
    [MemberData(nameof(FlowExportTests.Sources), MemberType = typeof(FlowExportTests))]
    public void A_cube_as_CSV_has_a_record_per_cell_with_its_codes_names_and_exact_value(
        string source
    )
    {
        var cube = Cube(source);
        using var text = new StringWriter();

        cube.WriteCsv(text);
        using var csv = CsvDataReader.Create(new StringReader(text.ToString()));

        Assert.Equal(
            [
                "year",
                "reporter",
                "reporter_name",
                "category",
                "category_name",
                "value",
                "currency",
                "flows",
                "flows_without_value",
            ],
            Enumerable.Range(0, 9).Select(csv.GetName)
        );
        foreach (var cell in cube)
        {
            Assert.True(csv.Read());
            Assert.Equal(cell.Key.Period!.ToString(), csv.GetString(0));
            Assert.Equal(cell.Key.Reporter!.Code, csv.GetString(1));
            Assert.Equal(cell.Key.Reporter!.Name, csv.GetString(2));
            Assert.Equal(cell.Key.Category!.Code, csv.GetString(3));
            Assert.Equal(cell.Key.Category!.Name, csv.GetString(4));
            Assert.Equal(
                cell.Total is { } total
                    ? total.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : "",
                csv.GetString(5)
            );
            Assert.Equal(cube.Currency.Code, csv.GetString(6));
            Assert.Equal(
                cell.Flows,
                int.Parse(csv.GetString(7), System.Globalization.CultureInfo.InvariantCulture)
            );
            Assert.Equal(
                cell.FlowsWithoutValue,
                int.Parse(csv.GetString(8), System.Globalization.CultureInfo.InvariantCulture)
            );
        }
        Assert.False(csv.Read());
    }

    [Fact]
    public void Summed_quantities_get_a_column_per_unit_and_the_flows_that_have_one()
    {
        var cube = Cube("every kind");

        var batch = cube.ToRecordBatch();

        var tonnes = (DoubleArray)batch.Column("quantity_t");
        var litres = (DoubleArray)batch.Column("quantity_l");
        var withQuantity = (Int32Array)batch.Column("flows_with_quantity");
        var row = 0;
        foreach (var cell in cube)
        {
            Assert.Equal(
                cell.Quantities.FirstOrDefault(q => q.Unit.Equals(UnitsNet.Units.MassUnit.Tonne))
                    is { } t
                    ? (double)t.Value
                    : null,
                tonnes.GetValue(row)
            );
            Assert.Equal(
                cell.Quantities.FirstOrDefault(q => q.Unit.Equals(UnitsNet.Units.VolumeUnit.Liter))
                    is { } l
                    ? (double)l.Value
                    : null,
                litres.GetValue(row)
            );
            Assert.Equal(cell.FlowsWithQuantity, withQuantity.GetValue(row));
            row++;
        }
        Assert.Contains(cube, c => c.Quantities.Count > 0);
    }

    [Theory]
    [MemberData(nameof(FlowExportTests.Sources), MemberType = typeof(FlowExportTests))]
    public void A_cube_as_an_Arrow_record_batch_and_a_DataFrame_keeps_every_value_exactly(
        string source
    )
    {
        var cube = Cube(source, quantities: false);

        var batch = cube.ToRecordBatch();
        var frame = cube.ToDataFrame();

        var values = (Decimal128Array)batch.Column("value");
        var frameValues = (DecimalDataFrameColumn)frame.Columns["value"];
        Assert.Equal(cube.Count, batch.Length);
        Assert.Equal(cube.Count, frame.Rows.Count);
        Assert.DoesNotContain(
            batch.Schema.FieldsList,
            f => f.Name.StartsWith("quantity", StringComparison.Ordinal)
        );
        var row = 0;
        foreach (var cell in cube)
        {
            Assert.Equal(cell.Total?.Amount, values.GetValue(row));
            Assert.Equal(cell.Total?.Amount, frameValues[row]);
            Assert.Equal(cell.Key.Reporter!.Code, frame.Columns["reporter"][row]);
            Assert.Equal(cell.Flows, frame.Columns["flows"][row]);
            row++;
        }
    }

    [Fact]
    public async Task A_cube_as_an_Excel_workbook_has_every_value_as_a_number_or_else_its_exact_text()
    {
        var cube = Cube("every kind", quantities: false);
        using var file = new MemoryStream();

        await cube.WriteExcelAsync(file, "Flows by year", Token);
        using var zip = new ZipArchive(new MemoryStream(file.ToArray()), ZipArchiveMode.Read);
        var sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var rows = sheet
            .Descendants(ns + "row")
            .Select(r => r.Elements(ns + "c").Select(c => c.Value).ToList())
            .ToList();

        Assert.Contains(
            "Flows by year",
            new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open()).ReadToEnd(),
            StringComparison.Ordinal
        );
        Assert.Equal("value", rows[0][5]);
        Assert.Equal(cube.Count + 1, rows.Count);
        var row = 1;
        foreach (var cell in cube)
        {
            var written = rows[row++][5];
            if (cell.Total is { } total)
            {
                Assert.Equal(
                    total.Amount,
                    decimal.Parse(
                        written,
                        System.Globalization.NumberStyles.Float,
                        System.Globalization.CultureInfo.InvariantCulture
                    )
                );
            }
            else
            {
                Assert.Equal("", written);
            }
        }
        Assert.Contains(cube, c => c.Total is { } t && (decimal)(double)t.Amount != t.Amount);
    }
}
