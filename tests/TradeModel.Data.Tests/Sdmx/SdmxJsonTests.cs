using System.Text;
using TradeModel.Data.Sdmx;
using TradeModel.Flows;

namespace TradeModel.Data.Tests.Sdmx;

public sealed class SdmxJsonTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_JSON_message_gives_the_same_flows_as_its_CSV_twin()
    {
        var json = await SdmxJson.ReadAsync(
            Fixture.Path("Sdmx/bop-services-cn.json"),
            cancellationToken: Token
        );
        var csv = SdmxCsv.Read(Fixture.Path("Sdmx/bop-services-cn.csv"), cancellationToken: Token);

        Assert.Equal(Fixture.Rows(csv.Flows).Order(), Fixture.Rows(json.Flows).Order());
        Assert.Equal(9, json.Report.RowsRead);
        Assert.Equal(8, json.Report.Notes["unit multiplier 9"]);
    }

    [Fact]
    public async Task Flat_observations_keyed_by_every_dimension_are_read()
    {
        const string Json = """
            {"dataSets":[{"observations":{"0:0:0:0":[5,0]}}],
             "structure":{"dimensions":{"observation":[{"id":"REF_AREA","values":[{"id":"CHN"}]},{"id":"ACCOUNTING_ENTRY","values":[{"id":"D"}]},{"id":"INT_ACC_ITEM","values":[{"id":"SD"}]},{"id":"TIME_PERIOD","values":[{"id":"2024-Q1"}]}]},
             "attributes":{"observation":[{"id":"OBS_STATUS","values":[{"id":"P"}]}]}}}
            """;

        var flow = (
            await SdmxJson.ReadFromAsync(
                new MemoryStream(Encoding.UTF8.GetBytes(Json)),
                "flat.json",
                new SdmxReadOptions { Currency = Currency.USD },
                Token
            )
        ).Flows.Single();

        Assert.Equal(TradeDirection.Imports, flow.Direction);
        Assert.Equal(ReferencePeriod.ForQuarter(2024, 1), flow.Period);
        Assert.Equal(ObservationStatus.Provisional, flow.Status);
        Assert.Equal(new Money(5m, Currency.USD), flow.Value);
    }

    [Fact]
    public void A_NaN_value_is_missing_as_in_SDMX_CSV_and_never_zero()
    {
        const string Json = """
            {"dataSets":[{"observations":{"0:0:0:0":["NaN"]}}],
             "structure":{"dimensions":{"observation":[{"id":"REF_AREA","values":[{"id":"CHN"}]},{"id":"ACCOUNTING_ENTRY","values":[{"id":"C"}]},{"id":"INT_ACC_ITEM","values":[{"id":"SD"}]},{"id":"TIME_PERIOD","values":[{"id":"2024"}]}]}}}
            """;

        var flow = SdmxJson
            .ReadFrom(
                new MemoryStream(Encoding.UTF8.GetBytes(Json)),
                "nan.json",
                new SdmxReadOptions { Currency = Currency.USD },
                Token
            )
            .Flows.Single();

        Assert.Null(flow.Value);
        Assert.Equal(ObservationStatus.Missing, flow.Status);
    }

    [Fact]
    public async Task A_bad_observation_is_named_by_its_key()
    {
        const string Json = """
            {"dataSets":[{"observations":{"0:0:0:0":[1e-40]}}],
             "structure":{"dimensions":{"observation":[{"id":"REF_AREA","values":[{"id":"CN"}]},{"id":"ACCOUNTING_ENTRY","values":[{"id":"C"}]},{"id":"INT_ACC_ITEM","values":[{"id":"S"}]},{"id":"TIME_PERIOD","values":[{"id":"2024"}]}]}}}
            """;

        var error = await Assert.ThrowsAsync<DataFormatException>(() =>
            SdmxJson.ReadFromAsync(
                new MemoryStream(Encoding.UTF8.GetBytes(Json)),
                "tiny.json",
                new SdmxReadOptions { Currency = Currency.USD },
                Token
            )
        );

        Assert.Equal("OBS_VALUE", error.Error.ColumnName);
        Assert.Contains("observation 0:0:0:0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_that_is_not_JSON_is_an_error_with_its_position()
    {
        var error = await Assert.ThrowsAsync<DataFormatException>(() =>
            SdmxJson.ReadFromAsync(
                new MemoryStream(Encoding.UTF8.GetBytes("{\"dataSets\": [")),
                "cut.json",
                cancellationToken: Token
            )
        );

        Assert.Contains("is not JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writing_then_reading_gives_the_same_flows()
    {
        var flows = SdmxCsv
            .Read(Fixture.Path("Sdmx/bop-services-cn.csv"), cancellationToken: Token)
            .Flows;
        using var json = new MemoryStream();

        await SdmxJson.WriteAsync(flows, json, Token);
        json.Position = 0;
        var again = await SdmxJson.ReadFromAsync(json, "written.json", cancellationToken: Token);

        Assert.Equal(Fixture.Rows(flows).Order(), Fixture.Rows(again.Flows).Order());
        Assert.Equal(flows.Count, again.Report.Accepted);
    }
}
