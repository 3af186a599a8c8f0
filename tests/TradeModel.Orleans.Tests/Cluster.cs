using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;
using TradeModel.Orleans.Datasets;

namespace TradeModel.Orleans.Tests;

/// <summary>A real Orleans cluster of three silos in the test process, each able to aggregate TradeModel partitions.</summary>
public sealed class Cluster : IAsyncLifetime
{
    internal TestCluster Silos { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = new TestClusterBuilder(3);
        // The test host otherwise writes a log file per silo into the working directory.
        builder.Options.ConfigureFileLogging = false;
        builder.AddSiloBuilderConfigurator<SiloSetup>();
        builder.AddClientBuilderConfigurator<ClientSetup>();
        Silos = builder.Build();
        await Silos.DeployAsync();
    }

    public async ValueTask DisposeAsync()
    {
        GatedReader.Release();
        await Silos.StopAllSilosAsync();
        await Silos.DisposeAsync();
    }

    /// <summary>Each silo: TradeModel's services, the gated reader, and short timeouts so that a lost silo is noticed quickly.</summary>
    private sealed class SiloSetup : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddTradeModel(options => options.MaxPartitionsInFlight = 2);
            siloBuilder.Services.AddSingleton<IPartitionReader, GatedReader>();
            siloBuilder.Configure<SiloMessagingOptions>(o =>
                o.ResponseTimeout = TimeSpan.FromSeconds(10)
            );
        }
    }

    private sealed class ClientSetup : IClientBuilderConfigurator
    {
        public void Configure(
            Microsoft.Extensions.Configuration.IConfiguration configuration,
            IClientBuilder clientBuilder
        ) =>
            clientBuilder.Configure<ClientMessagingOptions>(o =>
                o.ResponseTimeout = TimeSpan.FromSeconds(10)
            );
    }
}
