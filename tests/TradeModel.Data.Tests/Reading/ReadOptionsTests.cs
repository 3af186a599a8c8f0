using TradeModel.Data.Comtrade;

namespace TradeModel.Data.Tests.Reading;

/// <summary>Read options are checked when they are set, not midway through a read.</summary>
public sealed class ReadOptionsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Progress_every_zero_or_fewer_rows_is_refused_when_set(int rows)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ReadOptions { ProgressEvery = rows }
        );

        Assert.Equal("ProgressEvery", e.ParamName);
    }

    [Fact]
    public void Keeping_a_negative_number_of_errors_is_refused_when_set_and_none_is_allowed()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ReadOptions { MaxErrorsKept = -1 }
        );

        Assert.Equal("MaxErrorsKept", e.ParamName);
        Assert.Equal(0, new ReadOptions { MaxErrorsKept = 0 }.MaxErrorsKept);
        Assert.Equal(1, new ReadOptions { ProgressEvery = 1 }.ProgressEvery);
    }

    [Fact]
    public void A_repeated_rows_choice_that_is_not_defined_is_refused_when_set()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ReadOptions { Duplicates = (DuplicateRows)7 }
        );

        Assert.Equal("Duplicates", e.ParamName);
        Assert.Equal(
            DuplicateRows.Refuse,
            new ReadOptions { Duplicates = DuplicateRows.Refuse }.Duplicates
        );
    }

    [Fact]
    public void A_Comtrade_value_basis_that_is_not_defined_is_refused_when_set()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ComtradeReadOptions { ValueBasis = (ComtradeValueBasis)3 }
        );

        Assert.Equal("ValueBasis", e.ParamName);
    }
}
