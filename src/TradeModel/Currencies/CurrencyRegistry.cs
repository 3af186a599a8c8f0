using System.Collections.Concurrent;
using System.Globalization;
using TradeModel.Internal;

namespace TradeModel;

/// <summary>
/// The process-wide currency table: the ISO 4217 registry loaded once from the embedded
/// <c>iso4217-codes-all.csv</c>, plus custom currencies registered at run time.
/// </summary>
/// <remarks>
/// Readers never lock. The registry only grows: registration takes a lock, writes the new entry into spare room of
/// the entries array (or a copy twice the size), publishes the new count, and only then indexes the code, so a
/// reader that finds a code always finds its entry. Each registration costs time independent of how many came before
/// (no rebuild), and a <see cref="Currency"/> (an index into the entries) stays valid for the life of the process.
/// Index 0 is always XXX, which makes <c>default(Currency)</c> "no currency".
/// </remarks>
internal static class CurrencyRegistry
{
    /// <summary>Fund codes (<c>CcyNm IsFund="true"</c> in SIX's list one); the CSV has no fund column.</summary>
    internal static readonly string[] FundCodes =
    [
        "BOV",
        "CHE",
        "CHW",
        "CLF",
        "COU",
        "MXV",
        "USN",
        "UYI",
    ];

    private const int Alpha3Size = 26 * 26 * 26;
    private static readonly Lock Gate = new();

    /// <summary>Index + 1 per three-letter code; 0 means absent. Written under the lock, read without it.</summary>
    private static readonly ushort[] ByAlpha3 = new ushort[Alpha3Size];

    /// <summary>Index + 1 of the current currency per numeric code; 0 means none. Set once, by the ISO load.</summary>
    private static readonly ushort[] CurrentByNumeric = new ushort[1000];

    /// <summary>Custom codes that are not three letters.</summary>
    private static readonly ConcurrentDictionary<string, ushort> Others = new(
        StringComparer.OrdinalIgnoreCase
    );

    // Initialised after the indexes above, which loading fills.
    private static volatile Table current = LoadIso();

    internal static int IsoCount { get; private set; }

    internal static CurrencyData Get(ushort index) => current.Buffer[index];

    internal static IReadOnlyList<CurrencyData> Entries => current.Entries;

