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
        var last = "the structure";
        long observations = 0;
        ObservationReader reader;
        try
        {
            var message = new Message(document.RootElement, sourceName);
            reader = new ObservationReader(message, options, sourceName);
            foreach (var (key, dimensions, attributes, value) in message.Observations())
            {
                if (++observations % options.ProgressEvery == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    options.Progress?.Report(new ReadProgress(observations, 0, null));
                }
                last = key;
                reader.Read(key, dimensions, attributes, value);
            }
        }
        catch (InvalidOperationException e)
        {
            // A member of another kind than the message's layout says, or text that is not UTF-8 in a code.
            throw new DataFormatException(
                new RowError(
                    sourceName,
                    observations,
                    0,
                    "",
                    last,
                    $"is where the message stops being SDMX-JSON: {e.Message}"
                )
            );
        }
        cancellationToken.ThrowIfCancellationRequested();
        options.Progress?.Report(new ReadProgress(observations, 0, null));
        return reader.Result();
    }

    /// <summary>The parts of a message: its data set, and its dimensions and attributes with their values.</summary>
    private sealed class Message
    {
        /// <summary>The members a series may have: anything else (a misspelt <c>observations</c>) is an error, never an empty series.</summary>
        private static readonly string[] SeriesMembers =
        [
            "attributes",
            "annotations",
            "observations",
            "dimensionGroupAttributes",
            "links",
        ];

        private readonly string source;
        private readonly JsonElement dataSet;
        private readonly List<(string Id, string[] Values)> seriesDimensions = [];
        private readonly List<(string Id, string[] Values)> observationDimensions = [];
        private readonly List<(string Id, string[] Values)> dataSetAttributes = [];
        private readonly List<(string Id, string[] Values)> seriesAttributes = [];
        private readonly List<(string Id, string[] Values)> observationAttributes = [];

        internal Message(JsonElement root, string source)
        {
            this.source = source;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Bad(
                    source,
                    "",
                    $"is not an SDMX-JSON message: its root is {root.ValueKind}, not an object."
                );
            }
            var data = Member(root, "data", JsonValueKind.Object) ?? root;
            var sets =
                Member(data, "dataSets", JsonValueKind.Array)
                ?? throw Bad(source, "dataSets", "is missing: the message has no data set.");
            dataSet = sets.GetArrayLength() switch
            {
                0 => throw Bad(source, "dataSets", "is empty: the message has no data set."),
                1 when sets[0].ValueKind == JsonValueKind.Object => sets[0],
                1 => throw Bad(source, "dataSets", "holds a data set that is not an object."),
                var n => throw Bad(
                    source,
                    "dataSets",
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"holds {n} data sets; a message of one is read, so that no data set is left out unsaid."
                    )
                ),
            };
            var structure =
                Member(data, "structure", JsonValueKind.Object)
                ?? (
                    Member(data, "structures", JsonValueKind.Array) is { } many
                    && many.GetArrayLength() > 0
                        ? (JsonElement?)many[0]
                        : null
                )
                ?? Member(root, "structure", JsonValueKind.Object)
                ?? throw Bad(source, "structure", "is missing: the message has no structure.");
            var dimensions =
                Member(structure, "dimensions", JsonValueKind.Object)
                ?? throw Bad(source, "dimensions", "is missing from the structure.");
            Fill(dimensions, "series", seriesDimensions);
            Fill(dimensions, "observation", observationDimensions);
            if (Member(structure, "attributes", JsonValueKind.Object) is { } attributes)
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
            if (Member(dataSet, "attributes", JsonValueKind.Array) is { } setAttributes)
            {
                Apply(setAttributes, 0, dataSetAttributes, common);
            }
            // Each observation's dimension values, to the key that gave them first: the same values twice would count
            // one observation twice.
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            if (Member(dataSet, "series", JsonValueKind.Object) is { } series)
            {
                foreach (var one in series.EnumerateObject())
                {
                    foreach (var observation in SeriesObservations(one, common))
                    {
                        Check(seen, observation.Key, observation.Dimensions);
                        yield return observation;
                    }
                }
            }
            if (Member(dataSet, "observations", JsonValueKind.Object) is { } flat)
            {
                foreach (var observation in flat.EnumerateObject())
                {
                    var key = $"observation {observation.Name}";
                    var all = Decode(
                        observation.Name,
                        [.. seriesDimensions, .. observationDimensions]
                    );
                    Check(seen, key, all);
                    yield return Observation(
                        key,
                        all,
                        new Dictionary<string, string>(common, StringComparer.Ordinal),
                        observation.Value
                    );
                }
            }
        }

        /// <summary>The observations of one series, its dimensions and attributes applied.</summary>
        private IEnumerable<(
            string Key,
            Dictionary<string, string> Dimensions,
            Dictionary<string, string> Attributes,
            JsonElement Value
        )> SeriesObservations(JsonProperty one, Dictionary<string, string> common)
        {
            var name = $"series {one.Name}";
            if (one.Value.ValueKind != JsonValueKind.Object)
            {
                throw Bad(source, name, "is not an object of attributes and observations.");
            }
            foreach (var member in one.Value.EnumerateObject())
            {
                if (!SeriesMembers.Contains(member.Name, StringComparer.Ordinal))
                {
                    throw Bad(
                        source,
                        name,
                        $"has a member '{member.Name}', which a series does not have ({string.Join(", ", SeriesMembers)}): its observations would be lost."
                    );
                }
            }
            var dimensions = Decode(one.Name, seriesDimensions);
            var attributes = new Dictionary<string, string>(common, StringComparer.Ordinal);
            if (Member(one.Value, "attributes", JsonValueKind.Array) is { } values)
            {
                Apply(values, 0, seriesAttributes, attributes);
            }
            if (Member(one.Value, "observations", JsonValueKind.Object) is not { } observations)
            {
                yield break;
            }
            foreach (var observation in observations.EnumerateObject())
            {
                var all = new Dictionary<string, string>(dimensions, StringComparer.Ordinal);
                foreach (var (id, value) in Decode(observation.Name, observationDimensions))
                {
                    all[id] = value;
                }
                yield return Observation(
                    $"{name}, observation {observation.Name}",
                    all,
                    new Dictionary<string, string>(attributes, StringComparer.Ordinal),
                    observation.Value
                );
            }
        }

        /// <summary>Notes an observation's dimension values; the same values a second time are an error naming both keys.</summary>
        /// <exception cref="DataFormatException">Another observation has the same dimension values.</exception>
        private void Check(
            Dictionary<string, string> seen,
            string key,
            Dictionary<string, string> dimensions
        )
        {
            var identity = string.Join(
                '\u001f',
                DimensionIds.Select(id => dimensions.GetValueOrDefault(id, ""))
            );
            if (!seen.TryAdd(identity, key))
            {
                throw Bad(
                    source,
                    key,
                    $"repeats the dimensions of {seen[identity]}: an observation given twice would be counted twice."
                );
            }
        }

        /// <summary>
        /// The member of an object with a name, of the kind expected; null when absent. A member given twice, or of
        /// another kind, is an error: which one holds the data would be a guess.
        /// </summary>
        /// <exception cref="DataFormatException">The member is there twice, or is not of the expected kind.</exception>
        private JsonElement? Member(JsonElement parent, string name, JsonValueKind kind)
        {
            JsonElement? found = null;
            foreach (var member in parent.EnumerateObject())
            {
                if (!member.NameEquals(name))
                {
                    continue;
                }
                if (found is not null)
                {
                    throw Bad(
                        source,
                        name,
                        "appears twice in the same object: which one holds the data would be a guess."
                    );
                }
                found = member.Value;
            }
            if (found is { } value && value.ValueKind != kind)
            {
                throw Bad(source, name, $"is {value.ValueKind}, not {kind}.");
            }
            return found;
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

        private void Fill(JsonElement parent, string name, List<(string Id, string[] Values)> into)
        {
            if (Member(parent, name, JsonValueKind.Array) is not { } list)
            {
                return;
            }
            foreach (var item in list.EnumerateArray())
            {
                if (
                    item.ValueKind != JsonValueKind.Object
                    || Member(item, "id", JsonValueKind.String) is not { } id
                )
                {
                    throw Bad(source, name, "lists a component without an id.");
                }
                var values = Member(item, "values", JsonValueKind.Array) is { } v
                    ? v.EnumerateArray()
                        .Select(x =>
                            x.ValueKind == JsonValueKind.Object
                            && x.TryGetProperty("id", out var code)
                                ? code.ToString()
                                : x.ToString()
                        )
                        .ToArray()
                    : [];
                into.Add((id.GetString()!, values));
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
            "DECIMALS",
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

        /// <summary>The observation's number in the message, from 1.</summary>
        public long Line => Report.RowsRead + 1;

        /// <summary>The field of a dimension or attribute, or −1 when the message has no such dimension.</summary>
        internal int ColumnOf(string id) =>
            Array.IndexOf(dimensionIds, id) is >= 0 and var dimension ? dimension
            : Array.IndexOf(AttributeIds, id) is >= 0 and var attribute
                ? dimensionIds.Length + attribute
            : -1;

        /// <summary>Whether the observation has an attribute or a dimension of that id (UNIT_MEASURE is either), even an empty one.</summary>
        internal bool Has(string id) => attributes.ContainsKey(id) || dimensions.ContainsKey(id);

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
                Line,
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
