using System.Globalization;
using TradeModel.Internal;

namespace TradeModel.Economies;

/// <summary>
/// A reporter or partner of trade: a country or area of ISO 3166-1 / UN M49, an M49 region (Asia, Eastern Asia…),
/// the World, or a group of economies defined by the user.
/// </summary>
/// <remarks>
/// Economies are created once by the registry and compared by reference. UN Comtrade uses its own numeric codes
/// for a few reporters (France 251, Italy 381, USA 842, Switzerland 757, India 699, Norway 579) and 0 for the
/// World; <see cref="FromComtradeCode"/> maps them, where a plain ISO lookup would silently find nothing.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(EconomyJsonConverter))]
public sealed class Economy
{
    private static readonly Lazy<EconomyRegistry> Registry = new(EconomyRegistry.Load);

    internal Economy(
        string? alpha2,
        string? alpha3,
        int? numericCode,
        int? m49,
        string name,
        Economy[] members,
        string? areaCode = null,
        int? comtradeCode = null
    )
    {
        Alpha2 = alpha2;
        Alpha3 = alpha3;
        NumericCode = numericCode;
        M49 = m49;
        Name = name;
        Members = members;
        Code =
            alpha3
            ?? areaCode
            ?? m49 switch
            {
                1 => "WLD",
                { } region => region.ToString("000", CultureInfo.InvariantCulture),
                null => null,
            };
        areaComtradeCode = comtradeCode;
    }

    private readonly int? areaComtradeCode;

    private static int nextIndex = -1;

    /// <summary>
    /// A small number unique to each economy the registry made (countries, regions, the World, Comtrade areas), from
    /// 0; −1 for groups defined by users. Lets collections map economies to dense codes through an array.
    /// </summary>
    internal int RegistryIndex { get; private set; } = -1;

    /// <summary>Numbers the registry's economies, once each, as the registry makes them.</summary>
    internal void Register() => RegistryIndex = Interlocked.Increment(ref nextIndex);

    /// <summary>The World (M49 001; UN Comtrade 0).</summary>
    public static Economy World => Registry.Value.World;

    /// <summary>Every country or area of ISO 3166-1, ordered by alpha-3 code.</summary>
    public static IReadOnlyList<Economy> Countries => Registry.Value.Countries;

    /// <summary>
    /// The code that identifies the economy, in JSON and in <see cref="FromCode"/>: the ISO 3166-1 alpha-3 code of a
    /// country or area ("CHN"), "WLD" for the World, the three-digit M49 code of a region ("142" for Asia), the code
    /// of a UN Comtrade area that is no ISO 3166-1 country ("S19" for Comtrade's 490, "Other Asia, nes"; "SUN" for the
    /// USSR; see <see cref="ComtradeAreas"/>); null for a group made with <see cref="DefineGroup"/>, which has no code.
    /// </summary>
    public string? Code { get; }

    /// <summary>The ISO 3166-1 alpha-2 code ("CN"), or null for a region or group.</summary>
    public string? Alpha2 { get; }

    /// <summary>The ISO 3166-1 alpha-3 code ("CHN"), or null for a region or group.</summary>
    public string? Alpha3 { get; }

    /// <summary>The ISO 3166-1 numeric code (156), or null for a region or group.</summary>
    public int? NumericCode { get; }

    /// <summary>The UN M49 code (156 for China, 142 for Asia, 1 for the World), or null for a user-defined group.</summary>
    public int? M49 { get; }

    /// <summary>The English name.</summary>
    public string Name { get; }

    /// <summary>Whether this is a group of economies (a region, the World, or a user-defined group) rather than a country or area.</summary>
    public bool IsGroup => Members.Count > 0;

    /// <summary>
    /// The UN Comtrade areas that are no ISO 3166-1 country: former economies and joint reporters of older years
    /// (Belgium-Luxembourg 58, Czechoslovakia 200, the USSR 810, Serbia and Montenegro 891…) and 490, "Other Asia, not
    /// elsewhere specified", under which Comtrade and BACI report Taiwan's trade (kept as its own area, not mapped to
    /// Taiwan). They are found by <see cref="FromComtradeCode"/> and by their <see cref="Code"/>.
    /// </summary>
    public static IReadOnlyList<Economy> ComtradeAreas => Registry.Value.Areas;

    /// <summary>The countries or areas of a group; empty for a country or area.</summary>
    public IReadOnlyList<Economy> Members { get; }

    /// <summary>The M49 regions a country or area belongs to, from the widest (Asia) to the narrowest (Eastern Asia).</summary>
    public IReadOnlyList<Economy> Regions { get; private set; } = [];

