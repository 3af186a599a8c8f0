namespace TradeModel.Data.Tests;

/// <summary>Paths of the fixture files copied beside the tests (see Fixtures/SOURCE.md).</summary>
internal static class Fixture
{
    internal static string Path(string relative) =>
        System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    internal static MemoryStream Text(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Each flow as its JSON record, for comparing collections (flows compare by reference).</summary>
    internal static string[] Rows(IEnumerable<Flows.TradeFlow> flows) =>
        [.. flows.Select(f => System.Text.Json.JsonSerializer.Serialize(f))];

    /// <summary>The flows of one of the fixture files that tests of writers share: "baci", "comtrade" or "sdmx".</summary>
    internal static Flows.TradeFlowCollection SourceFlows(string source)
    {
        var token = TestContext.Current.CancellationToken;
        return source switch
        {
            "baci" => Data
                .Baci.BaciFile.Read(
                    Path("Baci/BACI_HS22_Y2024_V202501.csv"),
                    cancellationToken: token
                )
                .Flows,
            "comtrade" => Data
                .Comtrade.ComtradeFile.Read(
                    Path("Comtrade/comtrade-2024.csv"),
                    cancellationToken: token
                )
                .Flows,
            _ => Data
                .Sdmx.SdmxCsv.Read(Path("Sdmx/bop-services-cn.csv"), cancellationToken: token)
                .Flows,
        };
    }
}
