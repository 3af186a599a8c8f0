namespace TradeModel.Sources.Sdmx;

/// <summary>
/// An SDMX REST service: where it is, which API version it speaks, which data formats it gives and how it is asked for
/// CSV. <see cref="SdmxProviders"/> lists the built-in ones; a provider of your own (a national statistical office,
/// a test server) is a new record.
/// </summary>
/// <param name="Id">A short name (<c>ECB</c>).</param>
/// <param name="Name">The institution's name.</param>
/// <param name="BaseAddress">The REST root, before <c>data/</c> and the structure paths.</param>
/// <param name="Version">The SDMX REST API version of the addresses.</param>
/// <param name="Agency">The agency that maintains most of its dataflows (used when a query names none).</param>
/// <param name="Formats">The data formats it gives.</param>
/// <param name="CsvParameter">
/// A query parameter that asks for SDMX-CSV (<c>format=SDMX-CSV</c> at Eurostat), for a service that does not take it
/// from the Accept header; null when the Accept header is enough.
/// </param>
/// <param name="Notes">What a user should know of the service: its limits and quirks.</param>
public sealed record SdmxProvider(
    string Id,
    string Name,
    Uri BaseAddress,
    SdmxApiVersion Version,
    string Agency,
    IReadOnlyList<SdmxFormat> Formats,
    string? CsvParameter,
    string Notes
)
{
    /// <summary>The provider's short name.</summary>
    /// <returns><see cref="Id"/>.</returns>
    public override string ToString() => Id;
}
