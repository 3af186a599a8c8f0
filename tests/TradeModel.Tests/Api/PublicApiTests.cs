using PublicApiGenerator;
using TradeModel.Tests.Support;

namespace TradeModel.Tests.Api;

/// <summary>The whole public API as text, snapshotted: any change to it shows up as a diff in review.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_API_is_the_reviewed_one()
    {
        var api = typeof(Currency).Assembly.GeneratePublicApi(
            new ApiGeneratorOptions
            {
                ExcludeAttributes =
                [
                    "System.Runtime.Versioning.TargetFrameworkAttribute",
                    "System.Reflection.AssemblyMetadataAttribute",
                ],
            }
        );

        Snapshots.Match<PublicApiTests>(api);
    }
}
