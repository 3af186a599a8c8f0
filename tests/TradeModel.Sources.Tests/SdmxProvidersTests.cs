using TradeModel.Sources.Sdmx;

namespace TradeModel.Sources.Tests;

/// <summary>The six SDMX services TradeModel knows, and how each is asked for data.</summary>
public sealed class SdmxProvidersTests
{
    private static readonly HttpClient Http = new();

    [Fact]
    public void The_registry_has_the_IMF_the_ECB_the_OECD_Eurostat_the_BIS_and_UNSD_each_over_https()
    {
        Assert.Equal(
            ["IMF", "ECB", "OECD", "ESTAT", "BIS", "UNSD"],
            SdmxProviders.All.Select(p => p.Id)
        );
        Assert.All(SdmxProviders.All, p => Assert.Equal("https", p.BaseAddress.Scheme));
        Assert.All(
            SdmxProviders.All,
            p => Assert.EndsWith("/", p.BaseAddress.AbsolutePath, StringComparison.Ordinal)
        );
        Assert.Same(SdmxProviders.Eurostat, SdmxProviders.Find("eurostat"));
        Assert.Same(SdmxProviders.Oecd, SdmxProviders.Find("OECD"));
    }

    [Fact]
    public void An_unknown_provider_is_refused_with_the_known_ones()
    {
        var e = Assert.Throws<ArgumentException>(() => SdmxProviders.Find("WTO"));

        Assert.Contains("'WTO'", e.Message, StringComparison.Ordinal);
        Assert.Contains("IMF, ECB, OECD, ESTAT, BIS, UNSD", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_SDMX_2_1_data_query_names_the_flow_the_key_and_the_periods()
    {
        var client = new SdmxClient(Http, SdmxProviders.Ecb);
        var query = new SdmxDataQuery(SdmxFlowRef.Parse("ECB,EXR,1.0"), "D.USD+JPY.EUR.SP00.A")
        {
            Start = ReferencePeriod.Parse("2024-01", null),
            End = ReferencePeriod.Parse("2024-06", null),
        };

        Assert.Equal(
            "https://data-api.ecb.europa.eu/service/data/ECB,EXR,1.0/D.USD+JPY.EUR.SP00.A?startPeriod=2024-M01&endPeriod=2024-M06",
            client.DataAddress(query).ToString()
        );
        Assert.Equal(
            "https://data-api.ecb.europa.eu/service/data/ECB,EXR/all",
            client.DataAddress(new SdmxDataQuery(new SdmxFlowRef(null, "EXR"))).ToString()
        );
    }

    [Fact]
    public void An_SDMX_3_0_data_query_writes_any_value_as_a_star_and_the_periods_as_a_time_filter()
    {
        var client = new SdmxClient(Http, SdmxProviders.Imf);
        var query = new SdmxDataQuery(SdmxFlowRef.Parse("IMF.STA,BOP"), "CN..S.A")
        {
            Start = ReferencePeriod.ForYear(2020),
            End = ReferencePeriod.ForYear(2024),
        };

        Assert.Equal(
            "https://api.imf.org/external/sdmx/3.0/data/dataflow/IMF.STA/BOP/~/CN.*.S.A?c[TIME_PERIOD]=ge:2020+le:2024",
            Uri.UnescapeDataString(client.DataAddress(query).ToString())
        );
    }

    [Fact]
    public void Eurostat_is_asked_for_CSV_by_its_format_parameter_and_refuses_JSON_by_name()
    {
        var client = new SdmxClient(Http, SdmxProviders.Eurostat);
        var query = new SdmxDataQuery(
            SdmxFlowRef.Parse("ESTAT,BOP_ITS6_DET,1.0"),
            "A.MIO_EUR.S.CN.DE"
        );

        Assert.EndsWith(
            "?format=SDMX-CSV",
            client.DataAddress(query).ToString(),
            StringComparison.Ordinal
        );
        var e = Assert.Throws<NotSupportedException>(() =>
            client.DataAddress(query with { Format = SdmxFormat.Json })
        );
        Assert.Contains(
            "ESTAT gives no SDMX-JSON data; it gives SDMX-CSV",
            e.Message,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("EXR", null, "EXR", null)]
    [InlineData("ECB,EXR", "ECB", "EXR", null)]
    [InlineData("ECB,EXR,1.0", "ECB", "EXR", "1.0")]
    [InlineData(",EXR,1.0", null, "EXR", "1.0")]
    public void A_dataflow_reference_reads_as_SDMX_writes_it(
        string text,
        string? agency,
        string id,
        string? version
    )
    {
        var flow = SdmxFlowRef.Parse(text);

        Assert.Equal(new SdmxFlowRef(agency, id, version), flow);
        Assert.Equal(text, flow.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("A,B,C,D")]
    [InlineData("ECB,,1.0")]
    public void A_malformed_dataflow_reference_is_refused_with_its_text(string text)
    {
        var e = Assert.Throws<FormatException>(() => SdmxFlowRef.Parse(text));

        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
    }
}
