using System.Globalization;
using System.Text.Json;
using TradeModel.Classifications;
using TradeModel.Data.Internal;
using TradeModel.Data.Rows;
using TradeModel.Economies;
using TradeModel.Flows;

namespace TradeModel.Data.Sdmx;

/// <summary>
/// SDMX-JSON data messages (1.0 and 2.0): <c>dataSets</c> of series keyed by dimension positions
/// (<c>"0:1:0:2"</c>) holding observations keyed by the observation dimension (usually TIME_PERIOD), or flat
/// observations keyed by every dimension; the structure lists each dimension's and attribute's values. Read with the
/// same <see cref="SdmxReadOptions"/> and rules as <see cref="SdmxCsv"/>: UNIT_MULT applied exactly, OBS_STATUS and
/// CONF_STATUS kept, one currency, a null value missing.
/// </summary>
/// <remarks>
/// The message is parsed as a whole (<see cref="JsonDocument"/>); SDMX-JSON messages are the size of an API
/// response. Errors name the observation by its key (<c>series 0:0:1:0, observation 3</c>) as the line, since JSON
/// has no rows; the column is the dimension or attribute at fault.
/// </remarks>
public static partial class SdmxJson
{
    /// <summary>Reads an SDMX-JSON data message from a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Dimensions, classification and errors; balance-of-payments services, strict, when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">The message is not SDMX-JSON data, lacks a dimension, or (in strict mode) holds a bad observation.</exception>
    public static ReadResult Read(
        string path,
        SdmxReadOptions? options = null,
        CancellationToken cancellationToken = default
    ) =>
        SourceFile.Read(path, (stream, name) => ReadFrom(stream, name, options, cancellationToken));

    /// <summary>Reads an SDMX-JSON data message from a file asynchronously; see <see cref="Read"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">As for <see cref="Read"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">As for <see cref="Read"/>.</exception>
    public static Task<ReadResult> ReadAsync(
        string path,
        SdmxReadOptions? options = null,
        CancellationToken cancellationToken = default
    ) =>
        SourceFile.ReadAsync(
            path,
            (stream, name) => ReadFromAsync(stream, name, options, cancellationToken)
        );

