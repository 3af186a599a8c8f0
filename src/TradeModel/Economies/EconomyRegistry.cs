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
        Dictionary<int, Economy> byNumber
    )
    {
        World = world;
        Countries = countries;
        ByCode = byCode;
        ByNumber = byNumber;
    }

    internal Economy World { get; }

    internal Economy[] Countries { get; }

    internal Dictionary<string, Economy> ByCode { get; }

    internal Dictionary<int, Economy> ByNumber { get; }

    internal static EconomyRegistry Load()
    {
        var rows = EmbeddedData.ReadCsv("iso3166-country-codes.csv");
        var header = rows[0];
        int Column(string name) => Array.IndexOf(header, name);
        int alpha2 = Column("ISO3166-1-Alpha-2"),
            alpha3 = Column("ISO3166-1-Alpha-3"),
            numeric = Column("ISO3166-1-numeric"),
            m49 = Column("M49"),
            name = Column("official_name_en"),
            display = Column("CLDR display name");
        (int Code, int Name)[] regionColumns =
        [
            (Column("Region Code"), Column("Region Name")),
            (Column("Sub-region Code"), Column("Sub-region Name")),
            (Column("Intermediate Region Code"), Column("Intermediate Region Name")),
        ];

        var data = rows.Skip(1).Where(r => r[alpha3].Length == 3).ToList();
        var countries = data.Select(Create).ToArray();
        var regionRows = new Dictionary<int, (string Name, List<int> Rows)>();
        var regionCodesOf = new List<int>[data.Count];
        for (var i = 0; i < data.Count; i++)
        {
            regionCodesOf[i] = [];
            foreach (var (code, regionName) in regionColumns)
            {
                if (
                    int.TryParse(
                        data[i][code],
                        NumberStyles.None,
                        CultureInfo.InvariantCulture,
                        out var regionCode
                    )
                )
                {
                    if (!regionRows.TryGetValue(regionCode, out var region))
                    {
                        regionRows[regionCode] = region = (data[i][regionName], []);
                    }
                    region.Rows.Add(i);
                    regionCodesOf[i].Add(regionCode);
                }
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
        for (var i = 0; i < data.Count; i++)
        {
            countries[i].LinkRegions([.. regionCodesOf[i].Select(code => regions[code])]);
        }
        var world = new Economy(null, null, null, 1, "World", countries);

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
        return new EconomyRegistry(
            world,
            [.. countries.OrderBy(c => c.Alpha3, StringComparer.Ordinal)],
            byCode,
            byNumber
        );

        Economy Create(string[] row)
        {
            var officialName = row[name].Length > 0 ? row[name] : row[display];
            return new Economy(
                row[alpha2].Length == 2 ? row[alpha2] : null,
                row[alpha3],
                int.TryParse(
                    row[numeric],
                    NumberStyles.None,
                    CultureInfo.InvariantCulture,
                    out var n
                )
                    ? n
                    : null,
                int.TryParse(row[m49], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
                    ? m
                    : null,
                officialName,
                []
            );
        }
    }
}