    internal static bool TryFind(ReadOnlySpan<char> code, out ushort index)
    {
        if (code.Length == 3)
        {
            var key = Alpha3Key(code);
            if (key >= 0)
            {
                var slot = Volatile.Read(ref ByAlpha3[key]);
                index = slot == 0 ? (ushort)0 : (ushort)(slot - 1);
                return slot != 0;
            }
        }
        if (
            !Others.IsEmpty
            && Others.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code, out index)
        )
        {
            return true;
        }
        index = 0;
        return false;
    }

    internal static bool TryFindCurrentNumeric(int numericCode, out ushort index)
    {
        if ((uint)numericCode < 1000)
        {
            var slot = CurrentByNumeric[numericCode];
            index = slot == 0 ? (ushort)0 : (ushort)(slot - 1);
            return slot != 0;
        }
        index = 0;
        return false;
    }

    internal static ushort Register(string code, string englishName, int? minorUnit)
    {
        lock (Gate)
        {
            var table = current;
            if (TryFind(code, out var existing))
            {
                var data = table.Buffer[existing];
                if (!data.IsCustom)
                {
                    throw CurrencyErrors.CustomCurrencyClashesWithIso(code, nameof(code));
                }
                if (data.EnglishName == englishName && data.MinorUnit == minorUnit)
                {
                    return existing;
                }
                throw CurrencyErrors.CustomCurrencyAlreadyRegistered(data.Code, nameof(code));
            }
            if (table.Count >= ushort.MaxValue)
            {
                throw new InvalidOperationException("The currency registry is full.");
            }
            var canonical = code.ToUpperInvariant();
            var entry = new CurrencyData(
                canonical,
                null,
                minorUnit,
                englishName,
                [],
                false,
                null,
                true
            );
            var index = (ushort)table.Count;
            current = table.Append(entry);
            Index(entry, index);
            return index;
        }
    }

    /// <summary>Maps a three-letter ASCII code to 0..17575, ignoring case; −1 when any character is not a letter.</summary>
    private static int Alpha3Key(ReadOnlySpan<char> code)
    {
        var a = (uint)((code[0] | 0x20) - 'a');
        var b = (uint)((code[1] | 0x20) - 'a');
        var c = (uint)((code[2] | 0x20) - 'a');
        if (a >= 26 || b >= 26 || c >= 26)
        {
            return -1;
        }
        return (int)((a * 26 + b) * 26 + c);
    }

    private static Table LoadIso()
    {
        var rows = EmbeddedData
            .ReadCsv("iso4217-codes-all.csv")
            .Skip(1)
            .Select(f => new IsoRow(
                f[0].Trim(),
                f[1].Trim(),
                f[2].Trim(),
                f[3].Trim(),
                f[4].Trim(),
                f[5].Trim()
            ))
            .Where(r => r.Code.Length > 0)
            .ToList();
        var currencies = rows.GroupBy(r => r.Code, StringComparer.Ordinal).Select(ToData).ToList();
        var xxx = currencies.Single(c => c.Code == "XXX");
        var ordered = new List<CurrencyData> { xxx };
        ordered.AddRange(
            currencies
                .Where(c => c.WithdrawalDate is null && c.Code != "XXX")
                .OrderBy(c => c.Code, StringComparer.Ordinal)
        );
        ordered.AddRange(
            currencies
                .Where(c => c.WithdrawalDate is not null)
                .OrderBy(c => c.Code, StringComparer.Ordinal)
        );
        IsoCount = ordered.Count;
        for (var i = 0; i < ordered.Count; i++)
        {
            Index(ordered[i], (ushort)i);
        }
        return new Table([.. ordered], ordered.Count);
    }

    private static CurrencyData ToData(IGrouping<string, IsoRow> group)
    {
        var currentRows = group.Where(r => r.Withdrawal.Length == 0).ToList();
        var isFund = FundCodes.Contains(group.Key, StringComparer.Ordinal);
        if (currentRows.Count > 0)
        {
            var first = currentRows[0];
            return new CurrencyData(
                group.Key,
                ParseNumeric(first.Numeric),
                ParseMinorUnit(first.MinorUnit),
                first.Name,
                currentRows.Select(r => r.Entity).Distinct(StringComparer.Ordinal).ToArray(),
                isFund,
                null,
                false
            );
        }
        var latest = group
            .OrderByDescending(r => WithdrawalSortKey(r.Withdrawal), StringComparer.Ordinal)
            .First();
        return new CurrencyData(
            group.Key,
            ParseNumeric(latest.Numeric),
            null,
            latest.Name,
            group.Select(r => r.Entity).Distinct(StringComparer.Ordinal).ToArray(),
            isFund,
            latest.Withdrawal,
            false
        );
    }

    /// <summary>"2002-03" sorts as is; "1989 to 1990" sorts by its last year.</summary>
    private static string WithdrawalSortKey(string withdrawal)
    {
        var to = withdrawal.IndexOf(" to ", StringComparison.Ordinal);
        return to < 0 ? withdrawal : withdrawal[(to + 4)..] + "-99";
    }

    private static int? ParseNumeric(string text) =>
        text.Length == 0 ? null : int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int? ParseMinorUnit(string text) =>
        text.Length == 0 || text == "-"
            ? null
            : int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    private sealed record IsoRow(
        string Entity,
        string Name,
        string Code,
        string Numeric,
        string MinorUnit,
        string Withdrawal
    );

    /// <summary>Makes an entry findable by its code (and its numeric code while it is current).</summary>
    private static void Index(CurrencyData data, ushort index)
    {
        var key = data.Code.Length == 3 ? Alpha3Key(data.Code) : -1;
        if (key >= 0)
        {
            Volatile.Write(ref ByAlpha3[key], (ushort)(index + 1));
        }
        else
        {
            Others[data.Code] = index;
        }
        if (data.WithdrawalDate is null && data.NumericCode is { } numeric)
        {
            CurrentByNumeric[numeric] = (ushort)(index + 1);
        }
    }

    /// <summary>The entries published so far: the first <see cref="Count"/> of <see cref="Buffer"/>.</summary>
    private sealed class Table(CurrencyData[] buffer, int count)
    {
        internal CurrencyData[] Buffer { get; } = buffer;

        internal int Count { get; } = count;

        internal IReadOnlyList<CurrencyData> Entries =>
            new ArraySegment<CurrencyData>(Buffer, 0, Count);

        /// <summary>The table with one more entry, written into spare room or a copy twice the size.</summary>
        internal Table Append(CurrencyData entry)
        {
            var target = Buffer;
            if (Count == target.Length)
            {
                target = new CurrencyData[Math.Max(4, target.Length * 2)];
                Array.Copy(Buffer, target, Count);
            }
            target[Count] = entry;
            return new Table(target, Count + 1);
        }
    }
}
