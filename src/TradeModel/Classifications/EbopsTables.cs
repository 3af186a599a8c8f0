using System.Text.RegularExpressions;
using TradeModel.Internal;

namespace TradeModel.Classifications;

/// <summary>
/// Builds EBOPS 2010 from UN Comtrade's two tables, normalising their quirks (each is documented in
/// docs/classifications.md and pinned by a test):
/// <list type="number">
/// <item>SDMX codes are upper-cased (Say → SAY, SDz → SDZ), as BPM6 writes them; lookup ignores case anyway.</item>
/// <item>Names come from the numeric table (the SDMX table cuts them at 50 characters and has stray tabs),
/// without their leading codes and "Of which:" prefixes, white space collapsed.</item>
/// <item>The extended transport modes SC3A–SC3G hang under SC in the source; they break down SC3 (other modes of
/// transport), as their codes say, so they are moved under SC3.</item>
/// <item>The numeric table's misplaced parents (10.1.1.2.1–10.1.1.2.4 under 10.1.1) do not matter: the structure is
/// taken from the SDMX table, and numeric codes become aliases.</item>
/// <item>Relations the tables do not state are set by the structure of EBOPS 2010: memo items (S1–S9, SDZ, the
/// gross premiums and claims SF11Y…SF13Z), "of which" items, and the alternative breakdowns of transport (by mode,
/// by type), other modes of transport (by type, by extended mode) and travel (by purpose, by product).</item>
/// </list>
/// </summary>
internal static partial class EbopsTables
{
    /// <summary>The classification's name, which also identifies it in JSON.</summary>
    internal const string Name = "EBOPS 2010";

    private static readonly Dictionary<
        string,
        (CategoryRelation Relation, string Breakdown)
    > Breakdowns = new()
    {
        ["SC1"] = (CategoryRelation.Part, "by mode"),
        ["SC2"] = (CategoryRelation.Part, "by mode"),
        ["SC3"] = (CategoryRelation.Part, "by mode"),
        ["SC4"] = (CategoryRelation.Part, "by mode"),
        ["SCA"] = (CategoryRelation.AlternativePart, "by type"),
        ["SCB"] = (CategoryRelation.AlternativePart, "by type"),
        ["SCC"] = (CategoryRelation.AlternativePart, "by type"),
        ["SC31"] = (CategoryRelation.Part, "by type"),
        ["SC32"] = (CategoryRelation.Part, "by type"),
        ["SC33"] = (CategoryRelation.Part, "by type"),
        ["SDA"] = (CategoryRelation.Part, "by purpose"),
        ["SDB"] = (CategoryRelation.Part, "by purpose"),
        ["SD1"] = (CategoryRelation.AlternativePart, "by product"),
        ["SD2"] = (CategoryRelation.AlternativePart, "by product"),
        ["SD3"] = (CategoryRelation.AlternativePart, "by product"),
        ["SD4"] = (CategoryRelation.AlternativePart, "by product"),
        ["SD5"] = (CategoryRelation.AlternativePart, "by product"),
    };

    internal static Classification Load()
    {
        var numericNames = EmbeddedData
            .ReadCsv("ebops2010-numeric.csv")
            .Skip(1)
            .ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        var numericOf = EmbeddedData
            .ReadCsv("ebops2010-code-map.csv")
            .Skip(1)
            .ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        var builder = new ClassificationBuilder(Name, "2010");
        var line = 1;
        foreach (var row in EmbeddedData.ReadCsv("ebops2010-sdmx.csv").Skip(1))
        {
            line++;
            var code = row[0].ToUpperInvariant();
            var parent = row[2] == "#" ? null : row[2].ToUpperInvariant();
            if (ExtendedMode().IsMatch(code))
            {
                parent = "SC3";
            }
            var numeric = numericOf[code];
            var fullName = numericNames[numeric];
            var (relation, breakdown) = Relate(code, parent, fullName);
            builder.Add(code, CleanName(fullName), parent, relation, breakdown, [numeric], line);
        }
        return builder.Build();
    }

    private static (CategoryRelation, string?) Relate(string code, string? parent, string fullName)
    {
        if (parent is null)
        {
            return (CategoryRelation.Root, null);
        }
        if (MemoItem().IsMatch(code))
        {
            return (CategoryRelation.Memo, null);
        }
        if (fullName.Contains("Of which", StringComparison.OrdinalIgnoreCase))
        {
            return (CategoryRelation.OfWhich, null);
        }
        if (ExtendedMode().IsMatch(code))
        {
            return (CategoryRelation.AlternativePart, "by extended mode");
        }
        return Breakdowns.TryGetValue(code, out var b)
            ? (b.Relation, b.Breakdown)
            : (CategoryRelation.Part, null);
    }

    private static string CleanName(string text)
    {
        var name = LeadingCode().Replace(text.Trim(), string.Empty);
        name = OfWhich().Replace(name, string.Empty);
        name = LeadingCode().Replace(name, string.Empty);
        return Spaces().Replace(name, " ").Trim();
    }

    [GeneratedRegex(@"^SC3[A-G]$")]
    private static partial Regex ExtendedMode();

    [GeneratedRegex(@"^(S[1-9]|SDZ|SF1[1-3][YZ])$")]
    private static partial Regex MemoItem();

    [GeneratedRegex(@"^\s*(?:[A-Z]?\d*[a-z]?(?:\.\w+)+|\d+)\s+")]
    private static partial Regex LeadingCode();

    [GeneratedRegex(@"^\s*Of which:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex OfWhich();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
