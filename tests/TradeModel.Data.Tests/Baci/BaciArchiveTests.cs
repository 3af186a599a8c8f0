using System.IO.Compression;
using System.Text;
using TradeModel.Classifications;
using TradeModel.Data.Baci;
using TradeModel.Economies;
using TradeModel.Flows;

namespace TradeModel.Data.Tests.Baci;

/// <summary>A BACI release zip, read as CEPII publishes it: the years straight from the archive, and its two lists as tables.</summary>
public sealed class BaciArchiveTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private const string Year2022 =
        "t,i,j,k,v,q\n2022,156,842,010121,1.5,2\n2022,380,251,847130,2.25,NA\n";
    private const string Year2023 = "t,i,j,k,v,q\n2023,156,842,010121,3,4\n";

    private const string Countries =
        "country_code,country_name,country_iso2,country_iso3\n"
        + "156,China,CN,CHN\n"
        + "251,France,FR,FRA\n"
        + "380,Italy,IT,ITA\n"
        + "490,\"Other Asia, nes\",,S19\n"
        + "842,USA,US,USA\n";

    private const string Products =
        "code,description\n10121,\"Horses: live, pure-bred breeding animals\"\n847130,Portable computers\n";

    private static MemoryStream Zip(params (string Name, string Text)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
                writer.Write(text);
            }
        }
        stream.Position = 0;
        return stream;
    }

    private static BaciArchive Release() =>
        BaciArchive.Open(
            Zip(
                ("BACI_HS22_Y2022_V202501.csv", Year2022),
                ("BACI_HS22_Y2023_V202501.csv", Year2023),
                ("country_codes_V202501.csv", Countries),
                ("product_codes_HS22_V202501.csv", Products),
                ("Readme.txt", "BACI")
            ),
            "BACI_HS22_V202501.zip"
        );

    [Fact]
    public void Every_year_of_a_release_reads_into_one_collection_without_unpacking()
    {
        using var release = Release();

        var result = release.ReadAll(null, Token);

        Assert.Equal([2022, 2023], release.Years);
        Assert.Equal("HS22", release.Vintage);
        Assert.Equal("V202501", release.Release);
        Assert.Equal(
            [
                ReferencePeriod.ForYear(2022),
                ReferencePeriod.ForYear(2022),
                ReferencePeriod.ForYear(2023),
            ],
            result.Flows.Select(f => f.Period)
        );
        Assert.Equal(6_750m, result.Flows.Select(f => f.Value!.Value.Amount).Sum());
        Assert.Equal(3, result.Report.Accepted);
        Assert.Equal("BACI_HS22_V202501.zip", result.Report.Source);
    }

    [Fact]
    public async Task The_asynchronous_reads_give_the_flows_of_the_synchronous_ones()
    {
        using var release = Release();

        var all = await release.ReadAllAsync(null, Token);
        var one = await release.ReadYearsAsync([2022], null, Token);

        Assert.Equal(Fixture.Rows(release.ReadAll(null, Token).Flows), Fixture.Rows(all.Flows));
        Assert.Equal(
            Fixture.Rows(release.ReadYears([2022], null, Token).Flows),
            Fixture.Rows(one.Flows)
        );
        Assert.Equal(2, one.Flows.Count);
        Assert.Equal("380", one.CodesAsWritten[Economy.FromCode("ITA")]);
    }

    [Fact]
    public void A_year_filter_reads_only_those_years()
    {
        using var release = Release();

        var flows = release.ReadYears([2023], null, Token).Flows;

        Assert.Equal(ReferencePeriod.ForYear(2023), Assert.Single(flows).Period);
    }

    [Fact]
    public void A_year_the_release_does_not_hold_is_refused_with_the_years_it_holds()
    {
        using var release = Release();

        var error = Assert.Throws<ArgumentException>(() =>
            release.ReadYears([2021, 2023], null, Token)
        );

        Assert.Contains("no file for 2021", error.Message, StringComparison.Ordinal);
        Assert.Contains("2022, 2023", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_row_is_named_by_archive_entry_line_and_column()
    {
        using var release = BaciArchive.Open(
            Zip(
                (
                    "BACI_HS22_Y2024_V202501.csv",
                    "t,i,j,k,v,q\n2024,156,842,010121,1,1\n2024,156,999,010121,1,1\n"
                )
            ),
            "BACI_HS22_V202501.zip"
        );

        var error = Assert.Throws<DataFormatException>(() => release.ReadAll(null, Token));

        Assert.Equal("BACI_HS22_V202501.zip/BACI_HS22_Y2024_V202501.csv", error.Error.Source);
        Assert.Equal(3, error.Error.Line);
        Assert.Equal("j", error.Error.ColumnName);
    }

    [Fact]
    public void A_zip_without_BACI_years_or_not_a_zip_at_all_is_refused()
    {
        var noYears = Assert.Throws<DataFormatException>(() =>
            BaciArchive.Open(Zip(("data.csv", Year2022)), "other.zip")
        );
        var notZip = Assert.Throws<DataFormatException>(() =>
            BaciArchive.Open(Fixture.Text(Year2022), "BACI_HS22_Y2022_V202501.csv")
        );

        Assert.Contains("no BACI year file", noYears.Error.Reason, StringComparison.Ordinal);
        Assert.Contains("not a zip", notZip.Error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_archive_s_vintage_chooses_the_classification_and_a_contrary_one_is_refused()
    {
        using var release = BaciArchive.Open(
            Zip(("BACI_HS17_Y2019_V202501.csv", "t,i,j,k,v,q\n2019,156,842,010121,1,1\n")),
            "BACI_HS17_V202501.zip"
        );

        Assert.Equal(
            HarmonizedSystem.Edition(2017),
            release.ReadAll(null, Token).Flows.Classification
        );
        Assert.Throws<DataFormatException>(() =>
            release.ReadAll(
                new BaciReadOptions { Classification = HarmonizedSystem2022.Classification },
                Token
            )
        );
    }

    [Fact]
    public void The_country_list_maps_each_code_to_its_economy_and_each_economy_to_the_release_s_code()
    {
        using var release = Release();

        var countries = release.ReadCountries();

        Assert.Equal(5, countries.Count);
        Assert.Equal(Economy.FromCode("ITA"), countries.Find(380)!.Economy);
        Assert.Equal(380, countries.CodeOf(Economy.FromCode("ITA")));
        Assert.Equal(381, Economy.FromCode("ITA").ComtradeCode);
        Assert.Equal("Other Asia, nes", countries.Find(490)!.Name);
        Assert.Equal(Economy.FromComtradeCode(490), countries.Find(490)!.Economy);
        Assert.Null(countries.Find(490)!.Iso2);
        Assert.Null(countries.Find(4));
    }

    [Fact]
    public void An_older_release_s_country_list_is_read_by_its_own_column_names()
    {
        const string Older =
            "country_code,country_name_abbreviation,country_name_full,iso_2digit_alpha,iso_3digit_alpha\n"
            + "381,Italy,Italy,IT,ITA\n";

        var countries = BaciCountryCodes.ReadFrom(Fixture.Text(Older), "country_codes_V202301.csv");

        var italy = Assert.Single(countries);
        Assert.Equal(Economy.FromCode("ITA"), italy.Economy);
        Assert.Equal("ITA", italy.Iso3);
    }

    [Fact]
    public void A_repeated_country_code_is_named_with_the_line_it_repeats()
    {
        var error = Assert.Throws<DataFormatException>(() =>
            BaciCountryCodes.ReadFrom(
                Fixture.Text(
                    "country_code,country_name,country_iso2,country_iso3\n4,A,AF,AFG\n4,B,AF,AFG\n"
                ),
                "country_codes_V202501.csv"
            )
        );

        Assert.Equal(3, error.Error.Line);
        Assert.Contains("line 2", error.Error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_product_list_restores_leading_zeros_and_finds_each_category()
    {
        using var release = Release();

        var products = release.ReadProducts();

        Assert.Equal("010121", products[0].Code);
        Assert.Equal(HarmonizedSystem2022.Classification["010121"], products[0].Category);
        Assert.Equal("Portable computers", products.Find("847130")!.Description);
        Assert.Same(products[0], products.Find("10121"));
        Assert.Equal("Horses: live, pure-bred breeding animals", products[0].Description);
    }

    [Fact]
    public void A_product_code_that_is_not_six_digits_is_named_with_its_line()
    {
        var error = Assert.Throws<DataFormatException>(() =>
            BaciProductCodes.ReadFrom(
                Fixture.Text("code,description\n010121,Horses\n12A,Wrong\n"),
                "product_codes_HS22_V202501.csv"
            )
        );

        Assert.Equal(3, error.Error.Line);
        Assert.Equal("code", error.Error.ColumnName);
    }
}
