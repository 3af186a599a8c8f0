using System.Text;

namespace TradeModel.Tests.Reliability;

/// <summary>
/// Seeded mutations of valid text: characters inserted (from an alphabet of the characters parsers care about),
/// deleted, replaced, swapped and repeated, runs doubled, texts cut short, and long runs of digits. The same seed
/// gives the same inputs on every run, so a failure is reproducible from its seed and index.
/// </summary>
internal sealed class Mutator(int seed)
{
    private const string Alphabet =
        "0123456789.,-+−'’ \u00A0\u202F\"\n\r\teE:/PQMWYkmbtn$¥€元亿万()#;AZaz\u200E\u061C\uFEFF\\{}[]";

    private readonly Random random = new(seed);

    /// <summary>One mutation of one of the seeds, with one to four edits.</summary>
    internal string Next(IReadOnlyList<string> seeds)
    {
        var text = new StringBuilder(seeds[random.Next(seeds.Count)]);
        var edits = random.Next(1, 5);
        for (var i = 0; i < edits; i++)
        {
            Edit(text);
        }
        return text.ToString();
    }

    private void Edit(StringBuilder text)
    {
        var at = text.Length == 0 ? 0 : random.Next(text.Length);
        switch (random.Next(8))
        {
            case 0:
                text.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                break;
            case 1 when text.Length > 0:
                text.Remove(at, 1);
                break;
            case 2 when text.Length > 0:
                text[at] = Alphabet[random.Next(Alphabet.Length)];
                break;
            case 3 when text.Length > 1 && at + 1 < text.Length:
                (text[at], text[at + 1]) = (text[at + 1], text[at]);
                break;
            case 4 when text.Length > 0:
                var length = random.Next(1, Math.Min(8, text.Length - at) + 1);
                text.Insert(at, text.ToString(at, length));
                break;
            case 5:
                text.Length = at;
                break;
            case 6:
                text.Insert(at, new string((char)('0' + random.Next(10)), random.Next(20, 200)));
                break;
            default:
                text.Insert(at, text.ToString());
                break;
        }
    }
}
