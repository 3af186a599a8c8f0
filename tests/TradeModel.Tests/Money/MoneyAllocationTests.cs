namespace TradeModel.Tests.Amounts;

public sealed class MoneyAllocationTests
{
    private static Money Cny(decimal amount) => new(amount, Currency.CNY);

    [Fact]
    public void Splitting_one_hundred_yuan_three_ways_gives_the_extra_fen_to_the_first_part()
    {
        Assert.Equal([Cny(33.34m), Cny(33.33m), Cny(33.33m)], Cny(100m).Split(3));
    }

    [Fact]
    public void Splitting_a_negative_amount_mirrors_the_positive_split()
    {
        Assert.Equal([Cny(-33.34m), Cny(-33.33m), Cny(-33.33m)], Cny(-100m).Split(3));
    }

    [Fact]
    public void Allocating_by_ratios_gives_each_part_its_share_and_the_parts_add_up()
    {
        var parts = Cny(0.05m).Allocate(3m, 7m);

        Assert.Equal([Cny(0.02m), Cny(0.03m)], parts);
        Assert.Equal(Cny(0.05m), parts.Sum());
    }

    [Fact]
    public void The_leftover_units_go_to_the_largest_remainders()
    {
        // Exact shares 33.3, 33.3, 33.4 fen: the third part has the largest remainder.
        var parts = Cny(1.00m).Allocate(0.333m, 0.333m, 0.334m);

        Assert.Equal([Cny(0.33m), Cny(0.33m), Cny(0.34m)], parts);
    }

    [Fact]
    public void A_zero_ratio_gets_nothing()
    {
        Assert.Equal([Cny(0m), Cny(10m), Cny(0m)], Cny(10m).Allocate(0m, 1m, 0m));
    }

    [Fact]
    public void Yen_is_allocated_in_whole_yen()
    {
        var parts = new Money(100m, Currency.JPY).Split(3);

        Assert.Equal([34m, 33m, 33m], parts.Select(p => p.Amount));
    }

    [Fact]
    public void An_unrounded_amount_is_allocated_at_its_own_precision_so_nothing_is_rounded_away()
    {
        var parts = Cny(10.005m).Split(2);

        Assert.Equal([Cny(5.003m), Cny(5.002m)], parts);
    }

    [Fact]
    public void The_largest_decimal_can_be_split_without_overflow()
    {
        var parts = Cny(decimal.MaxValue).Split(7);

        Assert.Equal(Cny(decimal.MaxValue), parts.Sum());
    }

    [Fact]
    public void Bad_ratios_are_rejected_with_the_reason()
    {
        Assert.Throws<ArgumentException>(() => Cny(1m).Allocate());
        Assert.Throws<ArgumentException>(() => Cny(1m).Allocate(0m, 0m));
        var negative = Assert.Throws<ArgumentException>(() => Cny(1m).Allocate(1m, -1m));
        Assert.Contains("-1", negative.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Cny(1m).Split(0));
    }
}
