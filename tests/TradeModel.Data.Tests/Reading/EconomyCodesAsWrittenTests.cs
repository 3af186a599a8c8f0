using TradeModel.Data.Baci;
using TradeModel.Data.Mapped;
using TradeModel.Economies;

namespace TradeModel.Data.Tests.Reading;

/// <summary>
/// Every reader keeps the code a source wrote for each economy, so that a user who joins on codes, or writes the flows
/// back, finds the file's codes: BACI's 380 for Italy stays 380, though UN Comtrade codes Italy 381.
/// </summary>
public sealed class EconomyCodesAsWrittenTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private const string BaciWithItaly =
        "t,i,j,k,v,q\n2024,380,842,010121,1.500,2\n2024,156,380,847130,2.250,NA\n";

    private static readonly Economy Italy = Economy.FromCode("ITA");

    [Fact]
    public void BACI_s_380_for_Italy_is_kept_as_written()
    {
        var result = BaciFile.ReadFrom(Fixture.Text(BaciWithItaly), "baci.csv", null, Token);

        Assert.Equal("380", result.CodesAsWritten[Italy]);
        Assert.Equal("842", result.CodesAsWritten[Economy.FromCode("USA")]);
        Assert.Equal(381, Italy.ComtradeCode);
    }

    [Fact]
    public void BACI_written_with_the_codes_it_was_read_with_is_the_file_it_was_read_from()
    {
        var result = BaciFile.ReadFrom(Fixture.Text(BaciWithItaly), "baci.csv", null, Token);
        using var written = new StringWriter();

        BaciFile.Write(result.Flows, written, result.CodesAsWritten);

        Assert.Equal(BaciWithItaly, written.ToString());
    }

    [Fact]
    public void BACI_written_without_codes_uses_UN_Comtrade_s()
    {
        var result = BaciFile.ReadFrom(Fixture.Text(BaciWithItaly), "baci.csv", null, Token);
        using var written = new StringWriter();

        BaciFile.Write(result.Flows, written);

        Assert.StartsWith(
            "t,i,j,k,v,q\n2024,381,842,",
            written.ToString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Two_codes_for_one_economy_keep_the_first_and_are_noted()
    {
        var result = BaciFile.ReadFrom(
            Fixture.Text("t,i,j,k,v,q\n2024,380,842,010121,1,1\n2024,381,842,847130,1,1\n"),
            "baci.csv",
            null,
            Token
        );

        Assert.Equal("380", result.CodesAsWritten[Italy]);
        Assert.Contains(
            result.Report.Notes,
            n => n.Key.Contains("ITA written as both 380 and 381", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void A_release_s_country_list_gives_its_codes_to_the_writer()
    {
        var flows = BaciFile
            .ReadFrom(
                Fixture.Text("t,i,j,k,v,q\n2024,381,842,010121,1.500,2\n"),
                "baci.csv",
                null,
                Token
            )
            .Flows;
        var countries = BaciCountryCodes.ReadFrom(
            Fixture.Text(
                "country_code,country_name,country_iso2,country_iso3\n380,Italy,IT,ITA\n842,USA,US,USA\n"
            ),
            "country_codes_V202501.csv"
        );
        using var written = new StringWriter();

        BaciFile.Write(flows, written, countries.Codes);

        Assert.Equal("t,i,j,k,v,q\n2024,380,842,010121,1.500,2\n", written.ToString());
    }

    [Fact]
    public void A_code_that_BACI_cannot_hold_is_refused_before_a_row_is_written()
    {
        var flows = BaciFile.ReadFrom(Fixture.Text(BaciWithItaly), "baci.csv", null, Token).Flows;

        var error = Assert.Throws<ArgumentException>(() =>
            BaciFile.Write(
                flows,
                new StringWriter(),
                new Dictionary<Economy, string> { [Italy] = "ITA" }
            )
        );

        Assert.Contains("'ITA'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mapped_file_keeps_ISO_codes_as_written_alpha_or_numeric()
    {
        var options = new MappedCsvOptions
        {
            Layout = new FlowLayout
            {
                Columns = new ColumnMapping
                {
                    Reporter = "r",
                    Partner = "p",
                    Category = "k",
                    Period = "t",
                    Value = "v",
                },
                Currency = Currency.USD,
                Direction = Flows.TradeDirection.Exports,
            },
        };

        var result = MappedCsv.ReadFrom(
            Fixture.Text("r,p,k,t,v\nchn,380,010121,2024,1\n"),
            "own.csv",
            options,
            Token
        );

        Assert.Equal("chn", result.CodesAsWritten[Economy.FromCode("CHN")]);
        Assert.Equal("380", result.CodesAsWritten[Italy]);
    }
}
