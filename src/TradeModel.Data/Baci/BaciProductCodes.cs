using System.Collections;
using System.Globalization;
using TradeModel.Classifications;
using TradeModel.Data.Internal;

namespace TradeModel.Data.Baci;

/// <summary>
/// BACI's product list as a typed table (<c>product_codes_HS22_V202501.csv</c>: <c>code, description</c>): each
/// six-digit code with its description and its category in the list's HS edition. A code that lost its leading zero
/// (10121) is read as 010121.
/// </summary>
public sealed class BaciProductCodes : IReadOnlyList<BaciProduct>
{
    private readonly List<BaciProduct> rows;
    private readonly Dictionary<string, BaciProduct> byCode;

    private BaciProductCodes(List<BaciProduct> rows, Classification classification)
    {
        this.rows = rows;
        Classification = classification;
        byCode = rows.ToDictionary(r => r.Code, StringComparer.Ordinal);
    }

    /// <summary>The HS edition the list was read in.</summary>
    public Classification Classification { get; }

    /// <summary>The number of rows.</summary>
    public int Count => rows.Count;

    /// <summary>A row, in the file's order.</summary>
    /// <param name="index">Its place, from 0.</param>
    public BaciProduct this[int index] => rows[index];

    /// <summary>Reads the list from a file, in the HS edition its name states (HS 2022 when it states none).</summary>
    /// <param name="path">The file.</param>
    /// <param name="classification">The HS edition; when null, the one the file's name states, else HS 2022.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFormatException">A column is missing, a code is not six digits, or a code repeats; the error names the line.</exception>
    public static BaciProductCodes Read(string path, Classification? classification = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return ReadFrom(stream, Path.GetFileName(path), classification);
    }

    /// <summary>Reads the list from a stream (left open).</summary>
    /// <param name="stream">The CSV text, UTF-8.</param>
    /// <param name="sourceName">The name errors give the source; its HS vintage (HS22) chooses the edition when none is given.</param>
    /// <param name="classification">The HS edition; when null, the one <paramref name="sourceName"/> states, else HS 2022.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFormatException">As for <see cref="Read"/>.</exception>
    public static BaciProductCodes ReadFrom(
        Stream stream,
        string sourceName,
        Classification? classification = null
    )
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        var hs =
            classification
            ?? (
                BaciFile.VintageOf(sourceName) is { } vintage
                && HarmonizedSystem.TryGetEdition(vintage, out var edition)
                    ? edition
                    : HarmonizedSystem2022.Classification
            );
        using var csv = CsvSource.Open(stream, sourceName, null, true, CancellationToken.None);
        var code = csv.Column("code");
        var description = csv.Column("description");
        var rows = new List<BaciProduct>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        while (csv.Read())
        {
            if (!csv.HasAllFields())
            {
                continue;
            }
            var text = csv.Text(code);
            if (text.Length == 5 && text.All(char.IsAsciiDigit))
            {
                text = "0" + text;
            }
            if (text.Length != 6 || !text.All(char.IsAsciiDigit))
            {
                csv.Fail(code, "is not a six-digit HS code.");
                continue;
            }
            if (seen.TryGetValue(text, out var earlier))
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
            seen[text] = csv.Line;
            rows.Add(
                new BaciProduct(
                    text,
                    csv.Text(description),
                    hs.TryGet(text, out var category) ? category : null
                )
            );
            csv.Accept();
        }
        return new BaciProductCodes(rows, hs);
    }

    /// <summary>The row of a code (with or without its leading zero), or null when the list has no such code.</summary>
    /// <param name="code">A six-digit HS code.</param>
    /// <returns>The row, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public BaciProduct? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return byCode.GetValueOrDefault(code.Length == 5 ? "0" + code : code);
    }

    /// <inheritdoc/>
    public IEnumerator<BaciProduct> GetEnumerator() => rows.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
