using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace TradeModel.Sources.Sdmx;

/// <summary>
/// Reads SDMX-ML structure messages (2.1 and 3.0) by their elements' local names: dataflows, data structures and
/// codelists. A reference is a <c>Ref</c> element (2.1) or a URN (3.0).
/// </summary>
internal static partial class StructureMessage
{
    private static readonly XNamespace Xml = XNamespace.Xml;

    /// <summary>Parses a message; a body that is not XML is a <see cref="SourceException"/> naming the query.</summary>
    internal static XDocument Parse(byte[] body, Uri query)
    {
        try
        {
            using var stream = new MemoryStream(body);
            return XDocument.Load(stream);
        }
        catch (XmlException e)
        {
            throw new SourceException(
                $"{query} did not answer with an SDMX-ML structure message: line {e.LineNumber}, column {e.LinePosition}: {e.Message}",
                query,
                null,
                0,
                e
            );
        }
    }

    internal static IReadOnlyList<SdmxDataflow> Dataflows(XDocument message) =>
        [
            .. Elements(message, "Dataflow")
                .Where(e => e.Attribute("id") is not null)
                .Select(Dataflow),
        ];

    internal static IReadOnlyList<SdmxCodelist> Codelists(XDocument message) =>
        [
            .. Elements(message, "Codelist")
                .Where(e => e.Attribute("id") is not null)
                .Select(Codelist),
        ];

    /// <summary>The dataflow's structure, its dimensions' codelists found in the same message.</summary>
    internal static SdmxDataStructure Structure(XDocument message, SdmxFlowRef flow, Uri query)
    {
        var dataflow =
            Dataflows(message).FirstOrDefault(d => d.Flow.Id == flow.Id)
            ?? throw new SourceException(
                $"{query} answered without the dataflow {flow}.",
                query,
                null,
                0
            );
        var structure =
            Elements(message, "DataStructure")
                .FirstOrDefault(e =>
                    dataflow.Structure is null
                    || (string?)e.Attribute("id") == dataflow.Structure.Id
                )
            ?? throw new SourceException(
                $"{query} answered without the data structure of {flow} (asked with references=all).",
                query,
                null,
                0
            );
        var codelists = Codelists(message);
        var dimensions = structure
            .Descendants()
            .Where(e => e.Name.LocalName == "Dimension")
            .Select(
                (d, i) =>
                {
                    var enumeration = d.Descendants()
                        .FirstOrDefault(e => e.Name.LocalName == "Enumeration");
                    var codes =
                        enumeration is null ? null
                        : Reference(enumeration) is { } reference
                            ? codelists.FirstOrDefault(c =>
                                c.Id == reference.Id
                                && (reference.Agency is null || c.Agency == reference.Agency)
                            )
                        : null;
                    var position = (int?)d.Attribute("position") ?? i + 1;
                    return new SdmxDimension((string)d.Attribute("id")!, position, codes);
                }
            )
            .OrderBy(d => d.Position)
            .ToList();
        return new SdmxDataStructure(dataflow, dimensions);
    }

    private static SdmxDataflow Dataflow(XElement e)
    {
        var structure = e.Elements().FirstOrDefault(c => c.Name.LocalName == "Structure");
        return new SdmxDataflow(
            new SdmxFlowRef(
                (string?)e.Attribute("agencyID"),
                (string)e.Attribute("id")!,
                (string?)e.Attribute("version")
            ),
            Name(e),
            structure is null ? null : Reference(structure)
        );
    }

    private static SdmxCodelist Codelist(XElement e) =>
        new(
            (string?)e.Attribute("agencyID") ?? "",
            (string)e.Attribute("id")!,
            (string?)e.Attribute("version") ?? "",
            Name(e),
            [
                .. e.Elements()
                    .Where(c => c.Name.LocalName == "Code" && c.Attribute("id") is not null)
                    .Select(c => new SdmxCode((string)c.Attribute("id")!, Name(c))),
            ]
        );

    /// <summary>A reference held by an element: a <c>Ref</c> child (2.1) or a URN as its text (3.0).</summary>
    private static SdmxFlowRef? Reference(XElement holder)
    {
        var reference = holder.Elements().FirstOrDefault(c => c.Name.LocalName == "Ref");
        if (reference?.Attribute("id") is { } id)
        {
            return new SdmxFlowRef(
                (string?)reference.Attribute("agencyID"),
                id.Value,
                (string?)reference.Attribute("version")
            );
        }
        var urn = Urn().Match(holder.Value.Trim());
        return urn.Success
            ? new SdmxFlowRef(
                urn.Groups["agency"].Value,
                urn.Groups["id"].Value,
                urn.Groups["version"].Value
            )
            : null;
    }

    /// <summary>The element's name in English, or the first name, or its id.</summary>
    private static string Name(XElement e)
    {
        var names = e.Elements().Where(c => c.Name.LocalName == "Name").ToList();
        var english = names.FirstOrDefault(n => (string?)n.Attribute(Xml + "lang") == "en");
        return (english ?? names.FirstOrDefault())?.Value.Trim()
            ?? (string?)e.Attribute("id")
            ?? "";
    }

    private static IEnumerable<XElement> Elements(XDocument message, string name) =>
        message.Descendants().Where(e => e.Name.LocalName == name);

    // urn:sdmx:org.sdmx.infomodel.codelist.Codelist=ECB:CL_FREQ(1.0)
    [GeneratedRegex(@"=(?<agency>[^:=]+):(?<id>[^(]+)\((?<version>[^)]*)\)")]
    private static partial Regex Urn();
}
