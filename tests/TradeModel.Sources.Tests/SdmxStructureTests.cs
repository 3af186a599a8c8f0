using TradeModel.Sources.Sdmx;
using TradeModel.Sources.Tests.Support;
using static TradeModel.Sources.Tests.Support.LocalServer;

namespace TradeModel.Sources.Tests;

/// <summary>Structure queries: what a service publishes, and a dataflow's dimensions and codes, to build a key.</summary>
public sealed class SdmxStructureTests : IDisposable
{
    private readonly HttpClient http = new();
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Reply Structure(string version) =>
        new(200, Fixtures.Text($"structure-{version}.xml"), "application/vnd.sdmx.structure+xml");

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task The_dataflows_of_an_agency_come_with_their_English_names_and_structures()
    {
        await using var server = await StartAsync((_, _) => Structure("2.1"));

        var flows = await Fixtures.V21(http, server).GetDataflowsAsync("TM", Token);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/dataflow/TM/all/latest", request.Path);
        Assert.Equal(
            "application/vnd.sdmx.structure+xml;version=2.1",
            request.Headers["Accept"].Replace(" ", "", StringComparison.Ordinal)
        );
        Assert.Equal(
            ["TM,BOP_SERVICES,1.0 Balance of payments: services", "TM,EXR,1.0 Exchange rates"],
            flows.Value.Select(f => f.ToString())
        );
        Assert.Equal(new SdmxFlowRef("TM", "DSD_BOP_SERVICES", "1.0"), flows.Value[0].Structure);
    }

    [Fact]
    public async Task A_dataflows_structure_gives_its_dimensions_in_key_order_with_their_codes_and_builds_a_checked_key()
    {
        await using var server = await StartAsync((_, _) => Structure("2.1"));

        var structure = (
            await Fixtures.V21(http, server).GetDataStructureAsync(Fixtures.Services, Token)
        ).Value;

        Assert.Equal("/dataflow/TM/BOP_SERVICES/1.0", server.Requests[0].Path);
        Assert.Equal("?references=all", server.Requests[0].Query);
        Assert.Equal(
            ["FREQ", "REF_AREA", "COUNTERPART_AREA", "ACCOUNTING_ENTRY", "INT_ACC_ITEM"],
            structure.Dimensions.Select(d => d.Id)
        );
        Assert.Equal("SD Travel", structure.Dimensions[4].Codes!.Find("SD")!.ToString());
        Assert.Equal("A.CN..C+D.SD", structure.Key(["A"], ["CN"], null, ["C", "D"], ["SD"]));
        var wrong = Assert.Throws<ArgumentException>(() =>
            structure.Key(["A"], ["XX"], null, null, null)
        );
        Assert.Contains(
            "'XX' is not a code of REF_AREA (CL_AREA)",
            wrong.Message,
            StringComparison.Ordinal
        );
        var short_ = Assert.Throws<ArgumentException>(() => structure.Key(["A"]));
        Assert.Contains("has 5 dimensions", short_.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_SDMX_3_0_structure_with_URN_references_reads_the_same_way()
    {
        await using var server = await StartAsync((_, _) => Structure("3.0"));

        var structure = (
            await Fixtures
                .V30(http, server)
                .GetDataStructureAsync(SdmxFlowRef.Parse("TM,BOP"), Token)
        ).Value;

        Assert.Equal("/structure/dataflow/TM/BOP/~", server.Requests[0].Path);
        Assert.Equal(
            "application/vnd.sdmx.structure+xml;version=3.0.0",
            server.Requests[0].Headers["Accept"].Replace(" ", "", StringComparison.Ordinal)
        );
        Assert.Equal(["FREQ", "REF_AREA"], structure.Dimensions.Select(d => d.Id));
        Assert.Equal("M Monthly", structure.Dimensions[0].Codes!.Find("M")!.ToString());
        Assert.Equal("China", structure.Dimensions[1].Codes!.Find("CN")!.Name);
    }

    [Fact]
    public async Task A_codelist_comes_with_its_codes_and_a_missing_one_is_named()
    {
        await using var server = await StartAsync((_, _) => Structure("2.1"));
        var client = Fixtures.V21(http, server);

        var frequencies = (await client.GetCodelistAsync("SDMX", "CL_FREQ", "2.0", Token)).Value;
        var e = await Assert.ThrowsAsync<SourceException>(() =>
            client.GetCodelistAsync("TM", "CL_NONE", null, Token)
        );

        Assert.Equal("/codelist/SDMX/CL_FREQ/2.0", server.Requests[0].Path);
        Assert.Equal("SDMX:CL_FREQ(2.0) Frequency", frequencies.ToString());
        Assert.Equal(["A", "Q"], frequencies.Codes.Select(c => c.Id));
        Assert.Contains("without the codelist TM:CL_NONE", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_structure_answer_that_is_not_XML_is_an_error_naming_the_line_and_column()
    {
        await using var server = await StartAsync(
            (_, _) => new Reply(200, "{\"data\": {}}", "application/json")
        );

        var e = await Assert.ThrowsAsync<SourceException>(() =>
            Fixtures.V21(http, server).GetDataflowsAsync(cancellationToken: Token)
        );

        Assert.Contains(
            "did not answer with an SDMX-ML structure message: line 1, column 1",
            e.Message,
            StringComparison.Ordinal
        );
    }
}
