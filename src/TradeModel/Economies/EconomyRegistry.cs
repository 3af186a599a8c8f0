using System.Globalization;
using TradeModel.Internal;

namespace TradeModel.Economies;

/// <summary>The economies of the embedded ISO 3166 / M49 table, their M49 regions, and the World.</summary>
internal sealed class EconomyRegistry
{
    /// <summary>UN Comtrade's reporter codes where they differ from ISO 3166-1 numeric.</summary>
    internal static readonly Dictionary<string, int> ComtradeCodes = new(StringComparer.Ordinal)
    {
        ["FRA"] = 251,
        ["ITA"] = 381,
        ["USA"] = 842,
        ["CHE"] = 757,
        ["IND"] = 699,
        ["NOR"] = 579,
    };

    private EconomyRegistry(
        Economy world,
        Economy[] countries,
        Dictionary<string, Economy> byCode,
        Dictionary<int, Economy> byNumber,
        (Economy Area, int Code)[] areas
    )
    {
        World = world;
        Countries = countries;
        ByCode = byCode;
        ByNumber = byNumber;
        ByComtrade = new Dictionary<int, Economy> { [0] = world };
        // Not through Economy.ComtradeCode, which needs the registry being built here.
        foreach (var country in countries)
        {
            var comtrade = ComtradeCodes.TryGetValue(country.Alpha3!, out var own)
                ? own
                : country.NumericCode;
            if (comtrade is { } code)
            {
                ByComtrade.TryAdd(code, country);
            }
        }
        // Comtrade never uses the ISO numeric codes of the countries it codes differently (250 for France), so those
        // still find the country.
        foreach (var country in countries)
        {
            if (country.NumericCode is { } numeric)
            {
                ByComtrade.TryAdd(numeric, country);
            }
        }
        foreach (var (area, code) in areas)
        {
            ByComtrade.Add(code, area);
            byCode.Add(area.Code!, area);
        }
        Areas = [.. areas.Select(a => a.Area)];
        foreach (
            var economy in byNumber.Values.Concat(countries).Concat(Areas).Append(world).Distinct()
        )
        {
            economy.Register();
        }
    }

    internal Economy World { get; }

    internal Economy[] Countries { get; }

    internal Dictionary<string, Economy> ByCode { get; }

    internal Dictionary<int, Economy> ByNumber { get; }

    internal Economy[] Areas { get; }

    /// <summary>Every economy by UN Comtrade code: countries (by Comtrade's own code where it differs), areas, the World.</summary>
    internal Dictionary<int, Economy> ByComtrade { get; }

    internal static EconomyRegistry Load()
    {
        var table = new Table(EmbeddedData.ReadCsv("iso3166-country-codes.csv"));
        var countries = table.Rows.Select(table.Country).ToArray();
        var regions = LinkRegions(table, countries);
        var world = new Economy(null, null, null, 1, "World", countries);
        var (byCode, byNumber) = Index(world, countries, regions);
        var areas = EmbeddedData
            .ReadCsv("comtrade-areas.csv")
            .Skip(1)
            .Select(r =>
            {
                var code = ParseCode(r[0])!.Value;
                return (new Economy(null, null, null, null, r[2], [], r[1], code), code);
            })
            .ToArray();
        return new EconomyRegistry(
            world,
            [.. countries.OrderBy(c => c.Alpha3, StringComparer.Ordinal)],
            byCode,
            byNumber,
            areas
        );
    }

    /// <summary>Makes the M49 regions named in the table's region columns, and links each country to its regions.</summary>
    private static Dictionary<int, Economy> LinkRegions(Table table, Economy[] countries)
    {
        var regionRows = new Dictionary<int, (string Name, List<int> Rows)>();
        var regionCodesOf = new List<int>[countries.Length];
        for (var i = 0; i < countries.Length; i++)
        {
            regionCodesOf[i] = [];
            foreach (var (regionCode, regionName) in table.RegionsOf(i))
            {
                if (!regionRows.TryGetValue(regionCode, out var region))
                {
                    regionRows[regionCode] = region = (regionName, []);
                }
                region.Rows.Add(i);
                regionCodesOf[i].Add(regionCode);
            }
        }
        var regions = regionRows.ToDictionary(
            p => p.Key,
            p => new Economy(
                null,
                null,
                null,
                p.Key,
                p.Value.Name,
                [.. p.Value.Rows.Select(i => countries[i])]
            )
        );
        for (var i = 0; i < countries.Length; i++)
        {
            countries[i].LinkRegions([.. regionCodesOf[i].Select(code => regions[code])]);
        }
        return regions;
    }

    private static (Dictionary<string, Economy>, Dictionary<int, Economy>) Index(
        Economy world,
        Economy[] countries,
        Dictionary<int, Economy> regions
    )
    {
        var byCode = new Dictionary<string, Economy>(StringComparer.OrdinalIgnoreCase)
        {
            ["WLD"] = world,
            ["World"] = world,
        };
        var byNumber = new Dictionary<int, Economy> { [1] = world };
        foreach (var country in countries)
        {
            byCode[country.Alpha3!] = country;
            if (country.Alpha2 is { Length: 2 } a2)
            {
                byCode[a2] = country;
            }
            if (country.NumericCode is { } n)
            {
                byNumber[n] = country;
            }
        }
        foreach (var (code, region) in regions)
        {
            byNumber.TryAdd(code, region);
        }
        return (byCode, byNumber);
    }

    private static int? ParseCode(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The embedded ISO 3166 / M49 table: its rows of countries and areas, and its columns by name.</summary>
    private sealed class Table
    {
        private readonly int alpha2;
        private readonly int alpha3;
        private readonly int numeric;
        private readonly int m49;
        private readonly int name;
        private readonly int display;
        private readonly (int Code, int Name)[] regionColumns;

        internal Table(List<string[]> rows)
        {
            var header = rows[0];
            int Column(string column) => Array.IndexOf(header, column);
            alpha2 = Column("ISO3166-1-Alpha-2");
            alpha3 = Column("ISO3166-1-Alpha-3");
            numeric = Column("ISO3166-1-numeric");
            m49 = Column("M49");
            name = Column("official_name_en");
            display = Column("CLDR display name");
            regionColumns =
            [
                (Column("Region Code"), Column("Region Name")),
                (Column("Sub-region Code"), Column("Sub-region Name")),
                (Column("Intermediate Region Code"), Column("Intermediate Region Name")),
            ];
            Rows = [.. rows.Skip(1).Where(r => r[alpha3].Length == 3)];
        }

        internal List<string[]> Rows { get; }

        internal Economy Country(string[] row) =>
            new(
                row[alpha2].Length == 2 ? row[alpha2] : null,
                row[alpha3],
                ParseCode(row[numeric]),
                ParseCode(row[m49]),
                row[name].Length > 0 ? row[name] : row[display],
                []
            );

        internal IEnumerable<(int Code, string Name)> RegionsOf(int index)
        {
            foreach (var (code, regionName) in regionColumns)
            {
                if (ParseCode(Rows[index][code]) is { } regionCode)
                {
                    yield return (regionCode, Rows[index][regionName]);
                }
            }
        }
    }
}
