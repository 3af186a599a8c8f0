using System.Text.Json;
using System.Text.Json.Nodes;

namespace TradeModel.Notebooks.Tests;

/// <summary>
/// A notebook of docs/notebooks as saved (Jupyter's .ipynb): its code cells and the outputs saved with them, which
/// the repository host shows; <see cref="Save"/> writes fresh outputs back.
/// </summary>
internal sealed class SavedNotebook
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly JsonObject root;

    private SavedNotebook(string path, JsonObject root)
    {
        Path = path;
        this.root = root;
    }

    /// <summary>The notebook file.</summary>
    public string Path { get; }

    /// <summary>The code cells' sources, in order.</summary>
    public IReadOnlyList<string> CodeCells =>
        [.. Code().Select(c => string.Concat(c["source"]!.AsArray().Select(l => (string)l!)))];

    /// <summary>The saved outputs of the code cells (cell index among code cells), in order.</summary>
    public IReadOnlyList<CellOutput> Outputs =>
        [
            .. Code()
                .SelectMany(
                    (cell, index) =>
                        cell["outputs"]!
                            .AsArray()
                            .Select(o => new CellOutput(
                                index,
                                (string)o!["output_type"]!,
                                Formats(o!)
                            ))
                ),
        ];

    public static SavedNotebook Load(string path) =>
        new(path, JsonNode.Parse(File.ReadAllText(path))!.AsObject());

    /// <summary>Writes outputs into the code cells (the first cell, which loads packages, keeps none) and numbers the runs.</summary>
    public void Save(IEnumerable<CellOutput> outputs)
    {
        var byCell = outputs.Where(o => o.Cell > 0).ToLookup(o => o.Cell);
        var cells = Code().ToList();
        for (var c = 0; c < cells.Count; c++)
        {
            cells[c]["execution_count"] = c + 1;
            cells[c]["outputs"] = new JsonArray([.. byCell[c].Select(o => Json(o, c + 1))]);
        }
        File.WriteAllText(Path, root.ToJsonString(Indented) + "\n");
    }

    private IEnumerable<JsonObject> Code() =>
        root["cells"]!
            .AsArray()
            .Select(c => c!.AsObject())
            .Where(c => (string)c["cell_type"]! == "code");

    private static Dictionary<string, string> Formats(JsonNode output)
    {
        static string Text(JsonNode node) =>
            node is JsonArray lines ? string.Concat(lines.Select(l => (string)l!)) : (string)node!;
        return (string)output["output_type"]! == "stream"
            ? new() { ["text/plain"] = Text(output["text"]!) }
            : output["data"]!.AsObject().ToDictionary(p => p.Key, p => Text(p.Value!));
    }

    private static JsonObject Json(CellOutput output, int count)
    {
        if (output.Kind == "stream")
        {
            return new JsonObject
            {
                ["name"] = "stdout",
                ["output_type"] = "stream",
                ["text"] = output.Formats["text/plain"],
            };
        }
        var json = new JsonObject
        {
            ["data"] = new JsonObject([
                .. output
                    .Formats.OrderBy(f => f.Key, StringComparer.Ordinal)
                    .Select(f => KeyValuePair.Create(f.Key, (JsonNode?)f.Value)),
            ]),
            ["metadata"] = new JsonObject(),
            ["output_type"] = output.Kind,
        };
        if (output.Kind == "execute_result")
        {
            json["execution_count"] = count;
        }
        return json;
    }
}
