using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace TradeModel.Notebooks.Tests;

/// <summary>
/// The shipped packages meet through public API only, and release together: no package's assembly lets another see
/// its internals, and each depends on exactly the version of the others it was built with.
/// </summary>
[Collection(KernelTests.Name)]
public sealed class PackageSeamTests(LocalPackage package)
{
    public static TheoryData<string> Packages => new(LocalPackage.Packages);

    [Theory]
    [MemberData(nameof(Packages))]
    public void A_package_depends_on_exactly_the_version_of_the_other_packages_it_was_built_with(
        string id
    )
    {
        var dependencies = Nuspec(id)
            .Descendants()
            .Where(e => e.Name.LocalName == "dependency")
            .Where(e =>
                LocalPackage.Packages.Contains((string?)e.Attribute("id"), StringComparer.Ordinal)
            )
            .ToList();

        Assert.Equal(id != "TradeModel", dependencies.Count > 0);
        Assert.All(
            dependencies,
            d => Assert.Equal($"[{package.Version}]", (string?)d.Attribute("version"))
        );
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void A_package_s_assembly_lets_no_other_shipped_package_see_its_internals(string id)
    {
        var friends = InternalsVisibleTo(id);

        Assert.DoesNotContain(friends, f => LocalPackage.Packages.Contains(f.Split(',')[0].Trim()));
        // The tests may see internals: the attribute is read, so the check above is not vacuous.
        Assert.Contains(friends, f => f.StartsWith(id + ".Tests", StringComparison.Ordinal));
    }

    private XDocument Nuspec(string id)
    {
        using var nupkg = ZipFile.OpenRead(
            Path.Combine(package.Feed, $"{id}.{package.Version}.nupkg")
        );
        var entry = nupkg.Entries.Single(e =>
            e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)
        );
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    /// <summary>The assembly names of the package's InternalsVisibleTo attributes, read from its metadata.</summary>
    private List<string> InternalsVisibleTo(string id)
    {
        using var nupkg = ZipFile.OpenRead(
            Path.Combine(package.Feed, $"{id}.{package.Version}.nupkg")
        );
        using var dll = new MemoryStream();
        using (var stream = nupkg.GetEntry($"lib/net10.0/{id}.dll")!.Open())
        {
            stream.CopyTo(dll);
        }
        dll.Position = 0;
        using var pe = new PEReader(dll);
        var metadata = pe.GetMetadataReader();
        var friends = new List<string>();
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
            {
                continue;
            }
            var constructor = metadata.GetMemberReference(
                (MemberReferenceHandle)attribute.Constructor
            );
            var type = metadata.GetTypeReference((TypeReferenceHandle)constructor.Parent);
            if (metadata.GetString(type.Name) != "InternalsVisibleToAttribute")
            {
                continue;
            }
            var blob = metadata.GetBlobReader(attribute.Value);
            Assert.Equal(1, blob.ReadUInt16()); // the custom attribute prolog
            friends.Add(blob.ReadSerializedString()!);
        }
        return friends;
    }
}
