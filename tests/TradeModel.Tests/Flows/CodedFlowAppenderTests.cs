using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using TradeModel.Tests.Analysis;
using UnitsNet.Units;

namespace TradeModel.Tests.Flows;

/// <summary>
/// A reader of any format appends rows as dictionary codes, with every part checked as the object appender checks
/// it: the public bulk path the built-in readers use.
/// </summary>
public sealed class CodedFlowAppenderTests
{
    private static readonly Classification Hs = HarmonizedSystem2022.Classification;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Rows_appended_as_codes_are_the_flows_the_object_appender_gives(int seed)
    {
        var source = RandomFlows.Make(seed);
        var coded = new TradeFlowCollection(Hs, Currency.USD);
        var appender = coded.CreateCodedAppender();

        foreach (var f in source)
        {
            appender.Append(
                appender.CodeOf(f.Reporter),
                appender.CodeOf(f.Partner),
                f.Direction,
                appender.CodeOf(f.Category),
                appender.CodeOf(f.Period),
                f.Value?.Amount,
                f.Status,
                f.Quantity is { } q ? (double)q.Value : double.NaN,
                f.Quantity is { } u ? appender.CodeOf(u.Unit) : -1
            );
        }

        Assert.Equal(source.Count, coded.Count);
        foreach (var (expected, actual) in source.Zip(coded))
        {
            Assert.Equal(expected.ToString(), actual.ToString());
            Assert.Equal(expected.Value, actual.Value);
            Assert.Equal(expected.Status, actual.Status);
            Assert.Equal(expected.Quantity?.Unit, actual.Quantity?.Unit);
            Assert.Equal(expected.Quantity?.Value, actual.Quantity?.Value);
        }
    }

    [Theory]
    [InlineData(1234567L, 3, "1234.567")]
    [InlineData(5L, 0, "5")]
    [InlineData(1L, 9, "0.000000001")]
    [InlineData(long.MaxValue, 2, "92233720368547758.07")]
    [InlineData(long.MinValue, 0, "-9223372036854775808")]
    [InlineData(long.MinValue + 1, 0, "-9223372036854775807")]
    [InlineData(12345L, 28, "0.0000000000000000000000012345")]
    public void A_fixed_point_value_is_stored_exactly_whatever_its_scale(
        long units,
        int scale,
        string expected
    )
    {
        var flows = new TradeFlowCollection(Hs, Currency.USD);
        var appender = flows.CreateCodedAppender();

        appender.AppendFixedPoint(
            appender.CodeOf(Economy.FromCode("CHN")),
            appender.CodeOf(Economy.FromCode("USA")),
            TradeDirection.Exports,
            appender.CodeOf(Hs["850110"]),
            appender.CodeOf(ReferencePeriod.ForYear(2024)),
            units,
            scale
        );

        Assert.Equal(
            decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            flows.Single().Value!.Value.Amount
        );
        Assert.Equal(ObservationStatus.Normal, flows.Single().Status);
    }

