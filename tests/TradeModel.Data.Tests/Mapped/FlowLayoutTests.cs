using TradeModel.Data.Mapped;
using TradeModel.Flows;
using UnitsNet.Units;

namespace TradeModel.Data.Tests.Mapped;

/// <summary>A layout refuses, when it is set, a part that no file could be read by.</summary>
public sealed class FlowLayoutTests
{
    private static readonly FlowLayout Baci = FlowLayout.Baci();

    [Fact]
    public void A_part_out_of_its_range_is_refused_by_name_when_it_is_set()
    {
        Assert.Equal(
            "UnitMultiplier",
            Assert
                .Throws<ArgumentOutOfRangeException>(() => Baci with { UnitMultiplier = 29 })
                .ParamName
        );
        Assert.Equal(
            "UnitMultiplier",
            Assert
                .Throws<ArgumentOutOfRangeException>(() => Baci with { UnitMultiplier = -29 })
                .ParamName
        );
        Assert.Equal(
            "CategoryDigits",
            Assert
                .Throws<ArgumentOutOfRangeException>(() => Baci with { CategoryDigits = 0 })
                .ParamName
        );
        Assert.Equal(
            "CategoryDigits",
            Assert
                .Throws<ArgumentOutOfRangeException>(() => Baci with { CategoryDigits = 21 })
                .ParamName
        );
        Assert.Equal(
            "FloatDecimals",
            Assert
                .Throws<ArgumentOutOfRangeException>(() => Baci with { FloatDecimals = -1 })
                .ParamName
        );
        Assert.Equal(
            "FloatDecimals",
            Assert
                .Throws<ArgumentOutOfRangeException>(() => Baci with { FloatDecimals = 19 })
                .ParamName
        );
        Assert.Equal(
            "EconomyCodes",
            Assert
                .Throws<ArgumentOutOfRangeException>(() =>
                    Baci with
                    {
                        EconomyCodes = (EconomyCodes)9,
                    }
                )
                .ParamName
        );
        Assert.Equal(
            "Direction",
            Assert
                .Throws<ArgumentOutOfRangeException>(() =>
                    Baci with
                    {
                        Direction = (TradeDirection)9,
                    }
                )
                .ParamName
        );
        Assert.Equal(
            "QuantityUnit",
            Assert
                .Throws<ArgumentException>(() => Baci with { QuantityUnit = DayOfWeek.Monday })
                .ParamName
        );
    }

    [Fact]
    public void A_missing_classification_or_code_list_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => Baci with { Classification = null! });
        Assert.Throws<ArgumentNullException>(() => Baci with { DirectionCodes = null! });
        Assert.Throws<ArgumentNullException>(() => Baci with { StatusCodes = null! });
    }

    [Fact]
    public void The_edges_of_each_range_are_accepted()
    {
        var layout = Baci with
        {
            UnitMultiplier = -28,
            CategoryDigits = 20,
            FloatDecimals = 18,
            QuantityUnit = VolumeUnit.Liter,
        };

        Assert.Equal(
            (-28, 20, 18),
            (layout.UnitMultiplier, layout.CategoryDigits, layout.FloatDecimals)
        );
        Assert.Null((Baci with { CategoryDigits = null }).CategoryDigits);
    }

    [Theory]
    [InlineData("t", MassUnit.Tonne)]
    [InlineData("kg", MassUnit.Kilogram)]
    [InlineData("MassUnit.Tonne", MassUnit.Tonne)]
    [InlineData("m3", VolumeUnit.CubicMeter)]
    public void A_unit_column_s_text_names_a_UnitsNet_unit(string text, object expected)
    {
        Assert.True(FlowLayout.TryParseUnit(text, out var unit));
        Assert.Equal(expected, unit);
    }

    [Theory]
    [InlineData("T")]
    [InlineData("tonnes")]
    [InlineData("")]
    public void A_text_that_names_no_unit_is_not_one(string text)
    {
        Assert.False(FlowLayout.TryParseUnit(text, out var unit));
        Assert.Null(unit);
        Assert.Throws<ArgumentNullException>(() => FlowLayout.TryParseUnit(null!, out _));
    }
}
