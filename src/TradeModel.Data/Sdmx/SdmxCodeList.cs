using System.Reflection;

namespace TradeModel.Data.Sdmx;

/// <summary>
/// An SDMX code list: its id, version and codes with their English names. The cross-domain lists the readers use
/// (observation and confidentiality status, unit multiplier, decimals) are built in, embedded with their source
/// (<see cref="ObservationStatus"/>, <see cref="ConfidentialityStatus"/>, <see cref="UnitMultiplier"/>,
/// <see cref="Decimals"/>).
/// </summary>
public sealed class SdmxCodeList
{
    private static readonly Lazy<IReadOnlyDictionary<string, SdmxCodeList>> BuiltIn = new(Load);

    private readonly Dictionary<string, string> names;

    private SdmxCodeList(string id, string version, Dictionary<string, string> names)
    {
        Id = id;
        Version = version;
        this.names = names;
    }

    /// <summary>CL_OBS_STATUS 2.0: A normal, B break, D definition differs, E estimated, F forecast, … V unvalidated.</summary>
    public static SdmxCodeList ObservationStatus => BuiltIn.Value["CL_OBS_STATUS"];

    /// <summary>CL_CONF_STATUS 1.0: F free, N not for publication, C confidential, D and S secondary confidentiality.</summary>
    public static SdmxCodeList ConfidentialityStatus => BuiltIn.Value["CL_CONF_STATUS"];

    /// <summary>CL_UNIT_MULT 1.0: 0 units, 3 thousands, 6 millions, 9 billions, 12 trillions, 15 quadrillions…</summary>
    public static SdmxCodeList UnitMultiplier => BuiltIn.Value["CL_UNIT_MULT"];

    /// <summary>CL_DECIMALS 1.0: 0 to 15, the decimals a value is shown with.</summary>
    public static SdmxCodeList Decimals => BuiltIn.Value["CL_DECIMALS"];

    /// <summary>The list's id (CL_OBS_STATUS).</summary>
    public string Id { get; }

    /// <summary>The list's version (2.0).</summary>
    public string Version { get; }

    /// <summary>The codes, in the list's order, with their English names.</summary>
    public IReadOnlyDictionary<string, string> Codes => names;

    /// <summary>Whether the list holds a code (case matters, as in SDMX).</summary>
    /// <param name="code">The code.</param>
    /// <returns>Whether it is one of the list's.</returns>
    public bool Contains(string code) => names.ContainsKey(code);

    /// <summary>The English name of a code, or null when the list does not hold it.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The name, or null.</returns>
    public string? NameOf(string code) => names.GetValueOrDefault(code);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Version}";

    private static Dictionary<string, SdmxCodeList> Load()
    {
        using var stream =
            Assembly
                .GetExecutingAssembly()
                .GetManifestResourceStream("TradeModel.Data.Sdmx.cross-domain.csv")
            ?? throw new InvalidOperationException(
                "The SDMX code lists are missing from the assembly."
            );
        using var csv = Internal.CsvSource.Open(
            stream,
            "cross-domain.csv",
            null,
            leaveOpen: true,
            CancellationToken.None
        );
        var (list, version, code, name) = (
            csv.Column("list"),
            csv.Column("version"),
            csv.Column("code"),
            csv.Column("name")
        );
        var lists = new Dictionary<string, SdmxCodeList>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var id = csv.Text(list);
            if (!lists.TryGetValue(id, out var codes))
            {
                lists[id] = codes = new SdmxCodeList(
                    id,
                    csv.Text(version),
                    new(StringComparer.Ordinal)
                );
            }
            codes.names.Add(csv.Text(code), csv.Text(name));
        }
        return lists;
    }
}
