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
        Economy[] members
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
            ?? m49 switch
            {
                1 => "WLD",
                { } region => region.ToString("000", CultureInfo.InvariantCulture),
                null => null,
            };
    }

    /// <summary>The World (M49 001; UN Comtrade 0).</summary>
    public static Economy World => Registry.Value.World;

    /// <summary>Every country or area of ISO 3166-1, ordered by alpha-3 code.</summary>
    public static IReadOnlyList<Economy> Countries => Registry.Value.Countries;

    /// <summary>
    /// The code that identifies the economy, in JSON and in <see cref="FromCode"/>: the ISO 3166-1 alpha-3 code of a
    /// country or area ("CHN"), "WLD" for the World, the three-digit M49 code of a region ("142" for Asia); null for
    /// a group made with <see cref="DefineGroup"/>, which has no code.
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
    public bool IsGroup => Alpha3 is null;

    /// <summary>The countries or areas of a group; empty for a country or area.</summary>
    public IReadOnlyList<Economy> Members { get; }

    /// <summary>The M49 regions a country or area belongs to, from the widest (Asia) to the narrowest (Eastern Asia).</summary>
    public IReadOnlyList<Economy> Regions { get; private set; } = [];

    /// <summary>The UN Comtrade reporter code: the ISO numeric code except for the few economies Comtrade codes differently, and 0 for the World.</summary>
    public int? ComtradeCode =>
        ReferenceEquals(this, World) ? 0
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

    /// <summary>Finds an economy by UN Comtrade reporter or partner code (France 251, USA 842, World 0…; otherwise ISO numeric).</summary>
    /// <param name="code">The Comtrade code.</param>
    /// <returns>The economy.</returns>
    /// <exception cref="ArgumentException">No economy has that code.</exception>
    public static Economy FromComtradeCode(int code)
    {
        if (code == 0)
        {
            return World;
        }
        if (
            EconomyRegistry.ComtradeCodes.FirstOrDefault(p => p.Value == code) is
            { Key: not null } special
        )
        {
            return FromCode(special.Key);
        }
        return Registry.Value.ByNumber.TryGetValue(code, out var economy) && !economy.IsGroup
            ? economy
            : throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{code} is not a UN Comtrade code of an economy."
                ),
                nameof(code)
            );
    }

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
