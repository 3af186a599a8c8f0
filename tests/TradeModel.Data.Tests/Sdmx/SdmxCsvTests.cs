using TradeModel.Classifications;
using TradeModel.Data.Sdmx;
using TradeModel.Economies;
using TradeModel.Flows;
using TradeModel.Releases;

namespace TradeModel.Data.Tests.Sdmx;

public sealed class SdmxCsvTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static ReadResult Services() =>
        SdmxCsv.Read(Fixture.Path("Sdmx/bop-services-cn.csv"), cancellationToken: Token);

    [Fact]
    public void A_services_file_of_credits_and_debits_gives_the_published_growth_table()
    {
        var flows = Services().Flows;
        CategoryRollUp Exports(int year) =>
            flows
                .ByCategory(
                    new FlowFilter(
                        Direction: TradeDirection.Exports,
                        Period: ReferencePeriod.ForYear(year)
                    )
                )
                .RollUp();

        var table = ReleaseTable.FromRollUps(
            Exports(2024),
            Exports(2023),
            Ebops2010.Services,
            [Ebops2010.Services, Ebops2010.Classification["SD"]]
        );

        Assert.Equal(new Money(3_175_560_000_000m, Currency.CNY), table[0].Current);
        Assert.Equal(18.2m, table[0].Growth.Round());
        Assert.Equal(100m, table[1].Growth.Round());
        Assert.Equal(9.4m, table[1].Share.Round());
    }

    [Fact]
    public void Imports_and_total_trade_grow_as_published()
    {
        var flows = Services().Flows;
        // A roll-up, not a filtered total: the file has the total S and its part SD, which a sum would count twice.
        Money Total(TradeDirection? direction, int year) =>
            flows
                .ByCategory(
                    new FlowFilter(Direction: direction, Period: ReferencePeriod.ForYear(year))
                )
                .RollUp()
                .Total(Ebops2010.Services);

        Assert.Equal(
            11.8m,
            ReleaseArithmetic
                .Growth(Total(TradeDirection.Imports, 2024), Total(TradeDirection.Imports, 2023))
                .Round()
        );
        Assert.Equal(14.4m, ReleaseArithmetic.Growth(Total(null, 2024), Total(null, 2023)).Round());
    }

    [Fact]
    public void Unit_multipliers_status_and_missing_values_survive()
    {
        var result = Services();
        var flows = result.Flows.ToArray();

        Assert.Equal(8, result.Report.Notes["unit multiplier 9"]);
        Assert.Equal(ObservationStatus.Estimated, flows[2].Status);
        Assert.Equal(ObservationStatus.Provisional, flows[6].Status);
        Assert.Equal(ObservationStatus.Missing, flows[8].Status);
        Assert.Null(flows[8].Value);
        Assert.Equal(Economy.World, flows[0].Partner);
        Assert.Equal(Economy.FromCode("CHN"), flows[0].Reporter);
    }

    [Fact]
    public void SDMX_CSV_2_reads_like_1()
    {
        var v2 = SdmxCsv.Read(
            Fixture.Path("Sdmx/bop-services-cn-v2.csv"),
            cancellationToken: Token
        );

        Assert.Equal(Fixture.Rows(Services().Flows), Fixture.Rows(v2.Flows));
    }

    [Theory]
    [InlineData(SdmxCsvVersion.V1)]
    [InlineData(SdmxCsvVersion.V2)]
    public void Writing_then_reading_gives_the_same_flows(SdmxCsvVersion version)
    {
        var flows = Services().Flows;
        using var writer = new StringWriter();

        SdmxCsv.Write(flows, "TM:BOP_SERVICES(1.0)", version, writer);
        var again = SdmxCsv.ReadFrom(
            Fixture.Text(writer.ToString()),
            "written",
            cancellationToken: Token
        );

        Assert.Equal(Fixture.Rows(flows), Fixture.Rows(again.Flows));
    }

    [Theory]
    [InlineData("TM:X,CN,W1,N,S,2024,1,0,CNY,A", "ACCOUNTING_ENTRY")]
    [InlineData("TM:X,CN,W1,C,S,2024,1,0,USD,A", "CURRENCY")]
    [InlineData("TM:X,CN,W1,C,S,2024,1,x,CNY,A", "UNIT_MULT")]
    [InlineData("TM:X,CN,W1,C,S,2024-Q5,1,0,CNY,A", "TIME_PERIOD")]
    [InlineData("TM:X,XX,W1,C,S,2024,1,0,CNY,A", "REF_AREA")]
    [InlineData("TM:X,CN,W1,C,S,2024,1,0,CNY,M", "OBS_VALUE")]
    public void A_bad_observation_names_its_column(string row, string column)
    {
        var csv =
            "DATAFLOW,REF_AREA,COUNTERPART_AREA,ACCOUNTING_ENTRY,INT_ACC_ITEM,TIME_PERIOD,OBS_VALUE,UNIT_MULT,CURRENCY,OBS_STATUS\nTM:X,CN,W1,C,S,2024,1,0,CNY,A\n"
            + row
            + "\n";

        var error = Assert.Throws<DataFormatException>(() =>
            SdmxCsv.ReadFrom(Fixture.Text(csv), "bad.csv", cancellationToken: Token)
        );

        Assert.Equal(column, error.Error.ColumnName);
        Assert.Equal(3, error.Error.Line);
    }

    [Fact]
    public void A_message_without_a_currency_needs_one_in_the_options()
    {
        const string Csv =
            "DATAFLOW,REF_AREA,ACCOUNTING_ENTRY,INT_ACC_ITEM,TIME_PERIOD,OBS_VALUE\nTM:X,CN,C,S,2024,5\n";

        Assert.Throws<DataFormatException>(() =>
            SdmxCsv.ReadFrom(Fixture.Text(Csv), "no-currency.csv", cancellationToken: Token)
        );
        var flows = SdmxCsv
            .ReadFrom(
                Fixture.Text(Csv),
                "no-currency.csv",
                new SdmxReadOptions { Currency = Currency.USD },
                Token
            )
            .Flows;
        Assert.Equal(new Money(5m, Currency.USD), flows.Single().Value);
        Assert.Equal(Economy.World, flows.Single().Partner);
    }
}