    public static TheoryData<string, Action<CodedFlowAppender>, Type, string> BadRows =>
        new()
        {
            {
                "a reporter code not in the dictionary",
                a => Row(a, reporter: 9),
                typeof(ArgumentOutOfRangeException),
                "reporter"
            },
            {
                "a negative partner code",
                a => Row(a, partner: -1),
                typeof(ArgumentOutOfRangeException),
                "partner"
            },
            {
                "a category code not in the dictionary",
                a => Row(a, category: 1),
                typeof(ArgumentOutOfRangeException),
                "category"
            },
            {
                "a period code not in the dictionary",
                a => Row(a, period: 1),
                typeof(ArgumentOutOfRangeException),
                "period"
            },
            {
                "an undefined direction",
                a => Row(a, direction: (TradeDirection)7),
                typeof(ArgumentException),
                "direction"
            },
            {
                "an undefined status",
                a => Row(a, status: (ObservationStatus)9),
                typeof(ArgumentException),
                "status"
            },
            {
                "a missing flow with a value",
                a => Row(a, status: ObservationStatus.Missing),
                typeof(ArgumentException),
                "value"
            },
            {
                "a normal flow without a value",
                a => Row(a, value: null),
                typeof(ArgumentException),
                "value"
            },
            {
                "a negative quantity",
                a => Row(a, quantity: -1, unit: 0),
                typeof(ArgumentException),
                "quantity"
            },
            {
                "an infinite quantity",
                a => Row(a, quantity: double.PositiveInfinity, unit: 0),
                typeof(ArgumentException),
                "quantity"
            },
            {
                "a quantity without its unit",
                a => Row(a, quantity: 2, unit: -1),
                typeof(ArgumentException),
                "quantity"
            },
            {
                "a unit without a quantity",
                a => Row(a, quantity: double.NaN, unit: 0),
                typeof(ArgumentException),
                "quantity"
            },
            {
                "a unit code not in the dictionary",
                a => Row(a, quantity: 2, unit: 3),
                typeof(ArgumentOutOfRangeException),
                "quantityUnit"
            },
            {
                "a fixed-point scale beyond 28",
                a => a.AppendFixedPoint(0, 0, TradeDirection.Exports, 0, 0, 1, 29),
                typeof(ArgumentOutOfRangeException),
                "valueScale"
            },
            {
                "a fixed-point row with an undefined direction",
                a => a.AppendFixedPoint(0, 0, (TradeDirection)4, 0, 0, 1, 0),
                typeof(ArgumentException),
                "direction"
            },
            {
                "a fixed-point row with a bad reporter code",
                a => a.AppendFixedPoint(1, 0, TradeDirection.Exports, 0, 0, 1, 0),
                typeof(ArgumentOutOfRangeException),
                "reporter"
            },
        };

    [Theory]
    [MemberData(nameof(BadRows))]
    public void A_bad_row_is_refused_by_the_name_of_its_bad_part_and_nothing_is_stored(
        string what,
        Action<CodedFlowAppender> append,
        Type exception,
        string parameter
    )
    {
        var flows = new TradeFlowCollection(Hs, Currency.USD);
        var appender = flows.CreateCodedAppender();
        appender.CodeOf(Economy.FromCode("CHN"));
        appender.CodeOf(Hs["850110"]);
        appender.CodeOf(ReferencePeriod.ForYear(2024));
        appender.CodeOf(MassUnit.Tonne);

        var e = Assert.Throws(exception, () => append(appender));

        Assert.Equal(parameter, ((ArgumentException)e).ParamName);
        Assert.True(flows.Count == 0, what);
    }

    [Fact]
    public void A_category_of_another_classification_or_an_enum_that_is_no_unit_gets_no_code()
    {
        var appender = new TradeFlowCollection(Hs, Currency.USD).CreateCodedAppender();

        Assert.Throws<ArgumentException>(() => appender.CodeOf(Ebops2010.Classification["SD"]));
        Assert.Throws<ArgumentException>(() => appender.CodeOf(DayOfWeek.Monday));
        Assert.Throws<ArgumentNullException>(() => appender.CodeOf((Economy)null!));
    }

    [Fact]
    public void Codes_are_the_collection_s_own_and_every_appender_of_it_gives_the_same()
    {
        var flows = new TradeFlowCollection(Hs, Currency.USD);
        var first = flows.CreateCodedAppender();
        var second = flows.CreateCodedAppender();

        var usa = first.CodeOf(Economy.FromCode("USA"));
        var chn = first.CodeOf(Economy.FromCode("CHN"));

        Assert.Equal((0, 1), (usa, chn));
        Assert.Equal(chn, second.CodeOf(Economy.FromCode("CHN")));
        Assert.Same(Economy.FromCode("CHN"), flows.Columns.Economies[chn]);
        Assert.Same(flows, second.Collection);
    }

    private static void Row(
        CodedFlowAppender appender,
        int reporter = 0,
        int partner = 0,
        TradeDirection direction = TradeDirection.Exports,
        int category = 0,
        int period = 0,
        decimal? value = 10m,
        ObservationStatus status = ObservationStatus.Normal,
        double quantity = double.NaN,
        int unit = -1
    ) =>
        appender.Append(
            reporter,
            partner,
            direction,
            category,
            period,
            value,
            status,
            quantity,
            unit
        );
}
