using TradeModel.Analysis;
using TradeModel.Classifications;
using TradeModel.Data.Comtrade;
using TradeModel.Economies;
using TradeModel.Flows;
using UnitsNet;

namespace TradeModel.Data.Tests.Comtrade;

public sealed class ComtradeFileTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static ReadResult Sample() =>
        ComtradeFile.Read(Fixture.Path("Comtrade/comtrade-2024.csv"), cancellationToken: Token);

    [Fact]
    public void Flow_codes_partners_and_values_map_to_the_model()
    {
        var flows = Sample().Flows.ToArray();

        Assert.Equal(
            [TradeDirection.Exports, TradeDirection.Imports, TradeDirection.ReExports],
            flows.Select(f => f.Direction)
        );
        Assert.Equal(Economy.World, flows[1].Partner);
        Assert.Equal(Economy.FromComtradeCode(490), flows[2].Partner);
        Assert.Equal(new Money(1234567.5m, Currency.USD), flows[0].Value);
        Assert.Equal(ReferencePeriod.ForYear(2024), flows[0].Period);
    }

    [Fact]
    public void Aggregates_are_kept_apart_from_the_detail()
    {
        var result = Sample();

        Assert.Equal(3, result.Flows.Count);
        Assert.Equal(["TOTAL", "84"], result.Aggregates!.Select(f => f.Category.Code));
        Assert.Equal(2, result.Report.Notes["aggregate rows kept apart"]);
        Assert.Equal(5, result.Report.Accepted);
    }

    [Fact]
    public void Services_in_EBOPS_keep_their_categories_as_detail_and_the_top_apart()
    {
        const string Csv = """
            reporterCode,partnerCode,flowCode,classificationCode,cmdCode,period,primaryValue,isAggregate
            156,0,X,EB10,S,2024,438462000000,false
            156,0,X,EB10,SD,2024,41742000000,false
            156,0,X,EB10,SC,2024,54121000000,false
            """;

        var result = ComtradeFile.ReadFrom(
            Fixture.Text(Csv),
            "services.csv",
            new ComtradeReadOptions { Classification = Ebops2010.Classification },
            Token
        );

        // EBOPS codes are short and none is a chapter: only the top (S, not marked) is an aggregate.
        Assert.Equal(["SD", "SC"], result.Flows.Select(f => f.Category.Code));
        Assert.Equal("S", Assert.Single(result.Aggregates!).Category.Code);
    }

    [Fact]
    public void Quantities_take_their_unit_or_else_the_net_weight()
    {
        var flows = Sample().Flows.ToArray();

        Assert.Equal(Scalar.FromAmount(120), flows[0].Quantity);
        Assert.Equal(Mass.FromKilograms(2500.25), flows[1].Quantity);
        Assert.Null(flows[2].Quantity);
        Assert.Equal(1, Sample().Report.Notes["quantity from net weight (kg)"]);
        Assert.Equal(
            1,
            Sample().Report.Notes[
                "quantity in a unit with no UnitsNet counterpart and no net weight: none kept"
            ]
        );
    }

    [Fact]
    public void Every_bad_row_is_named_with_its_column()
    {
        var result = ComtradeFile.Read(
            Fixture.Path("Comtrade/malformed.csv"),
            new ComtradeReadOptions { Errors = ErrorMode.Collect },
            Token
        );

        Assert.Equal(1, result.Report.Accepted);
        Assert.Equal(
            ["flowCode", "partner2Code", "period", "primaryValue", "qty", "cmdCode", "customsCode"],
            result.Report.Errors.Select(e => e.ColumnName)
        );
        Assert.Equal(9, result.Report.Errors[^1].Line);
    }

    [Fact]
    public void Rows_of_another_HS_edition_are_refused()
    {
        const string Csv =
            "reporterCode,partnerCode,flowCode,classificationCode,cmdCode,period,primaryValue\n156,842,X,H5,010121,2017,1\n";

        var error = Assert.Throws<DataFormatException>(() =>
            ComtradeFile.ReadFrom(Fixture.Text(Csv), "h5.csv", cancellationToken: Token)
        );

        Assert.Contains("HS 2022", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quantity_written_NA_is_no_quantity_as_in_every_reader_and_the_net_weight_stands_in()
    {
        const string Csv =
            "reporterCode,partnerCode,flowCode,cmdCode,period,primaryValue,qtyUnitCode,qty,netWgt\n156,842,X,010121,2024,1,5,NA,7.5\n";

        var result = ComtradeFile.ReadFrom(Fixture.Text(Csv), "na.csv", cancellationToken: Token);

        Assert.Equal(Mass.FromKilograms(7.5), result.Flows.Single().Quantity);
        Assert.Equal(1, result.Report.Notes["quantity from net weight (kg)"]);
    }

    [Theory]
    [InlineData(ComtradeValueBasis.Primary, "1234567.5", "99.5")]
    [InlineData(ComtradeValueBasis.Fob, "1234567.5", null)]
    [InlineData(ComtradeValueBasis.Cif, null, "99.5")]
    public void The_value_basis_chooses_the_primary_FOB_or_CIF_value_and_a_row_without_it_has_none(
        ComtradeValueBasis basis,
        string? exports,
        string? imports
    )
    {
        var flows = ComtradeFile
            .Read(
                Fixture.Path("Comtrade/comtrade-2024.csv"),
                new ComtradeReadOptions { ValueBasis = basis },
                Token
            )
            .Flows;

        decimal? ValueOf(TradeDirection direction) =>
            flows.Single(f => f.Direction == direction).Value?.Amount;
        Assert.Equal(
            exports is null
                ? null
                : decimal.Parse(exports, System.Globalization.CultureInfo.InvariantCulture),
            ValueOf(TradeDirection.Exports)
        );
        Assert.Equal(
            imports is null
                ? null
                : decimal.Parse(imports, System.Globalization.CultureInfo.InvariantCulture),
            ValueOf(TradeDirection.Imports)
        );
    }

    [Fact]
    public void Both_valuations_of_a_file_feed_a_mirror_comparison_of_like_with_like()
    {
        // China's exports as reported (FOB), and the US's imports from China both CIF (112) and FOB (105).
        const string Csv =
            "reporterCode,partnerCode,flowCode,cmdCode,period,primaryValue,fobvalue,cifvalue\n"
            + "156,842,X,850110,2024,100,100,\n"
            + "842,156,M,850110,2024,112,105,112\n";
        var query = FlowQuery.By(
            FlowDimension.Reporter,
            FlowDimension.Partner,
            FlowDimension.Direction
        );
        FlowCube Read(ComtradeValueBasis basis) =>
            ComtradeFile
                .ReadFrom(
                    Fixture.Text(Csv),
                    "mirror.csv",
                    new ComtradeReadOptions { ValueBasis = basis },
                    Token
                )
                .Flows.Aggregate(query);

        var estimated = TradeIndicators.Mirror(Read(ComtradeValueBasis.Primary), 1.06m).Single();
        var likeWithLike = TradeIndicators
            .Mirror(Read(ComtradeValueBasis.Primary), Read(ComtradeValueBasis.Fob), 1m)
            .Single();

        Assert.Equal(new Money(6m, Currency.USD), estimated.Difference);
        Assert.Equal(new Money(105m, Currency.USD), likeWithLike.MirrorImports);
        Assert.Equal(new Money(5m, Currency.USD), likeWithLike.Difference);
        Assert.Equal(5m, likeWithLike.Asymmetry.Value);
    }

    [Fact]
    public void A_value_basis_the_file_lacks_is_refused_by_its_column()
    {
        const string Csv =
            "reporterCode,partnerCode,flowCode,cmdCode,period,primaryValue\n156,842,X,010121,2024,1\n";

        var error = Assert.Throws<DataFormatException>(() =>
            ComtradeFile.ReadFrom(
                Fixture.Text(Csv),
                "primary-only.csv",
                new ComtradeReadOptions { ValueBasis = ComtradeValueBasis.Fob },
                Token
            )
        );

        Assert.Contains("fobvalue", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ComtradeValueBasis.Primary, "primaryValue")]
    [InlineData(ComtradeValueBasis.Fob, "fobvalue")]
    [InlineData(ComtradeValueBasis.Cif, "cifvalue")]
    public void Each_value_basis_reads_the_column_it_names(ComtradeValueBasis basis, string column)
    {
        // Only the named column holds 7: the flow's value says which one was read.
        var header =
            "reporterCode,partnerCode,flowCode,cmdCode,period,primaryValue,fobvalue,cifvalue\n";
        var row = column switch
        {
            "primaryValue" => "156,842,X,010121,2024,7,1,2\n",
            "fobvalue" => "156,842,X,010121,2024,1,7,2\n",
            _ => "156,842,X,010121,2024,1,2,7\n",
        };
        var options = new ComtradeReadOptions { ValueBasis = basis };

        var flow = ComtradeFile
            .ReadFrom(Fixture.Text(header + row), "basis.csv", options, Token)
            .Flows.Single();

        Assert.Equal(column, options.ValueColumn);
        Assert.Equal(7m, flow.Value!.Value.Amount);
    }

    [Fact]
    public void Monthly_periods_are_months()
    {
        const string Csv =
            "reporterCode,partnerCode,flowCode,cmdCode,period,primaryValue\n156,842,X,010121,202403,1\n";

        var flow = ComtradeFile
            .ReadFrom(Fixture.Text(Csv), "monthly.csv", cancellationToken: Token)
            .Flows.Single();

        Assert.Equal(ReferencePeriod.ForMonth(2024, 3), flow.Period);
    }

    [Fact]
    public void An_HS_code_that_lost_its_leading_zero_gets_it_back_and_a_code_that_is_still_none_is_named()
    {
        // A spreadsheet or pandas round trip drops the zero: 10121 is 010121, the heading 101 is 0101 (an aggregate).
        const string Csv =
            "reporterCode,partnerCode,flowCode,cmdCode,period,primaryValue\n156,842,X,10121,2024,1\n156,842,X,101,2024,1\n156,842,X,99999,2024,1\n";

        var result = ComtradeFile.ReadFrom(
            Fixture.Text(Csv),
            "zeros.csv",
            new ComtradeReadOptions { Errors = ErrorMode.Collect },
            Token
        );

        Assert.Equal("010121", result.Flows.Single().Category.Code);
        Assert.Equal("0101", result.Aggregates!.Single().Category.Code);
        var error = Assert.Single(result.Report.Errors);
        Assert.Equal(("cmdCode", 4L, "99999"), (error.ColumnName, error.Line, error.Text));
        Assert.Contains(
            "even with a leading zero restored",
            error.Reason,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Writing_then_reading_gives_the_same_flows_and_aggregates()
    {
        var read = Sample();
        using var writer = new StringWriter();

        ComtradeFile.Write(read.Flows, read.Aggregates, writer);
        var again = ComtradeFile.ReadFrom(
            Fixture.Text(writer.ToString()),
            "written",
            cancellationToken: Token
        );

        Assert.Equal(Fixture.Rows(read.Flows), Fixture.Rows(again.Flows));
        Assert.Equal(Fixture.Rows(read.Aggregates!), Fixture.Rows(again.Aggregates!));
    }
}
