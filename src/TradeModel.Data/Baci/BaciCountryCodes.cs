using System.Collections;
using System.Globalization;
using TradeModel.Data.Internal;
using TradeModel.Economies;

namespace TradeModel.Data.Baci;

/// <summary>
/// BACI's country list as a typed table (<c>country_codes_V202501.csv</c>: <c>country_code, country_name, country_iso2,
/// country_iso3</c>; older releases' <c>country_name_abbreviation, country_name_full, iso_2digit_alpha,
/// iso_3digit_alpha</c> are read too): each code the release's data files use, with the economy it stands for. It
/// answers both ways: the economy of a code, and the code this release gives an economy, so that flows are written back
/// with the codes the release used (Italy 380, not UN Comtrade's 381).
/// </summary>
public sealed class BaciCountryCodes : IReadOnlyList<BaciCountry>
{
    private readonly List<BaciCountry> rows;
    private readonly Dictionary<int, BaciCountry> byCode;
    private readonly Dictionary<Economy, int> codeOf;

    private BaciCountryCodes(List<BaciCountry> rows)
    {
        this.rows = rows;
        byCode = rows.ToDictionary(r => r.Code);
        codeOf = [];
        foreach (var row in rows)
        {
            if (row.Economy is { } economy)
            {
                codeOf.TryAdd(economy, row.Code);
            }
        }
        Codes = codeOf.ToDictionary(
            p => p.Key,
            p => p.Value.ToString(CultureInfo.InvariantCulture)
        );
    }

    /// <summary>The code this release gives each economy, as text: what <see cref="BaciFile.Write(Flows.TradeFlowCollection, TextWriter, IReadOnlyDictionary{Economy, string})"/> takes.</summary>
    public IReadOnlyDictionary<Economy, string> Codes { get; }

    /// <summary>The number of rows.</summary>
    public int Count => rows.Count;

    /// <summary>A row, in the file's order.</summary>
    /// <param name="index">Its place, from 0.</param>
    public BaciCountry this[int index] => rows[index];

    /// <summary>Reads the list from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFormatException">A column is missing, a code is not a whole number, or a code repeats; the error names the line.</exception>
    public static BaciCountryCodes Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return ReadFrom(stream, Path.GetFileName(path));
    }

    /// <summary>Reads the list from a stream (left open).</summary>
    /// <param name="stream">The CSV text, UTF-8.</param>
    /// <param name="sourceName">The name errors give the source.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFormatException">As for <see cref="Read"/>.</exception>
    public static BaciCountryCodes ReadFrom(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var csv = CsvSource.Open(stream, sourceName, null, true, CancellationToken.None);
        var code = csv.Column("country_code");
        var name = csv.Column("country_name", required: false) is >= 0 and var n
            ? n
            : csv.Column("country_name_full");
        var iso2 = csv.Column("country_iso2", required: false) is >= 0 and var a2
            ? a2
            : csv.Column("iso_2digit_alpha", required: false);
        var iso3 = csv.Column("country_iso3", required: false) is >= 0 and var a3
            ? a3
            : csv.Column("iso_3digit_alpha", required: false);
        var rows = new List<BaciCountry>();
        var seen = new Dictionary<int, long>();
        while (csv.Read())
        {
            if (!csv.HasAllFields())
            {
                continue;
            }
            if (
                !int.TryParse(
                    csv.Field(code).Trim(),
                    NumberStyles.None,
                    CultureInfo.InvariantCulture,
                    out var number
                )
            )
            {
                csv.Fail(code, "is not a BACI country code (a whole number).");
                continue;
            }
            if (seen.TryGetValue(number, out var earlier))
            {
                csv.Fail(
                    code,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"repeats the code of line {earlier}."
                    )
                );
                continue;
            }
            seen[number] = csv.Line;
            var alpha2 = Optional(csv, iso2);
            var alpha3 = Optional(csv, iso3);
            rows.Add(
                new BaciCountry(number, csv.Text(name), alpha2, alpha3, EconomyOf(number, alpha3))
            );
            csv.Accept();
        }
        return new BaciCountryCodes(rows);
    }

    /// <summary>The row of a code, or null when the release has no such code.</summary>
    /// <param name="code">A BACI country code.</param>
    /// <returns>The row, or null.</returns>
    public BaciCountry? Find(int code) => byCode.GetValueOrDefault(code);

    /// <summary>The code this release gives an economy (the first row's, should two rows name it), or null.</summary>
    /// <param name="economy">The economy.</param>
    /// <returns>The code, or null when no row names the economy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="economy"/> is null.</exception>
    public int? CodeOf(Economy economy)
    {
        ArgumentNullException.ThrowIfNull(economy);
        return codeOf.TryGetValue(economy, out var code) ? code : null;
    }

    /// <inheritdoc/>
    public IEnumerator<BaciCountry> GetEnumerator() => rows.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static string? Optional(CsvSource csv, int column) =>
        column >= 0 && csv.Text(column) is { Length: > 0 } and not "NA" and var text ? text : null;

    private static Economy? EconomyOf(int code, string? iso3) =>
        Economy.TryFromComtradeCode(code, out var economy) ? economy
        : iso3 is not null && Economy.TryFromCode(iso3, out var byIso) ? byIso
        : null;
}
