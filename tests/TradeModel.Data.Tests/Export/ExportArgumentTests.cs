using TradeModel.Analysis;
using TradeModel.Data.Export;
using TradeModel.Flows;
using TradeModel.Releases;

namespace TradeModel.Data.Tests.Export;

/// <summary>Every export names the argument it is missing.</summary>
public sealed class ExportArgumentTests
{
    [Fact]
    public async Task Every_export_names_a_missing_argument()
    {
        var flows = FlowExportTests.Flows("baci");
        var cube = flows.Aggregate(FlowQuery.By(FlowDimension.Reporter));
        IReadOnlyList<ReleaseRow> rows = [];
        var token = TestContext.Current.CancellationToken;

        Assert.Equal(
            "cube",
            Assert
                .Throws<ArgumentNullException>(() => ((FlowCube)null!).WriteCsv(TextWriter.Null))
                .ParamName
        );
        Assert.Equal(
            "writer",
            Assert.Throws<ArgumentNullException>(() => cube.WriteCsv(null!)).ParamName
        );
        Assert.Equal(
            "cube",
            Assert.Throws<ArgumentNullException>(() => ((FlowCube)null!).ToRecordBatch()).ParamName
        );
        Assert.Equal(
            "cube",
            Assert.Throws<ArgumentNullException>(() => ((FlowCube)null!).ToDataFrame()).ParamName
        );
        Assert.Equal(
            "stream",
            (
                await Assert.ThrowsAsync<ArgumentNullException>(() =>
                    cube.WriteExcelAsync(null!, cancellationToken: token)
                )
            ).ParamName
        );
        Assert.Equal(
            "flows",
            Assert
                .Throws<ArgumentNullException>(() =>
                    ((TradeFlowCollection)null!).WriteCsv(TextWriter.Null)
                )
                .ParamName
        );
        Assert.Equal(
            "writer",
            Assert.Throws<ArgumentNullException>(() => flows.WriteCsv(null!)).ParamName
        );
        Assert.Equal(
            "flows",
            Assert
                .Throws<ArgumentNullException>(() => ((TradeFlowCollection)null!).ToRecordBatch())
                .ParamName
        );
        Assert.Equal(
            "flows",
            Assert
                .Throws<ArgumentNullException>(() => ((TradeFlowCollection)null!).ToDataFrame())
                .ParamName
        );
        Assert.Equal(
            "stream",
            (
                await Assert.ThrowsAsync<ArgumentNullException>(() =>
                    flows.WriteExcelAsync(null!, cancellationToken: token)
                )
            ).ParamName
        );
        Assert.Equal(
            "rows",
            Assert
                .Throws<ArgumentNullException>(() =>
                    ((IReadOnlyList<ReleaseRow>)null!).WriteCsv(TextWriter.Null)
                )
                .ParamName
        );
        Assert.Equal(
            "writer",
            Assert.Throws<ArgumentNullException>(() => rows.WriteCsv(null!)).ParamName
        );
        Assert.Equal(
            "rows",
            Assert
                .Throws<ArgumentNullException>(() =>
                    ((IReadOnlyList<ReleaseRow>)null!).ToRecordBatch()
                )
                .ParamName
        );
        Assert.Equal(
            "rows",
            Assert
                .Throws<ArgumentNullException>(() =>
                    ((IReadOnlyList<ReleaseRow>)null!).ToDataFrame()
                )
                .ParamName
        );
        Assert.Equal(
            "stream",
            (
                await Assert.ThrowsAsync<ArgumentNullException>(() =>
                    rows.WriteExcelAsync(null!, cancellationToken: token)
                )
            ).ParamName
        );
    }
}
