using TradeModel.Internal;

namespace TradeModel.Tests.Internal;

/// <summary>
/// The divisor that cube axes use to find a cell's index on each axis without a hardware division: it must give the
/// quotient and remainder of ordinary division for every 32-bit numerator, since a wrong one would put a flow's total
/// in a neighbouring cell.
/// </summary>
public sealed class FastDivisorTests
{
    public static TheoryData<uint> Divisors =>
        [
            1,
            2,
            3,
            7,
            10,
            97,
            230,
            5_613,
            44_620,
            65_536,
            1_000_003,
            int.MaxValue,
            uint.MaxValue - 1,
            uint.MaxValue,
        ];

    [Theory]
    [MemberData(nameof(Divisors))]
    public void Quotient_and_remainder_are_those_of_division_at_the_edges_of_32_bits(uint divisor)
    {
        var fast = new FastDivisor(divisor);
        uint[] numerators = unchecked(

            [
                0,
                1,
                divisor - 1,
                divisor,
                divisor + 1,
                (divisor * 2) - 1,
                int.MaxValue,
                uint.MaxValue - 1,
                uint.MaxValue,
                uint.MaxValue / divisor * divisor,
                (uint.MaxValue / divisor * divisor) - 1,
            ]
        );
        foreach (var n in numerators)
        {
            Assert.Equal(n / divisor, fast.Divide(n));
            Assert.Equal(n % divisor, fast.Remainder(n));
        }
    }

    [Fact]
    public void Quotient_and_remainder_are_those_of_division_for_a_million_random_pairs()
    {
        var random = new Random(20261207);
        for (var i = 0; i < 1_000_000; i++)
        {
            var divisor = (uint)random.NextInt64(1, i % 2 == 0 ? 1L << 16 : 1L << 32);
            var n = (uint)random.NextInt64(0, 1L << 32);
            var fast = new FastDivisor(divisor);
            Assert.Equal(n / divisor, fast.Divide(n));
            Assert.Equal(n % divisor, fast.Remainder(n));
        }
    }

    [Fact]
    public void The_default_value_divides_by_one()
    {
        var one = default(FastDivisor);
        Assert.Equal(1u, one.Divisor);
        Assert.Equal(123_456u, one.Divide(123_456));
        Assert.Equal(0u, one.Remainder(123_456));
    }

    [Fact]
    public void A_divisor_of_zero_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new FastDivisor(0));
        Assert.Equal("divisor", error.ParamName);
    }
}
