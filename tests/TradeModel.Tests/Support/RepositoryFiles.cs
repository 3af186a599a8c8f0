using System.Reflection;

namespace TradeModel.Tests.Support;

/// <summary>
/// Folders of the repository, found from the test project directory that the build records in the test assembly
/// (not from source paths, which a CI build maps to <c>/_/</c>).
/// </summary>
internal static class RepositoryFiles
{
    /// <summary>tests/TradeModel.Tests.</summary>
    internal static readonly string TestProject =
        typeof(RepositoryFiles)
            .Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "TestProjectDirectory")
            ?.Value
        ?? throw new InvalidOperationException(
            "The test assembly does not record TestProjectDirectory; see TradeModel.Tests.csproj."
        );

    /// <summary>The repository's top folder.</summary>
    internal static readonly string Root = Path.GetFullPath(Path.Combine(TestProject, "..", ".."));

    /// <summary>src/TradeModel, the core package's sources.</summary>
    internal static readonly string CoreSource = Path.Combine(Root, "src", "TradeModel");
}
