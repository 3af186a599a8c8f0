using System.Globalization;
using Apache.Arrow;
using Microsoft.Data.Analysis;
using Sylvan.Data.Csv;
using TradeModel.Data.Export;
using TradeModel.Releases;

namespace TradeModel.Data.Tests.Export;

/// <summary>A release table leaves with its values and unrounded figures exact, and the reason where a figure has none.</summary>
public sealed class ReleaseExportTests
{
    private static readonly Currency Yuan = Currency.FromCode("CNY");

    /// <summary>The seed's services trade lines in 100 million yuan (2024 and 2023), a line missing a year, and one from zero.</summary>
    private static List<ReleaseRow> Rows()
    {
        Money Yi(decimal hundredMillions) => new(hundredMillions * 100_000_000m, Yuan);
        var total = Yi(75_238.1m);
        var before = Yi(65_754.3m);
        return
        [
            ReleaseTable.Row("Total trade in services", total, before, total, before),
            ReleaseTable.Row("Exports", Yi(31_755.6m), Yi(26_856.2m), total, before),
            ReleaseTable.Row("Knowledge-intensive services", Yi(29_010.0m), null, total, before),
            ReleaseTable.Row("A new line", Yi(12.5m), Yi(0m), total, before),
        ];
    }

    [Fact]
    public void A_release_table_as_CSV_has_its_values_and_unrounded_figures_or_why_a_figure_has_none()
    {
        var rows = Rows();
        using var text = new StringWriter();

        rows.WriteCsv(text);
        using var csv = CsvDataReader.Create(new StringReader(text.ToString()));

        Assert.Equal(
            [
                "label",
                "current",
                "previous",
                "currency",
                "growth",
                "growth_undefined",
                "share",
                "share_undefined",
                "contribution",
                "contribution_undefined",
            ],
            Enumerable.Range(0, 10).Select(csv.GetName)
        );
        foreach (var row in rows)
        {
            Assert.True(csv.Read());
            Assert.Equal(row.Label, csv.GetString(0));
            Assert.Equal(
                row.Current?.Amount.ToString(CultureInfo.InvariantCulture) ?? "",
                csv.GetString(1)
            );
            Assert.Equal(
                row.Previous?.Amount.ToString(CultureInfo.InvariantCulture) ?? "",
                csv.GetString(2)
            );
            Assert.Equal("CNY", csv.GetString(3));
            Assert.Equal(
                row.Growth.IsDefined ? row.Growth.Value.ToString(CultureInfo.InvariantCulture) : "",
                csv.GetString(4)
            );
            Assert.Equal(
                row.Growth.IsDefined ? "" : row.Growth.Reason.ToString(),
                csv.GetString(5)
            );
            Assert.Equal(
                row.Contribution.IsDefined ? "" : row.Contribution.Reason.ToString(),
                csv.GetString(9)
            );
        }
        Assert.False(csv.Read());
        Assert.Contains(rows, r => r.Growth.Reason == UndefinedReason.ZeroBase);
        Assert.Contains(rows, r => r.Growth.Reason == UndefinedReason.MissingValue);
    }

    [Fact]
    public void A_release_table_as_Arrow_and_as_a_DataFrame_keeps_the_unrounded_growth_exactly()
    {
        var rows = Rows();

        var batch = rows.ToRecordBatch();
        var frame = rows.ToDataFrame();

        var growth = (Decimal128Array)batch.Column("growth");
        var frameGrowth = (DecimalDataFrameColumn)frame.Columns["growth"];
        for (var i = 0; i < rows.Count; i++)
        {
            decimal? expected = rows[i].Growth.IsDefined ? rows[i].Growth.Value : null;
            Assert.Equal(expected, growth.GetValue(i));
            Assert.Equal(expected, frameGrowth[i]);
        }
        Assert.Equal(18.2m, Math.Round(rows[1].Growth.Value, 1));
    }
}
