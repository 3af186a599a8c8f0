using TradeModel.Internal;

namespace TradeModel.Classifications;

/// <summary>
/// Builds HS 2022 from the embedded tables: a TOTAL root, the 21 sections (I–XXI), then chapters, headings and
/// subheadings. The source hangs chapters directly under TOTAL and names each chapter's section in a column; here
/// chapters hang under their sections. UN Comtrade's chapter 99 ("commodities not specified according to kind")
/// belongs to no HS section (its section column says TOTAL): it hangs under a synthetic section,
/// <see cref="NoSection"/>, so that every chapter sits at the same level and every subheading has one section.
/// </summary>
internal static class HsTables
{
    /// <summary>The classification's name, which also identifies it in JSON.</summary>
    internal const string Name = "HS 2022";

    /// <summary>The code of the synthetic section of chapter 99.</summary>
    internal const string NoSection = "NOSECTION";

    internal static Classification Load() => Load(2022);

    /// <summary>
    /// Builds an edition of the HS from its embedded table (<c>hs1992.csv</c> … <c>hs2022.csv</c>, one layout); every
    /// edition takes the section names of the HS 2022 table, since the 21 sections have not changed since 1988.
    /// </summary>
    internal static Classification Load(int year)
    {
        var builder = new ClassificationBuilder(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"HS {year}"),
            year.ToString(System.Globalization.CultureInfo.InvariantCulture)
        )
        {
            Normalizer = Normalize,
        };
        var rows = EmbeddedData.ReadCsv(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"hs{year}.csv")
        );
        var total = rows.Single(r => r[1] == "TOTAL");
        builder.Add(
            "TOTAL",
            total[2],
            null,
            CategoryRelation.Root,
            null,
            [],
            rows.IndexOf(total) + 1
        );
        var sectionLine = 1;
        foreach (var section in EmbeddedData.ReadCsv("hs2022-sections.csv").Skip(1))
        {
            sectionLine++;
            var name = section[1].Trim();
            builder.Add(
                section[0].Trim('\uFEFF').Trim(),
                char.ToUpperInvariant(name[0]) + name[1..],
                "TOTAL",
                CategoryRelation.Part,
                null,
                [],
                sectionLine
            );
        }
        builder.Add(
            NoSection,
            "No HS section: commodities not specified according to kind (UN Comtrade chapter 99)",
            "TOTAL",
            CategoryRelation.Part,
            null,
            [],
            rows.Count + 1
        );
        for (var i = 1; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row[1] == "TOTAL")
            {
                continue;
            }
            var parent = row[4] == "2" ? (row[0] == "TOTAL" ? NoSection : row[0]) : row[3];
            builder.Add(row[1], row[2], parent, CategoryRelation.Part, null, [], i + 1);
        }
        return builder.Build();
    }

    /// <summary>
    /// HS codes are text with leading zeros: dots and spaces are removed ("0101.21" → "010121") and a leading zero
    /// lost by a spreadsheet is restored ("10121" → "010121"); Roman numerals are left to the case-insensitive lookup.
    /// </summary>
    internal static int Normalize(ReadOnlySpan<char> input, Span<char> output)
    {
        var length = 0;
        foreach (var c in input)
        {
            if (c is '.' or ' ')
            {
                continue;
            }
            if (!char.IsAsciiDigit(c) || length >= output.Length - 1)
            {
                return -1;
            }
            output[length++] = c;
        }
        if (length % 2 == 1)
        {
            output[..length].CopyTo(output[1..]);
            output[0] = '0';
            length++;
        }
        return length;
    }
}