    /// <summary>The UN Comtrade reporter code: the ISO numeric code except for the few economies Comtrade codes differently, and 0 for the World.</summary>
    public int? ComtradeCode =>
        areaComtradeCode is { } area ? area
        : ReferenceEquals(this, World) ? 0
        : Alpha3 is not null && EconomyRegistry.ComtradeCodes.TryGetValue(Alpha3, out var code)
            ? code
        : NumericCode;

    /// <summary>
    /// Finds an economy by ISO 3166-1 alpha-2 ("CN") or alpha-3 ("CHN") code, ignoring case, by ISO numeric or M49
    /// code written in digits ("156", "004", "142" for Asia), or "WLD"/"World" for the World.
    /// </summary>
    /// <param name="code">The code.</param>
    /// <returns>The economy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No economy has that code; the message names it.</exception>
    public static Economy FromCode(string code)
    {
        Preconditions.CheckNotNull(code);
        return TryFromCode(code, out var economy)
            ? economy
            : throw new ArgumentException(
                $"'{code}' is not an ISO 3166-1 or M49 code of an economy.",
                nameof(code)
            );
    }

    /// <summary>Tries to find an economy by code; see <see cref="FromCode"/>.</summary>
    /// <param name="code">The code.</param>
    /// <param name="economy">The economy, or null.</param>
    /// <returns>Whether one was found.</returns>
    public static bool TryFromCode(
        string? code,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Economy? economy
    )
    {
        economy = null;
        if (code is null)
        {
            return false;
        }
        var trimmed = code.Trim();
        if (trimmed.Length > 0 && trimmed.All(char.IsAsciiDigit))
        {
            return int.TryParse(
                    trimmed,
                    NumberStyles.None,
                    CultureInfo.InvariantCulture,
                    out var number
                ) && Registry.Value.ByNumber.TryGetValue(number, out economy);
        }
        return Registry.Value.ByCode.TryGetValue(trimmed, out economy);
    }

    /// <summary>
    /// Finds an economy by UN Comtrade (or BACI) reporter or partner code: 0 for the World, Comtrade's own codes for a
    /// few countries (France 251, Italy 381, Norway 579, India 699, Switzerland 757, USA 842), the areas of
    /// <see cref="ComtradeAreas"/> (490 "Other Asia, nes", 58 Belgium-Luxembourg…), and otherwise the ISO 3166-1 numeric
    /// code.
    /// </summary>
    /// <param name="code">The Comtrade code.</param>
    /// <returns>The economy.</returns>
    /// <exception cref="ArgumentException">No economy has that code; the message names it.</exception>
    public static Economy FromComtradeCode(int code) =>
        TryFromComtradeCode(code, out var economy)
            ? economy
            : throw new ArgumentException(
                Errors.Format($"{code} is not a UN Comtrade code of an economy."),
                nameof(code)
            );

    /// <summary>Tries to find an economy by UN Comtrade code, in constant time; see <see cref="FromComtradeCode"/>.</summary>
    /// <param name="code">The Comtrade code.</param>
    /// <param name="economy">The economy, or null.</param>
    /// <returns>Whether one has that code.</returns>
    public static bool TryFromComtradeCode(
        int code,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Economy? economy
    ) => Registry.Value.ByComtrade.TryGetValue(code, out economy);

    /// <summary>Defines a group of economies, such as a trade bloc, for use as a partner or reporter.</summary>
    /// <param name="name">The group's name.</param>
    /// <param name="members">Its members: countries or areas, or groups (whose members are taken).</param>
    /// <returns>The group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="members"/> is null.</exception>
    /// <exception cref="ArgumentException">The name is empty, there are no members, or a member is null (the message gives its position).</exception>
    public static Economy DefineGroup(string name, IEnumerable<Economy> members)
    {
        Preconditions.CheckNotNull(name);
        var given = Preconditions.CheckNoNulls(members);
        Preconditions.CheckArgument(name.Trim().Length > 0, nameof(name), "A group needs a name.");
        var flat = given.SelectMany(m => m.IsGroup ? m.Members : [m]).Distinct().ToArray();
        Preconditions.CheckArgument(
            flat.Length > 0,
            nameof(members),
            $"The group '{name}' has no members."
        );
        return new Economy(null, null, null, null, name, flat);
    }

    /// <summary>Whether an economy is this one or, for a group, one of its members.</summary>
    /// <param name="economy">The economy.</param>
    /// <returns>Whether it is covered.</returns>
    public bool Covers(Economy economy)
    {
        Preconditions.CheckNotNull(economy);
        return ReferenceEquals(this, economy) || (IsGroup && Members.Contains(economy));
    }

    /// <summary>Sets the regions of a country once the regions exist (they list the country among their members).</summary>
    internal void LinkRegions(Economy[] regions) => Regions = regions;

    /// <summary>The alpha-3 code and name ("CHN China"), or the name of a group.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Alpha3 is null ? Name : $"{Alpha3} {Name}";
}
