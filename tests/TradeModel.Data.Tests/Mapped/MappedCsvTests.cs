using TradeModel.Classifications;
using TradeModel.Data.Mapped;
using TradeModel.Economies;
using TradeModel.Flows;
using UnitsNet;

namespace TradeModel.Data.Tests.Mapped;

public sealed class MappedCsvTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    internal static readonly MappedCsvOptions Options = new()
    {
        Delimiter = ';',
        Layout = new FlowLayout
        {
            Columns = new ColumnMapping
            {
                Reporter = "country",
                Partner = "partner",
                Direction = "flow",
                Category = "hs",
                Period = "year",
                Value = "value_thousand",
                UnitMultiplier = "unit_mult",
                Currency = "ccy",
                Quantity = "weight",
                Unit = "weight_unit",
                Status = "flag",
            },
        },
    };

    [Fact]
    public void Every_mapped_column_reaches_the_flow()
    {
        var flows = MappedCsv
            .Read(Fixture.Path("mapped-exports.csv"), Options, Token)
            .Flows.ToArray();

        Assert.Equal(new Money(1234567m, Currency.USD), flows[0].Value);
        Assert.Equal(Mass.FromTonnes(12.5), flows[0].Quantity);
        Assert.Equal(TradeDirection.Imports, flows[1].Direction);
        Assert.Equal(Economy.FromCode("JPN"), flows[1].Partner);
        Assert.Equal(ReferencePeriod.ForQuarter(2024, 3), flows[1].Period);
        Assert.Equal(ObservationStatus.Estimated, flows[1].Status);
        Assert.Equal(Mass.FromKilograms(2500), flows[1].Quantity);
        Assert.Equal(ObservationStatus.Missing, flows[2].Status);
        Assert.Null(flows[2].Value);
        Assert.Equal(HarmonizedSystem2022.Classification["847130"], flows[2].Category);
    }

    [Fact]
    public void A_mapped_column_missing_from_the_header_is_named()
    {
        var options = Options with
        {
            Layout = Options.Layout with
            {
                Columns = Options.Layout.Columns with { Quantity = "tonnes" },
            },
        };

        var error = Assert.Throws<DataFormatException>(() =>
            MappedCsv.Read(Fixture.Path("mapped-exports.csv"), options, Token)
        );

        Assert.Equal("tonnes", error.Error.ColumnName);
    }

    [Fact]
    public void Comtrade_codes_and_codes_of_your_own_can_be_declared()
    {
        const string Csv = "r,p,d,k,t,v\n156,490,out,010121,2024,5\n";
        var options = new MappedCsvOptions
        {
            Layout = new FlowLayout
            {
                Columns = new ColumnMapping
                {
                    Reporter = "r",
                    Partner = "p",
                    Direction = "d",
                    Category = "k",
                    Period = "t",
                    Value = "v",
                },
                EconomyCodes = EconomyCodes.Comtrade,
                Currency = Currency.USD,
                DirectionCodes = new Dictionary<string, TradeDirection>(
                    StringComparer.OrdinalIgnoreCase
                )
                {
                    ["out"] = TradeDirection.Exports,
                },
            },
        };

        var flow = MappedCsv.ReadFrom(Fixture.Text(Csv), "own.csv", options, Token).Flows.Single();

        Assert.Equal(Economy.FromComtradeCode(490), flow.Partner);
        Assert.Equal(TradeDirection.Exports, flow.Direction);
    }

    [Theory]
    [InlineData("CHN;USA;Sideways;010121;2024;1;0;USD;;;", "flow")]
    [InlineData("CHN;USA;Export;010121;2024;1;0;XYZ;;;", "ccy")]
    [InlineData("CHN;USA;Export;010121;2024;1;0;USD;5;bushels;", "weight_unit")]
    [InlineData("CHN;USA;Export;010121;2024;1;0;USD;;;Z", "flag")]
    [InlineData("CHN;USA;Export;010121;2024;1;0;EUR;;;", "ccy")]
    public void A_bad_field_is_named_with_its_column(string row, string column)
    {
        var csv =
            "country;partner;flow;hs;year;value_thousand;unit_mult;ccy;weight;weight_unit;flag\nCHN;USA;Export;010121;2024;1;0;USD;;;\n"
            + row
            + "\n";

        var error = Assert.Throws<DataFormatException>(() =>
            MappedCsv.ReadFrom(Fixture.Text(csv), "bad.csv", Options, Token)
        );

        Assert.Equal(column, error.Error.ColumnName);
        Assert.Equal(3, error.Error.Line);
    }
}
