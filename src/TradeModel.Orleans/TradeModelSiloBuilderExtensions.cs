using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TradeModel.Orleans.Datasets;
using TradeModel.Orleans.Grains;

namespace TradeModel.Orleans;

/// <summary>Makes a silo able to aggregate TradeModel partitions.</summary>
public static class TradeModelSiloBuilderExtensions
{
    /// <summary>
    /// Registers TradeModel's partition grains' services on a silo: the partition reader, the classifications it
    /// knows, and the bound on partitions in flight.
    /// </summary>
    /// <param name="builder">The silo's builder.</param>
    /// <param name="configure">Sets the options; the defaults read Parquet files from paths, two at a time.</param>
    /// <returns>The builder, to chain.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static ISiloBuilder AddTradeModel(
        this ISiloBuilder builder,
        Action<TradeModelSiloOptions>? configure = null
    )
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new TradeModelSiloOptions();
        configure?.Invoke(options);
        builder.Services.AddSingleton(options);
        builder.Services.TryAddSingleton<IPartitionReader>(
            options.Reader ?? new ParquetPartitionReader([.. options.Classifications])
        );
        builder.Services.AddSingleton(provider => new SiloSettings(
            provider.GetRequiredService<IPartitionReader>(),
            options.DuckDb
        ));
        builder.Services.AddSingleton(new PartitionGate(options.MaxPartitionsInFlight));
        builder.Services.AddSingleton(new KnownClassifications(options.Classifications));
        builder.AddPlacementDirector<PartitionPlacement, PartitionPlacementDirector>();
        return builder;
    }
}
