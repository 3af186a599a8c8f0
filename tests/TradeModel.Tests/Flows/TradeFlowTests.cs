using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Flows;
using UnitsNet;
using UnitsNet.Units;

namespace TradeModel.Tests.Flows;

public sealed class TradeFlowTests
{
    private static readonly Economy China = Economy.FromCode("CHN");
    private static readonly Category Horses = HarmonizedSystem2022.Classification["010121"];
    private static readonly ReferencePeriod Year = ReferencePeriod.ForYear(2024);

    [Fact]
    public void A_goods_flow_has_a_unit_value_in_the_unit_of_its_quantity()
    {
        var flow = new TradeFlow(
            China,
            Economy.World,
            TradeDirection.Exports,
            Horses,
            Year,
            new Money(250_000m, Currency.USD),
            quantity: Mass.FromTonnes(200)
        );

        Assert.Equal(
            new UnitValue(new Money(1_250m, Currency.USD), MassUnit.Tonne),
            flow.UnitValue
        );
        Assert.Equal("USD 1250 per t", flow.UnitValue!.Value.ToString());
    }

    [Fact]
    public void A_unit_value_converts_between_units_of_the_same_quantity()
    {
        var perTonne = new UnitValue(new Money(1_250m, Currency.USD), MassUnit.Tonne);

        Assert.Equal(new Money(1.25m, Currency.USD), perTonne.ConvertTo(MassUnit.Kilogram).Price);
        Assert.Throws<ArgumentException>(() => perTonne.ConvertTo(VolumeUnit.Liter));
    }

    [Fact]
    public void Counts_are_scalar_quantities_with_a_unit_value_per_item()
    {
        var flow = new TradeFlow(
            China,
            Economy.World,
            TradeDirection.Imports,
            Horses,
            Year,
            new Money(90m, Currency.USD),
            quantity: Scalar.FromAmount(3)
        );

        Assert.Equal(new Money(30m, Currency.USD), flow.UnitValue!.Value.Price);
    }

    [Fact]
    public void A_missing_flow_has_no_value_and_a_flow_without_value_must_say_why()
    {
        var missing = new TradeFlow(
            China,
            Economy.World,
            TradeDirection.Exports,
            Horses,
            Year,
            null,
            ObservationStatus.Missing
        );
        var withheld = new TradeFlow(
            China,
            Economy.World,
            TradeDirection.Exports,
            Horses,
            Year,
            null,
            ObservationStatus.Confidential
        );

        Assert.Null(missing.Value);
        Assert.Null(missing.UnitValue);
        Assert.Null(withheld.Value);
        Assert.Throws<ArgumentException>(() =>
            new TradeFlow(China, Economy.World, TradeDirection.Exports, Horses, Year, null)
        );
        Assert.Throws<ArgumentException>(() =>
            new TradeFlow(
                China,
                Economy.World,
                TradeDirection.Exports,
                Horses,
                Year,
                new Money(0m, Currency.USD),
                ObservationStatus.Missing
            )
        );
    }

    [Fact]
    public void Bad_flows_are_rejected_with_the_reason()
    {
        Assert.Throws<ArgumentException>(() =>
            new TradeFlow(
                China,
                Economy.World,
                (TradeDirection)7,
                Horses,
                Year,
                new Money(1m, Currency.USD)
            )
        );
        Assert.Throws<ArgumentException>(() =>
            new TradeFlow(
                China,
                Economy.World,
                TradeDirection.Exports,
                Horses,
                Year,
                new Money(1m, Currency.USD),
                quantity: Mass.FromTonnes(-1)
            )
        );
        Assert.Throws<ArgumentNullException>(() =>
            new TradeFlow(
                null!,
                Economy.World,
                TradeDirection.Exports,
                Horses,
                Year,
                new Money(1m, Currency.USD)
            )
        );
    }
}
