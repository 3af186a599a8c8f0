namespace TradeModel.Sources.Sdmx;

/// <summary>
/// The SDMX services TradeModel knows, as their public documentation describes them: the IMF, the ECB, the OECD,
/// Eurostat, the BIS and UNSD. Each is a plain <see cref="SdmxProvider"/>; pass one to <see cref="SdmxClient"/>.
/// </summary>
public static class SdmxProviders
{
    /// <summary>The International Monetary Fund's SDMX 3.0 API (balance of payments, IFS, DOTS/IMTS).</summary>
    public static SdmxProvider Imf { get; } =
        new(
            "IMF",
            "International Monetary Fund",
            new Uri("https://api.imf.org/external/sdmx/3.0/"),
            SdmxApiVersion.V30,
            "IMF.STA",
            [SdmxFormat.Csv, SdmxFormat.Json],
            null,
            "SDMX 3.0 addresses; dataflows are maintained by IMF divisions (IMF.STA for statistics). The portal asks for a free key for high volumes."
        );

    /// <summary>The European Central Bank's data portal (exchange rates, euro-area balance of payments).</summary>
    public static SdmxProvider Ecb { get; } =
        new(
            "ECB",
            "European Central Bank",
            new Uri("https://data-api.ecb.europa.eu/service/"),
            SdmxApiVersion.V21,
            "ECB",
            [SdmxFormat.Csv, SdmxFormat.Json],
            null,
            "SDMX 2.1; no key. Exchange rates are EXR (key D.USD.EUR.SP00.A for the daily dollar rate)."
        );

    /// <summary>The OECD's Data Explorer API (trade in services by partner, TiVA, BaTIS).</summary>
    public static SdmxProvider Oecd { get; } =
        new(
            "OECD",
            "Organisation for Economic Co-operation and Development",
            new Uri("https://sdmx.oecd.org/public/rest/"),
            SdmxApiVersion.V21,
            "OECD",
            [SdmxFormat.Csv, SdmxFormat.Json],
            null,
            "SDMX 2.1; agencies name the directorate (OECD.SDD.TPS for trade statistics). Calls are rate limited (about 20 a minute from one address): 429 answers are retried."
        );

    /// <summary>Eurostat's SDMX 2.1 dissemination API (EU trade in services, Comext aggregates).</summary>
    public static SdmxProvider Eurostat { get; } =
        new(
            "ESTAT",
            "Eurostat",
            new Uri("https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/"),
            SdmxApiVersion.V21,
            "ESTAT",
            [SdmxFormat.Csv],
            "format=SDMX-CSV",
            "SDMX 2.1; CSV is asked for by the format parameter, and it gives no SDMX-JSON data. Large extractions are answered asynchronously."
        );

    /// <summary>The Bank for International Settlements' statistics API.</summary>
    public static SdmxProvider Bis { get; } =
        new(
            "BIS",
            "Bank for International Settlements",
            new Uri("https://stats.bis.org/api/v1/"),
            SdmxApiVersion.V21,
            "BIS",
            [SdmxFormat.Csv, SdmxFormat.Json],
            null,
            "SDMX 2.1 (api/v1); effective exchange rates are WS_EER."
        );

    /// <summary>The United Nations Statistics Division's SDMX web service.</summary>
    public static SdmxProvider Unsd { get; } =
        new(
            "UNSD",
            "United Nations Statistics Division",
            new Uri("https://data.un.org/ws/rest/"),
            SdmxApiVersion.V21,
            "UNSD",
            [SdmxFormat.Json],
            null,
            "SDMX 2.1; data as SDMX-JSON (and SDMX-ML), no SDMX-CSV."
        );

    /// <summary>All of them, in the order above.</summary>
    public static IReadOnlyList<SdmxProvider> All { get; } = [Imf, Ecb, Oecd, Eurostat, Bis, Unsd];

    /// <summary>The provider of that short name (any case).</summary>
    /// <param name="id">IMF, ECB, OECD, ESTAT (or Eurostat), BIS or UNSD.</param>
    /// <returns>The provider.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException">No provider has that name; the message lists them.</exception>
    public static SdmxProvider Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return All.FirstOrDefault(p =>
                p.Id.Equals(id, StringComparison.OrdinalIgnoreCase)
                || p.Name.Equals(id, StringComparison.OrdinalIgnoreCase)
            )
            ?? throw new ArgumentException(
                $"'{id}' is not a known SDMX provider; the known ones are {string.Join(", ", All.Select(p => p.Id))}.",
                nameof(id)
            );
    }
}
