using TradeModel.Sources.Sdmx;

namespace TradeModel.Sources.Tests.Support;

/// <summary>The messages the local server answers with, and clients pointed at it.</summary>
internal static class Fixtures
{
    internal const string CsvType = "application/vnd.sdmx.data+csv";

    internal static readonly SdmxFlowRef Services = SdmxFlowRef.Parse("TM,BOP_SERVICES,1.0");

    internal static string Text(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    /// <summary>Options that retry quickly, so that the tests wait little.</summary>
    internal static SourceOptions Quick { get; } =
        new() { RetryDelay = TimeSpan.FromMilliseconds(20), Retries = 3 };

    /// <summary>A client of an SDMX 2.1 service (the ECB's settings) at the local server.</summary>
    internal static SdmxClient V21(
        HttpClient http,
        LocalServer server,
        SourceOptions? options = null
    ) => new(http, SdmxProviders.Ecb with { BaseAddress = server.Address }, options ?? Quick);

    /// <summary>A client of an SDMX 3.0 service (the IMF's settings) at the local server.</summary>
    internal static SdmxClient V30(
        HttpClient http,
        LocalServer server,
        SourceOptions? options = null
    ) => new(http, SdmxProviders.Imf with { BaseAddress = server.Address }, options ?? Quick);
}
