using System.Runtime.CompilerServices;
using Snapshooter;
using Snapshooter.Xunit3;

namespace TradeModel.Tests.Support;

/// <summary>
/// Snapshot matching with an explicit snapshot folder. Snapshooter normally finds the folder from the
/// test's source path in the stack trace, but a CI build (<c>ContinuousIntegrationBuild</c>) maps source
/// paths to <c>/_/</c>, where no snapshot exists. The folder is therefore taken from the project
/// directory recorded at build time plus the test class's namespace (one folder per namespace segment).
/// </summary>
internal static class Snapshots
{
    private const string RootNamespace = "TradeModel.Tests";

    private static readonly string ProjectDirectory = RepositoryFiles.TestProject;

    /// <summary>Matches <paramref name="actual"/> against <c>__snapshots__/{Class}.{Test}.snap</c> next to the test class.</summary>
    public static void Match<TTest>(string actual, [CallerMemberName] string testName = "")
    {
        var type = typeof(TTest);
        var ns = type.Namespace ?? RootNamespace;
        var relative = ns.StartsWith(RootNamespace + ".", StringComparison.Ordinal)
            ? ns[(RootNamespace.Length + 1)..].Replace('.', Path.DirectorySeparatorChar)
            : "";
        var folder = Path.Combine(ProjectDirectory, relative);
        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException(
                $"The snapshot folder '{folder}' for {type.FullName} does not exist; test namespaces must follow folders."
            );
        }

        Snapshot.Match(actual, new SnapshotFullName($"{type.Name}.{testName}.snap", folder));
    }
}
