using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;
using TradeModel.Orleans.Datasets;

namespace TradeModel.Orleans.Tests;

/// <summary>A real Orleans cluster of three silos in the test process, each able to aggregate TradeModel partitions.</summary>
public sealed class Cluster : IAsyncLifetime
{
    private const string ResponseTimeoutKey = "TradeModelTests:ResponseTimeout";
    private readonly short silos;
    private readonly TimeSpan responseTimeout;

    /// <summary>Three silos; Orleans' response timeout ten seconds.</summary>
    public Cluster()
        : this(3, TimeSpan.FromSeconds(10)) { }

    /// <summary>A cluster of <paramref name="silos"/> silos whose calls time out after <paramref name="responseTimeout"/>.</summary>
    internal Cluster(short silos, TimeSpan responseTimeout)
    {
        this.silos = silos;
        this.responseTimeout = responseTimeout;
    }

    internal TestCluster Silos { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = new TestClusterBuilder(silos);
        // The test host otherwise writes a log file per silo into the working directory.
        builder.Options.ConfigureFileLogging = false;
        builder.Properties[ResponseTimeoutKey] = responseTimeout.ToString(
            "c",
            System.Globalization.CultureInfo.InvariantCulture
        );
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

    private static TimeSpan ResponseTimeout(
        Microsoft.Extensions.Configuration.IConfiguration configuration
    ) =>
        TimeSpan.ParseExact(
            configuration[ResponseTimeoutKey]!,
            "c",
            System.Globalization.CultureInfo.InvariantCulture
        );

    /// <summary>Each silo: TradeModel's services, the gated reader, and the cluster's response timeout.</summary>
    private sealed class SiloSetup : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddTradeModel(options => options.MaxPartitionsInFlight = 2);
            siloBuilder.Services.AddSingleton<IPartitionReader, GatedReader>();
            siloBuilder.Configure<SiloMessagingOptions>(o =>
                o.ResponseTimeout = ResponseTimeout(siloBuilder.Configuration)
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
                o.ResponseTimeout = ResponseTimeout(configuration)
            );
    }
}
