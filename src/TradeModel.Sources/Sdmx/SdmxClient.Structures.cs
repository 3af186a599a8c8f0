namespace TradeModel.Sources.Sdmx;

/// <summary>Structure queries: what the service publishes, and the dimensions and codes of a dataflow.</summary>
public sealed partial class SdmxClient
{
    /// <summary>The dataflows an agency maintains (the provider's agency when null), with their names.</summary>
    /// <param name="agency">The agency, or null for <see cref="SdmxProvider.Agency"/>.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The dataflows.</returns>
    /// <exception cref="SourceException">The service failed after the retries, or did not answer with a structure message.</exception>
    public async Task<SourceResponse<IReadOnlyList<SdmxDataflow>>> GetDataflowsAsync(
        string? agency = null,
        CancellationToken cancellationToken = default
    )
    {
        var address = StructureAddress("dataflow", agency ?? Provider.Agency, null, null, false);
        return await StructureAsync(
                address,
                (message, _) => StructureMessage.Dataflows(message),
                cancellationToken
            )
            .ConfigureAwait(false);
    }

    /// <summary>
    /// A dataflow's structure: its dimensions in key order with their codes (asked with all its references), from
    /// which <see cref="SdmxDataStructure.Key"/> builds a checked key.
    /// </summary>
    /// <param name="flow">The dataflow.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The structure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="flow"/> is null.</exception>
    /// <exception cref="SourceException">The service failed after the retries, or its answer lacks the dataflow or its structure.</exception>
    public async Task<SourceResponse<SdmxDataStructure>> GetDataStructureAsync(
        SdmxFlowRef flow,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(flow);
        var address = StructureAddress(
            "dataflow",
            flow.Agency ?? Provider.Agency,
            flow.Id,
            flow.Version,
            references: true
        );
        return await StructureAsync(
                address,
                (message, _) => StructureMessage.Structure(message, flow, address),
                cancellationToken
            )
            .ConfigureAwait(false);
    }

    /// <summary>A codelist with its codes and their names.</summary>
    /// <param name="agency">Its agency.</param>
    /// <param name="id">Its id (<c>CL_FREQ</c>).</param>
    /// <param name="version">Its version, or null for the latest.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The codelist.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agency"/> or <paramref name="id"/> is null.</exception>
    /// <exception cref="SourceException">The service failed after the retries, or its answer has no such codelist.</exception>
    public async Task<SourceResponse<SdmxCodelist>> GetCodelistAsync(
        string agency,
        string id,
        string? version = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(id);
        var address = StructureAddress("codelist", agency, id, version, false);
        return await StructureAsync(
                address,
                (message, attempts) =>
                    StructureMessage.Codelists(message).FirstOrDefault(c => c.Id == id)
                    ?? throw new SourceException(
                        $"{address} answered without the codelist {agency}:{id}.",
                        address,
                        null,
                        attempts
                    ),
                cancellationToken
            )
            .ConfigureAwait(false);
    }

    /// <summary>Fetches a structure message and reads from it what <paramref name="read"/> takes (given the calls made).</summary>
    private async Task<SourceResponse<T>> StructureAsync<T>(
        Uri address,
        Func<System.Xml.Linq.XDocument, int, T> read,
        CancellationToken cancellationToken
    )
    {
        var fetched = await fetcher
            .GetAsync(address, StructureMediaType, null, null, cancellationToken)
            .ConfigureAwait(false);
        var message = StructureMessage.Parse(fetched.Body, address);
        return new SourceResponse<T>(
            read(message, fetched.Attempts),
            address,
            fetched.FetchedAt,
            fetched.FromCache,
            fetched.Attempts
        );
    }

    private string StructureMediaType =>
        Provider.Version == SdmxApiVersion.V21
            ? "application/vnd.sdmx.structure+xml;version=2.1"
            : "application/vnd.sdmx.structure+xml;version=3.0.0";

    /// <summary>
    /// <c>{type}/{agency}/{id}/{version}</c> (SDMX 2.1: <c>all</c> and <c>latest</c> for any; 3.0: under
    /// <c>structure/</c>, <c>*</c> and <c>~</c>).
    /// </summary>
    private Uri StructureAddress(
        string type,
        string agency,
        string? id,
        string? version,
        bool references
    )
    {
        var v21 = Provider.Version == SdmxApiVersion.V21;
        var path =
            $"{(v21 ? "" : "structure/")}{type}/{Escape(agency)}/{Escape(id ?? (v21 ? "all" : "*"))}/{Escape(version ?? (v21 ? "latest" : "~"))}";
        return Address(path, references ? ["references=all"] : []);
    }
}
