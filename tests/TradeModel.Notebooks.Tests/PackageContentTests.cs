using System.IO.Compression;

namespace TradeModel.Notebooks.Tests;

/// <summary>What the packed NuGet package carries besides the assembly.</summary>
[Collection(KernelTests.Name)]
public sealed class PackageContentTests(LocalPackage package)
{
    private ZipArchive Open() =>
        ZipFile.OpenRead(Path.Combine(package.Feed, $"TradeModel.{package.Version}.nupkg"));

    [Fact]
    public void The_package_carries_the_sources_and_licences_of_its_embedded_data()
    {
        using var nupkg = Open();
        var entry = nupkg.GetEntry("data/SOURCES.md");

        Assert.NotNull(entry);
        using var reader = new StreamReader(entry.Open());
        var notes = reader.ReadToEnd();
        foreach (
            var file in new[]
            {
                "iso4217-codes-all.csv",
                "ebops2010-sdmx.csv",
                "hs2022.csv",
                "iso3166-country-codes.csv",
            }
        )
        {
            Assert.Contains(file, notes, StringComparison.Ordinal);
        }
        Assert.Contains("Licence", notes, StringComparison.Ordinal);
    }

    [Fact]
    public void The_package_carries_its_readme_and_the_XML_docs_of_every_public_member()
    {
        using var nupkg = Open();

        Assert.NotNull(nupkg.GetEntry("README.md"));
        Assert.NotNull(nupkg.GetEntry("lib/net10.0/TradeModel.dll"));
        Assert.NotNull(nupkg.GetEntry("lib/net10.0/TradeModel.xml"));
    }
}
