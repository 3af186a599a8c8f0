using TradeModel.Internal;

namespace TradeModel.Tests.Internal;

public sealed class DecimalMathTests
{
    public static TheoryData<decimal> Values() =>
        [
            0m,
            1m,
            -1m,
            0.5m,
            decimal.MaxValue,
            decimal.MinValue,
            39614081257132168796771975168m,
            39614081257132168796771975167m,
            7523.80m,
            -1e-28m,
        ];

    [Theory]
    [MemberData(nameof(Values))]
    public void The_high_bits_read_for_the_fast_overflow_check_are_the_high_word_of_the_mantissa(
        decimal value
    )
    {
        Assert.Equal((uint)decimal.GetBits(value)[2], DecimalMath.HighBits(ref value));
    }

    [Fact]
    public void Sums_of_mantissas_below_two_to_the_95_are_known_not_to_overflow_and_larger_ones_take_the_checked_path()
    {
        Assert.True(
            DecimalMath.CannotOverflowOnAdd(
                39614081257132168796771975167m,
                -39614081257132168796771975167m
            )
        );
        Assert.False(DecimalMath.CannotOverflowOnAdd(39614081257132168796771975168m, 1m));
        Assert.False(DecimalMath.CannotOverflowOnAdd(1m, decimal.MinValue));
    }
}
