using TradeModel.Orleans.Datasets;

namespace TradeModel.Orleans.Tests;

/// <summary>A query's options refuse values that cannot work, naming the option.</summary>
public sealed class ClusterQueryOptionsTests
{
    [Fact]
    public void The_defaults_read_in_memory_and_take_a_silo_as_lost_after_ten_seconds()
    {
        var options = new ClusterQueryOptions();

        Assert.Equal(PartitionEngine.InMemory, options.Engine);
        Assert.Equal(TimeSpan.FromSeconds(10), options.LostSiloTimeout);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_lost_silo_timeout_that_is_not_positive_is_refused(int seconds)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ClusterQueryOptions { LostSiloTimeout = TimeSpan.FromSeconds(seconds) }
        );

        Assert.Equal(nameof(ClusterQueryOptions.LostSiloTimeout), error.ParamName);
    }

    [Fact]
    public void An_engine_that_is_not_one_of_the_partition_engines_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ClusterQueryOptions { Engine = (PartitionEngine)7 }
        );

        Assert.Equal(nameof(ClusterQueryOptions.Engine), error.ParamName);
    }
}