    /// <summary>Reads an SDMX-JSON data message from a stream (left open).</summary>
    /// <param name="stream">The JSON.</param>
    /// <param name="sourceName">The name errors give the source.</param>
    /// <param name="options">Dimensions, classification and errors; balance-of-payments services, strict, when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">The message is not SDMX-JSON data, lacks a dimension, or (in strict mode) holds a bad observation.</exception>
    public static ReadResult ReadFrom(
        Stream stream,
        string sourceName,
        SdmxReadOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw NotJson(sourceName, e);
        }
        using (document)
        {
            return ReadMessage(
                document,
                sourceName,
                options ?? new SdmxReadOptions(),
                cancellationToken
            );
        }
    }

    /// <summary>Reads an SDMX-JSON data message from a stream (left open) asynchronously; see <see cref="ReadFrom"/>.</summary>
    /// <param name="stream">The JSON.</param>
    /// <param name="sourceName">The name errors give the source.</param>
    /// <param name="options">As for <see cref="ReadFrom"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">As for <see cref="ReadFrom"/>.</exception>
    public static async Task<ReadResult> ReadFromAsync(
        Stream stream,
        string sourceName,
        SdmxReadOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        JsonDocument document;
        try
        {
            document = await JsonDocument
                .ParseAsync(stream, default, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw NotJson(sourceName, e);
        }
        using (document)
        {
            return ReadMessage(
                document,
                sourceName,
                options ?? new SdmxReadOptions(),
                cancellationToken
            );
        }
    }

    private static DataFormatException NotJson(string sourceName, JsonException e) =>
        new(
            new RowError(
                sourceName,
                e.LineNumber is { } l ? l + 1 : 0,
                e.BytePositionInLine is { } b ? (int)b + 1 : 0,
                "",
                "",
                $"is not JSON: {e.Message}"
            )
        );

    /// <summary>Every observation of a parsed message, through the same row pieces as SDMX-CSV; progress as for CSV rows.</summary>
    private static ReadResult ReadMessage(
        JsonDocument document,
        string sourceName,
        SdmxReadOptions options,
        CancellationToken cancellationToken
    )
    {
        var message = new Message(document.RootElement, sourceName);
        var reader = new ObservationReader(message, options, sourceName);
        long observations = 0;
        foreach (var (key, dimensions, attributes, value) in message.Observations())
        {
            if (++observations % options.ProgressEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                options.Progress?.Report(new ReadProgress(observations, 0, null));
            }
            reader.Read(key, dimensions, attributes, value);
        }
        cancellationToken.ThrowIfCancellationRequested();
        options.Progress?.Report(new ReadProgress(observations, 0, null));
        return reader.Result();
    }

    /// <summary>The parts of a message: its data set, and its dimensions and attributes with their values.</summary>
    private sealed class Message
    {
        private readonly JsonElement dataSet;
        private readonly List<(string Id, string[] Values)> seriesDimensions = [];
        private readonly List<(string Id, string[] Values)> observationDimensions = [];
        private readonly List<(string Id, string[] Values)> dataSetAttributes = [];
        private readonly List<(string Id, string[] Values)> seriesAttributes = [];
        private readonly List<(string Id, string[] Values)> observationAttributes = [];

        internal Message(JsonElement root, string source)
        {
            var data = root.TryGetProperty("data", out var d) ? d : root;
            if (!data.TryGetProperty("dataSets", out var sets) || sets.GetArrayLength() == 0)
            {
                throw Bad(source, "dataSets", "is missing: the message has no data set.");
            }
            dataSet = sets[0];
            var structure =
                data.TryGetProperty("structure", out var one) ? one
                : data.TryGetProperty("structures", out var many) && many.GetArrayLength() > 0
                    ? many[0]
                : root.TryGetProperty("structure", out var top) ? top
                : throw Bad(source, "structure", "is missing: the message has no structure.");
            if (!structure.TryGetProperty("dimensions", out var dimensions))
            {
                throw Bad(source, "dimensions", "is missing from the structure.");
            }
            Fill(dimensions, "series", seriesDimensions);
            Fill(dimensions, "observation", observationDimensions);
            if (structure.TryGetProperty("attributes", out var attributes))
            {
                Fill(attributes, "dataSet", dataSetAttributes);
                Fill(attributes, "series", seriesAttributes);
                Fill(attributes, "observation", observationAttributes);
            }
            DimensionIds = [.. seriesDimensions.Concat(observationDimensions).Select(x => x.Id)];
        }

        internal string[] DimensionIds { get; }

        /// <summary>Every observation: its key, its dimension values by id, its attribute values by id, and its value.</summary>
        internal IEnumerable<(
            string Key,
            Dictionary<string, string> Dimensions,
            Dictionary<string, string> Attributes,
            JsonElement Value
        )> Observations()
        {
            var common = new Dictionary<string, string>(StringComparer.Ordinal);
            if (dataSet.TryGetProperty("attributes", out var setAttributes))
            {
                Apply(setAttributes, 0, dataSetAttributes, common);
            }
            if (dataSet.TryGetProperty("series", out var series))
            {
                foreach (var one in series.EnumerateObject())
                {
                    var dimensions = Decode(one.Name, seriesDimensions);
                    var attributes = new Dictionary<string, string>(common, StringComparer.Ordinal);
                    if (one.Value.TryGetProperty("attributes", out var values))
                    {
                        Apply(values, 0, seriesAttributes, attributes);
                    }
                    if (!one.Value.TryGetProperty("observations", out var observations))
                    {
                        continue;
                    }
                    foreach (var observation in observations.EnumerateObject())
                    {
                        var all = new Dictionary<string, string>(
                            dimensions,
                            StringComparer.Ordinal
                        );
                        foreach (var (id, value) in Decode(observation.Name, observationDimensions))
                        {
                            all[id] = value;
                        }
                        yield return Observation(
                            $"series {one.Name}, observation {observation.Name}",
                            all,
                            attributes,
                            observation.Value
                        );
                    }
                }
            }
            if (dataSet.TryGetProperty("observations", out var flat))
            {
                foreach (var observation in flat.EnumerateObject())
                {
                    var all = Decode(
                        observation.Name,
                        [.. seriesDimensions, .. observationDimensions]
                    );
                    yield return Observation(
                        $"observation {observation.Name}",
                        all,
                        new Dictionary<string, string>(common, StringComparer.Ordinal),
                        observation.Value
                    );
                }
            }
        }

        private (
            string,
            Dictionary<string, string>,
            Dictionary<string, string>,
            JsonElement
        ) Observation(
            string key,
            Dictionary<string, string> dimensions,
            Dictionary<string, string> attributes,
            JsonElement array
        )
        {
            var value =
                array.ValueKind == JsonValueKind.Array && array.GetArrayLength() > 0
                    ? array[0]
                    : default;
            Apply(array, 1, observationAttributes, attributes);
            return (key, dimensions, attributes, value);
        }

        private static void Fill(
            JsonElement parent,
            string name,
            List<(string Id, string[] Values)> into
        )
        {
            if (!parent.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array)
            {
                return;
            }
            foreach (var item in list.EnumerateArray())
            {
                var id = item.GetProperty("id").GetString() ?? "";
                var values =
                    item.TryGetProperty("values", out var v) && v.ValueKind == JsonValueKind.Array
                        ? v.EnumerateArray()
                            .Select(x =>
                                x.TryGetProperty("id", out var code)
                                    ? code.ToString()
                                    : x.ToString()
                            )
                            .ToArray()
                        : [];
                into.Add((id, values));
            }
        }

        /// <summary>"0:2:1" → each dimension's id and the value at that position (an unknown position stays as the digits).</summary>
        private static Dictionary<string, string> Decode(
            string key,
            List<(string Id, string[] Values)> dimensions
        )
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            var parts = key.Length == 0 ? [] : key.Split(':');
            for (var i = 0; i < dimensions.Count && i < parts.Length; i++)
            {
                var (id, values) = dimensions[i];
                result[id] =
                    int.TryParse(
                        parts[i],
                        NumberStyles.None,
                        CultureInfo.InvariantCulture,
                        out var index
                    )
                    && index < values.Length
                        ? values[index]
                        : parts[i];
            }
            return result;
        }

        /// <summary>Attribute positions in an array (from <paramref name="start"/>) to their values by id.</summary>
        private static void Apply(
            JsonElement array,
            int start,
            List<(string Id, string[] Values)> attributes,
            Dictionary<string, string> into
        )
        {
            if (array.ValueKind != JsonValueKind.Array)
            {
                return;
            }
            for (var i = 0; i < attributes.Count && start + i < array.GetArrayLength(); i++)
            {
                var position = array[start + i];
                if (
                    position.ValueKind == JsonValueKind.Number
                    && position.TryGetInt32(out var index)
                    && index >= 0
                    && index < attributes[i].Values.Length
                )
                {
                    into[attributes[i].Id] = attributes[i].Values[index];
                }
                else if (position.ValueKind == JsonValueKind.String)
                {
                    into[attributes[i].Id] = position.GetString()!;
                }
            }
        }

        private static DataFormatException Bad(string source, string what, string reason) =>
            new(new RowError(source, 0, 0, what, "", reason));
    }

    /// <summary>
    /// One observation as a record of fields: the message's dimensions (columns 1, 2, … of errors) and then the
    /// attributes and value this model reads, so that observations go through the same row pieces as SDMX-CSV rows.
    /// </summary>
    private sealed class ObservationRow : IRowSource
    {
        private static readonly string[] AttributeIds =
        [
            "OBS_VALUE",
            "OBS_STATUS",
            "CONF_STATUS",
            "UNIT_MULT",
            "CURRENCY",
            "UNIT_MEASURE",
        ];

        private readonly string[] dimensionIds;
        private readonly string[] columns;
        private readonly bool strict;
        private string key = "";
        private Dictionary<string, string> dimensions = [];
        private Dictionary<string, string> attributes = [];
        private string value = "";

        internal ObservationRow(string[] dimensionIds, string source, SdmxReadOptions options)
        {
            this.dimensionIds = dimensionIds;
            columns = [.. dimensionIds, .. AttributeIds];
            strict = options.Errors == ErrorMode.Strict;
            Report = new ReadReport(source, options.MaxErrorsKept);
        }

        public ReadReport Report { get; }

        /// <summary>The field of a dimension or attribute, or −1 when the message has no such dimension.</summary>
        internal int ColumnOf(string id) =>
            Array.IndexOf(dimensionIds, id) is >= 0 and var dimension ? dimension
            : Array.IndexOf(AttributeIds, id) is >= 0 and var attribute
                ? dimensionIds.Length + attribute
            : -1;

        /// <summary>Whether the observation has an attribute, even an empty one.</summary>
        internal bool Has(string attribute) => attributes.ContainsKey(attribute);

        internal void MoveTo(
            string key,
            Dictionary<string, string> dimensions,
            Dictionary<string, string> attributes,
            JsonElement value
        )
        {
            this.key = key;
            this.dimensions = dimensions;
            this.attributes = attributes;
            this.value = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString()!,
                JsonValueKind.Number => value.GetRawText(),
                _ => "",
            };
        }

        public ReadOnlySpan<char> Field(int column) =>
            column < 0 || column >= columns.Length ? []
            : column < dimensionIds.Length ? Get(dimensions, columns[column])
            : columns[column] == "OBS_VALUE" ? value
            : Get(attributes, columns[column]);

        /// <summary>An error names the observation by its key; its column is the dimension's (0 for an attribute).</summary>
        public void Fail(int column, string reason)
        {
            var name = column >= 0 && column < columns.Length ? columns[column] : "";
            var error = new RowError(
                Report.Source,
                Report.RowsRead + 1,
                column >= 0 && column < dimensionIds.Length ? column + 1 : 0,
                name,
                Field(column).ToString(),
                $"{reason} ({key})"
            );
            if (strict)
            {
                throw new DataFormatException(error);
            }
            Report.Reject(error);
        }

        private static string Get(Dictionary<string, string> from, string id) =>
            from.TryGetValue(id, out var text) ? text : "";
    }

    /// <summary>Turns observations into flows, as <see cref="SdmxCsv"/> turns rows.</summary>
    private sealed class ObservationReader
    {
        private readonly ObservationRow row;
        private readonly SdmxRows observations;
        private readonly SdmxReadOptions options;
        private readonly int currency;
        private readonly int unitMeasure;

        internal ObservationReader(Message message, SdmxReadOptions options, string source)
        {
            this.options = options;
            row = new ObservationRow(message.DimensionIds, source, options);
            observations = new SdmxRows(row, options, (id, _) => row.ColumnOf(id), 1024);
            currency = row.ColumnOf("CURRENCY");
            unitMeasure = row.ColumnOf("UNIT_MEASURE");
        }

        internal ReadResult Result() => observations.Result();

        /// <summary>
        /// Reads an observation; its currency is its CURRENCY attribute, else its UNIT_MEASURE, else the options'
        /// currency, and one of them there must be.
        /// </summary>
        internal void Read(
            string key,
            Dictionary<string, string> dimensions,
            Dictionary<string, string> attributes,
            JsonElement observation
        )
        {
            row.MoveTo(key, dimensions, attributes, observation);
            var column =
                row.Has("CURRENCY") ? currency
                : row.Has("UNIT_MEASURE") ? unitMeasure
                : -1;
            if (column < 0 && options.Currency is null)
            {
                row.Fail(currency, "is missing, and no currency was given in the options.");
                return;
            }
            observations.Read(column);
        }
    }
}
