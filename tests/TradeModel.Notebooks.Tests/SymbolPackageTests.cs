using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Text.Json;

namespace TradeModel.Notebooks.Tests;

/// <summary>
/// Every package ships what a user's debugger and package browser need: an icon and readme in the package, and in its
/// symbol package a PDB whose source paths are deterministic (<c>/_/…</c>) and linked by SourceLink to the commit the
/// package was built from, even when the clone it was built in has no git remote.
/// </summary>
[Collection(KernelTests.Name)]
public sealed class SymbolPackageTests(LocalPackage package)
{
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    public static TheoryData<string> Packages => new(LocalPackage.Packages);

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_package_carries_its_icon_readme_and_documented_assembly(string id)
    {
        using var nupkg = ZipFile.OpenRead(
            Path.Combine(package.Feed, $"{id}.{package.Version}.nupkg")
        );

        Assert.NotNull(nupkg.GetEntry("icon.png"));
        Assert.NotNull(nupkg.GetEntry("README.md"));
        Assert.NotNull(nupkg.GetEntry($"lib/net10.0/{id}.dll"));
        Assert.NotNull(nupkg.GetEntry($"lib/net10.0/{id}.xml"));
        using var nuspec = new StreamReader(nupkg.GetEntry($"{id}.nuspec")!.Open());
        Assert.Contains("<icon>icon.png</icon>", nuspec.ReadToEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public async Task The_symbol_package_links_deterministic_source_paths_to_the_commit_on_the_repository_host(
        string id
    )
    {
        using var snupkg = ZipFile.OpenRead(
            Path.Combine(package.Feed, $"{id}.{package.Version}.snupkg")
        );
        var entry = snupkg.GetEntry($"lib/net10.0/{id}.pdb");
        Assert.NotNull(entry);
        using var pdb = new MemoryStream();
        await using (var stream = entry.Open())
        {
            await stream.CopyToAsync(pdb, TestContext.Current.CancellationToken);
        }
        pdb.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
        var reader = provider.GetMetadataReader();

        var documents = reader
            .Documents.Select(d => reader.GetString(reader.GetDocument(d).Name))
            .ToList();
        Assert.NotEmpty(documents);
        Assert.All(documents, d => Assert.StartsWith("/_/src/", d, StringComparison.Ordinal));
        var sourceLink = reader
            .CustomDebugInformation.Select(reader.GetCustomDebugInformation)
            .Where(c => reader.GetGuid(c.Kind) == SourceLinkKind)
            .Select(c => JsonDocument.Parse(reader.GetBlobBytes(c.Value)))
            .Single();
        var mapping = Assert.Single(
            sourceLink.RootElement.GetProperty("documents").EnumerateObject()
        );
        Assert.Equal("/_/*", mapping.Name);
        Assert.Equal(
            $"https://raw.githubusercontent.com/trademodel/trademodel/{await Head()}/*",
            mapping.Value.GetString()
        );
    }

    [Fact]
    public void The_notebook_package_carries_the_kernel_extension_that_registers_its_formatters()
    {
        using var nupkg = ZipFile.OpenRead(
            Path.Combine(package.Feed, $"TradeModel.Interactive.{package.Version}.nupkg")
        );
        var extension = nupkg.GetEntry("interactive-extensions/dotnet/extension.dib");

        Assert.NotNull(extension);
        using var reader = new StreamReader(extension.Open());
        Assert.Contains(
            "TradeModelFormatters.Register()",
            reader.ReadToEnd(),
            StringComparison.Ordinal
        );
    }

    private async Task<string> Head()
    {
        var start = new ProcessStartInfo("git", "rev-parse HEAD")
        {
            WorkingDirectory = package.RepositoryRoot,
            RedirectStandardOutput = true,
        };
        using var git = Process.Start(start)!;
        var head = (await git.StandardOutput.ReadToEndAsync()).Trim();
        await git.WaitForExitAsync();
        Assert.Matches("^[0-9a-f]{40}$", head);
        return head;
    }
}
