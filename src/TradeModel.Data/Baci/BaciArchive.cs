using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using TradeModel.Flows;

namespace TradeModel.Data.Baci;

/// <summary>
/// A BACI release as CEPII publishes it: one zip per HS vintage (<c>BACI_HS22_V202501.zip</c>) holding a CSV per year
/// (<c>BACI_HS22_Y2023_V202501.csv</c>), the country list (<c>country_codes_V202501.csv</c>) and the product list
/// (<c>product_codes_HS22_V202501.csv</c>). The years are read straight from the archive, without unpacking it, each
/// by <see cref="BaciFile"/>'s rules; errors name the archive, the entry, the line and the column.
/// </summary>
/// <example>
/// <code language="csharp">
/// using var release = BaciArchive.Open("BACI_HS22_V202501.zip");
/// ReadResult lastTwo = release.ReadYears([2022, 2023]);
/// BaciCountryCodes countries = release.ReadCountries();
/// </code>
/// </example>
public sealed partial class BaciArchive : IDisposable
{
    private readonly ZipArchive zip;
    private readonly Dictionary<int, ZipArchiveEntry> years;
    private readonly ZipArchiveEntry? countries;
    private readonly ZipArchiveEntry? products;

    private BaciArchive(string name, ZipArchive zip)
    {
        Name = name;
        this.zip = zip;
        years = [];
        foreach (var entry in zip.Entries)
        {
            var file = entry.Name;
            if (YearFile().Match(file) is { Success: true } year)
            {
                var number = int.Parse(
                    year.Groups[2].Value,
                    NumberStyles.None,
                    CultureInfo.InvariantCulture
                );
                if (!years.TryAdd(number, entry))
                {
                    throw Error(
                        file,
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"is a second file for {number} (the first is {years[number].FullName}): the archive is not one BACI release."
                        )
                    );
                }
                Vintage ??= year.Groups[1].Value.ToUpperInvariant();
                Release ??= year.Groups[3].Value;
            }
            else if (CountryFile().IsMatch(file))
            {
                countries = entry;
            }
            else if (ProductFile().IsMatch(file))
            {
                products = entry;
            }
        }
        Years = [.. years.Keys.Order()];
    }

    /// <summary>The archive's file name, as errors name it.</summary>
    public string Name { get; }

    /// <summary>The HS vintage its files state ("HS22"), or null when it holds no year.</summary>
    public string? Vintage { get; }

    /// <summary>The release its files state ("V202501"), or null when it holds no year.</summary>
    public string? Release { get; }

    /// <summary>The years the archive holds a file for, in order.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>Opens a release's zip.</summary>
    /// <param name="path">The zip file.</param>
    /// <returns>The archive; dispose it to close the file.</returns>
    /// <exception cref="DataFormatException">The file is not a zip, or holds no BACI year file.</exception>
    public static BaciArchive Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        var stream = File.OpenRead(path);
        try
        {
            return Open(stream, name);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Opens a release's zip from a stream (seekable; closed with the archive).</summary>
    /// <param name="stream">The zip.</param>
    /// <param name="name">The name errors give the archive.</param>
    /// <returns>The archive; dispose it to close the stream.</returns>
    /// <exception cref="DataFormatException">The stream is not a zip, or holds no BACI year file.</exception>
    public static BaciArchive Open(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException e)
        {
            throw new DataFormatException(
                new RowError(name, 0, 0, "", "", $"is not a zip archive: {e.Message}")
            );
        }
        try
        {
            var archive = new BaciArchive(name, zip);
            return archive.Years.Count > 0
                ? archive
                : throw Error(
                    name,
                    "holds no BACI year file (BACI_HS22_Y2023_V202501.csv): it is not a BACI release."
                );
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>Reads every year of the archive into one collection, in order of year.</summary>
    /// <param name="options">As for <see cref="BaciFile.Read"/>; the classification defaults to the archive's vintage.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The flows of every year, and one report for them all (named after the archive).</returns>
    /// <exception cref="DataFormatException">As for <see cref="BaciFile.Read"/>; the error's source is <c>archive.zip/entry.csv</c>.</exception>
    public ReadResult ReadAll(
        BaciReadOptions? options = null,
        CancellationToken cancellationToken = default
    ) => ReadYears(Years, options, cancellationToken);

    /// <summary>Reads some years of the archive into one collection, in order of year; the others are not opened.</summary>
    /// <param name="yearsToRead">The years; each must be one the archive holds.</param>
    /// <param name="options">As for <see cref="BaciFile.Read"/>; the classification defaults to the archive's vintage.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The flows of those years, and one report for them all (named after the archive).</returns>
    /// <exception cref="ArgumentException">A year is not in the archive; the message lists the years it holds.</exception>
    /// <exception cref="DataFormatException">As for <see cref="BaciFile.Read"/>; the error's source is <c>archive.zip/entry.csv</c>.</exception>
    public ReadResult ReadYears(
        IEnumerable<int> yearsToRead,
        BaciReadOptions? options = null,
        CancellationToken cancellationToken = default
    ) =>
        // Every read of the core completes before it returns: the task is done, never waited on.
        ReadYearsCoreAsync(
                yearsToRead,
                options,
                (stream, name, inVintage) =>
                    Task.FromResult(BaciFile.ReadFrom(stream, name, inVintage, cancellationToken))
            )
            .GetAwaiter()
            .GetResult();

    /// <summary>Reads every year of the archive asynchronously; see <see cref="ReadAll"/>.</summary>
    /// <param name="options">As for <see cref="ReadAll"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The flows of every year, and one report for them all.</returns>
    /// <exception cref="DataFormatException">As for <see cref="ReadAll"/>.</exception>
    public Task<ReadResult> ReadAllAsync(
        BaciReadOptions? options = null,
        CancellationToken cancellationToken = default
    ) => ReadYearsAsync(Years, options, cancellationToken);

    /// <summary>Reads some years of the archive asynchronously; see <see cref="ReadYears"/>.</summary>
    /// <param name="yearsToRead">The years; each must be one the archive holds.</param>
    /// <param name="options">As for <see cref="ReadYears"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The flows of those years, and one report for them all.</returns>
    /// <exception cref="ArgumentException">A year is not in the archive; the message lists the years it holds.</exception>
    /// <exception cref="DataFormatException">As for <see cref="ReadYears"/>.</exception>
    public Task<ReadResult> ReadYearsAsync(
        IEnumerable<int> yearsToRead,
        BaciReadOptions? options = null,
        CancellationToken cancellationToken = default
    ) =>
        ReadYearsCoreAsync(
            yearsToRead,
            options,
            (stream, name, inVintage) =>
                BaciFile.ReadFromAsync(stream, name, inVintage, cancellationToken)
        );

    /// <summary>The years chosen, read one entry at a time by <paramref name="read"/>, into one collection.</summary>
    private async Task<ReadResult> ReadYearsCoreAsync(
        IEnumerable<int> yearsToRead,
        BaciReadOptions? options,
        Func<Stream, string, BaciReadOptions, Task<ReadResult>> read
    )
    {
        ArgumentNullException.ThrowIfNull(yearsToRead);
        var chosen = yearsToRead.Distinct().Order().ToList();
        var missing = chosen.Where(y => !years.ContainsKey(y)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException(
                $"The archive {Name} holds no file for {string.Join(", ", missing)}; it holds {string.Join(", ", Years)}.",
                nameof(yearsToRead)
            );
        }
        options ??= new BaciReadOptions();
        TradeFlowCollection? all = null;
        var written = new WrittenCodes();
        var report = new ReadReport(Name, options.MaxErrorsKept);
        foreach (var year in chosen)
        {
            var entry = years[year];
            var inVintage = options with
            {
                Classification = BaciFile.ClassificationFor(entry.Name, options.Classification),
            };
            ReadResult part;
            var stream = entry.Open();
            await using (stream.ConfigureAwait(false))
            {
                part = await read(stream, $"{Name}/{entry.FullName}", inVintage)
                    .ConfigureAwait(false);
            }
            report.Add(part.Report);
            written.AddRange(part.CodesAsWritten, report);
            all ??= new TradeFlowCollection(part.Flows.Classification, part.Flows.Currency);
            all.AddRange(part.Flows);
        }
        all ??= new TradeFlowCollection(
            options.Classification ?? BaciFile.ClassificationFor(years[Years[0]].Name, null),
            Currency.USD
        );
        all.TrimExcess();
        return new ReadResult(all, report, codesAsWritten: written.Codes);
    }

    /// <summary>Reads the release's country list.</summary>
    /// <returns>The table.</returns>
    /// <exception cref="DataFormatException">The archive holds no <c>country_codes_V*.csv</c>, or the list is malformed.</exception>
    public BaciCountryCodes ReadCountries()
    {
        var entry =
            countries ?? throw Error(Name, "holds no country list (country_codes_V202501.csv).");
        using var stream = entry.Open();
        return BaciCountryCodes.ReadFrom(stream, $"{Name}/{entry.FullName}");
    }

    /// <summary>Reads the release's product list, in the archive's HS vintage.</summary>
    /// <returns>The table.</returns>
    /// <exception cref="DataFormatException">The archive holds no <c>product_codes_HS*_V*.csv</c>, or the list is malformed.</exception>
    public BaciProductCodes ReadProducts()
    {
        var entry =
            products
            ?? throw Error(Name, "holds no product list (product_codes_HS22_V202501.csv).");
        using var stream = entry.Open();
        return BaciProductCodes.ReadFrom(
            stream,
            $"{Name}/{entry.FullName}",
            BaciFile.ClassificationFor(entry.Name, null)
        );
    }

    /// <summary>Closes the archive.</summary>
    public void Dispose() => zip.Dispose();

    private static DataFormatException Error(string source, string reason) =>
        new(new RowError(source, 0, 0, "", "", reason));

    [GeneratedRegex(@"^BACI_(HS\d\d)_Y(\d{4})_(V\d+\w*)\.csv$", RegexOptions.IgnoreCase)]
    private static partial Regex YearFile();

    [GeneratedRegex(@"^country_codes_V\d+\w*\.csv$", RegexOptions.IgnoreCase)]
    private static partial Regex CountryFile();

    [GeneratedRegex(@"^product_codes_HS\d\d_V\d+\w*\.csv$", RegexOptions.IgnoreCase)]
    private static partial Regex ProductFile();
}
