using System.Globalization;
using System.Text.Json;
using TradeModel.Classifications;
using TradeModel.Data.Internal;
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
public static class SdmxJson
{
    /// <summary>Reads an SDMX-JSON data message from a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Dimensions, classification and errors; balance-of-payments services, strict, when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">The message is not SDMX-JSON data, lacks a dimension, or (in strict mode) holds a bad observation.</exception>
    public static async Task<ReadResult> ReadAsync(
        string path,
        SdmxReadOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadFromAsync(stream, Path.GetFileName(path), options, cancellationToken)
                .ConfigureAwait(false);
        }
    }

    /// <summary>Reads an SDMX-JSON data message from a stream (left open).</summary>
    /// <param name="stream">The JSON.</param>
    /// <param name="sourceName">The name errors give the source.</param>
    /// <param name="options">Dimensions, classification and errors; balance-of-payments services, strict, when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The flows and the report.</returns>
    /// <exception cref="DataFormatException">The message is not SDMX-JSON data, lacks a dimension, or (in strict mode) holds a bad observation.</exception>
    public static async Task<ReadResult> ReadFromAsync(
        Stream stream,
        string sourceName,
        SdmxReadOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= new SdmxReadOptions();
        JsonDocument document;
        try
        {
            document = await JsonDocument
                .ParseAsync(stream, default, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw new DataFormatException(
                new RowError(
                    sourceName,
                    e.LineNumber is { } l ? l + 1 : 0,
                    e.BytePositionInLine is { } b ? (int)b + 1 : 0,
                    "",
                    "",
                    $"is not JSON: {e.Message}"
                )
            );
        }
        using (document)
        {
            var message = new Message(document.RootElement, sourceName);
            var reader = new ObservationReader(message, options, sourceName);
            foreach (var (key, dimensions, attributes, value) in message.Observations())
            {
                cancellationToken.ThrowIfCancellationRequested();
                reader.Read(key, dimensions, attributes, value);
            }
            return new ReadResult(reader.Flows.Collection, reader.Report);
        }
    }

    /// <summary>
    /// Writes flows as an SDMX-JSON data message with the balance-of-payments services dimensions: series keyed by
    /// REF_AREA, COUNTERPART_AREA, ACCOUNTING_ENTRY (C for exports, D for imports) and INT_ACC_ITEM, observations by
    /// TIME_PERIOD, the series attributes CURRENCY and UNIT_MULT (0: values in units) and the observation attribute
    /// OBS_STATUS. <see cref="ReadFromAsync"/> reads it back into the same flows.
    /// </summary>
    /// <param name="flows">The flows.</param>
    /// <param name="stream">Where the JSON goes (left open).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the message is written.</returns>
    /// <exception cref="ArgumentException">A flow is re-exports or re-imports (BPM6 has no such entry), or of an economy with no code.</exception>
    public static async Task WriteAsync(
        TradeFlowCollection flows,
        Stream stream,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(flows);
        ArgumentNullException.ThrowIfNull(stream);
        string[] ids = ["REF_AREA", "COUNTERPART_AREA", "ACCOUNTING_ENTRY", "INT_ACC_ITEM"];
        var values = ids.Select(_ => new List<string>()).ToArray();
        var periods = new List<string>();
        var statuses = new List<string>();
        var series = new Dictionary<string, List<(int Period, decimal? Value, int Status)>>(
            StringComparer.Ordinal
        );
        static int IndexOf(List<string> list, string value)
        {
            var index = list.IndexOf(value);
            if (index < 0)
            {
                list.Add(value);
                index = list.Count - 1;
            }
            return index;
        }
        foreach (var flow in flows)
        {
            var entry = flow.Direction switch
            {
                TradeDirection.Exports => "C",
                TradeDirection.Imports => "D",
                _ => throw new ArgumentException(
                    $"SDMX balance-of-payments entries are credits or debits; the flow {flow} is neither.",
                    nameof(flows)
                ),
            };
            string[] codes =
            [
                flow.Reporter.Code
                    ?? throw new ArgumentException(
                        $"The flow {flow} has an economy with no code.",
                        nameof(flows)
                    ),
                flow.Partner.Code
                    ?? throw new ArgumentException(
                        $"The flow {flow} has an economy with no code.",
                        nameof(flows)
                    ),
                entry,
                flow.Category.Code,
            ];
            var key = string.Join(
                ':',
                codes.Select(
                    (code, d) => IndexOf(values[d], code).ToString(CultureInfo.InvariantCulture)
                )
            );
            if (!series.TryGetValue(key, out var observations))
            {
                series[key] = observations = [];
            }
            observations.Add(
                (
                    IndexOf(periods, flow.Period.ToString(null, CultureInfo.InvariantCulture)),
                    flow.Value?.Amount,
                    IndexOf(statuses, SdmxCodes.CodeOf(flow.Status))
                )
            );
        }
        await using var json = new Utf8JsonWriter(
            stream,
            new JsonWriterOptions { Indented = false }
        );
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteStartArray("dataSets");
        json.WriteStartObject();
        json.WriteString("action", "Information");
        json.WriteStartObject("series");
        foreach (var (key, observations) in series)
        {
            json.WriteStartObject(key);
            json.WriteStartArray("attributes");
            json.WriteNumberValue(0);
            json.WriteNumberValue(0);
            json.WriteEndArray();
            json.WriteStartObject("observations");
            foreach (var (period, value, status) in observations)
            {
                json.WriteStartArray(period.ToString(CultureInfo.InvariantCulture));
                if (value is { } amount)
                {
                    // As a string: a JSON number would pass through double in many readers.
                    json.WriteStringValue(amount.ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    json.WriteNullValue();
                }
                json.WriteNumberValue(status);
                json.WriteEndArray();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("structure");
        json.WriteStartObject("dimensions");
        json.WriteStartArray("series");
        for (var d = 0; d < ids.Length; d++)
        {
            WriteComponent(json, ids[d], values[d]);
        }
        json.WriteEndArray();
        json.WriteStartArray("observation");
        WriteComponent(json, "TIME_PERIOD", periods);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("attributes");
        json.WriteStartArray("series");
        WriteComponent(json, "CURRENCY", [flows.Currency.Code]);
        WriteComponent(json, "UNIT_MULT", ["0"]);
        json.WriteEndArray();
        json.WriteStartArray("observation");
        WriteComponent(json, "OBS_STATUS", statuses);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteComponent(Utf8JsonWriter json, string id, IEnumerable<string> values)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteStartArray("values");
        foreach (var value in values)
        {
            json.WriteStartObject();
            json.WriteString("id", value);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
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

    /// <summary>Turns observations into flows, as <see cref="SdmxCsv"/> turns rows.</summary>
    private sealed class ObservationReader(Message message, SdmxReadOptions options, string source)
    {
        internal ReadReport Report { get; } = new(source, options.MaxErrorsKept);

        internal FlowSink Flows { get; } = new(options.Classification, options.Currency);

        internal void Read(
            string key,
            Dictionary<string, string> dimensions,
            Dictionary<string, string> attributes,
            JsonElement value
        )
        {
            string Get(Dictionary<string, string> from, string id) =>
                from.TryGetValue(id, out var text) ? text : "";
            bool Fail(string column, string text, string reason)
            {
                var error = new RowError(
                    source,
                    Report.RowsRead + 1,
                    Array.IndexOf(message.DimensionIds, column) + 1,
                    column,
                    text,
                    reason
                );
                if (options.Errors == ErrorMode.Strict)
                {
                    throw new DataFormatException(error with { Reason = $"{reason} ({key})" });
                }
                Report.Reject(error with { Reason = $"{reason} ({key})" });
                return false;
            }

            var reporterCode = Get(dimensions, options.ReporterDimension);
            if (!SdmxCodes.TryGetEconomy(reporterCode, out var reporter))
            {
                Fail(
                    options.ReporterDimension,
                    reporterCode,
                    "is not an area code this model knows."
                );
                return;
            }
            var partner = Economy.World;
            if (
                dimensions.TryGetValue(options.PartnerDimension, out var partnerCode)
                && !SdmxCodes.TryGetEconomy(partnerCode, out partner)
            )
            {
                Fail(
                    options.PartnerDimension,
                    partnerCode,
                    "is not an area code this model knows."
                );
                return;
            }
            var entry = Get(dimensions, options.DirectionDimension);
            if (!SdmxCodes.TryGetDirection(entry, out var direction))
            {
                Fail(
                    options.DirectionDimension,
                    entry,
                    "is not a credit (C) or debit (D): a net balance is not a flow."
                );
                return;
            }
            var item = Get(dimensions, options.CategoryDimension);
            if (!options.Classification.TryGet(item, out var category))
            {
                Fail(
                    options.CategoryDimension,
                    item,
                    $"is not a code of {options.Classification.Name}."
                );
                return;
            }
            var time = Get(dimensions, "TIME_PERIOD");
            if (!ReferencePeriod.TryParse(time, CultureInfo.InvariantCulture, out var period))
            {
                Fail("TIME_PERIOD", time, "is not a period in SDMX notation.");
                return;
            }
            var code = attributes.TryGetValue("CURRENCY", out var c)
                ? c
                : Get(attributes, "UNIT_MEASURE");
            var currency = options.Currency ?? default;
            if (code.Length > 0 && !Currency.TryFromCode(code, out currency))
            {
                Fail("CURRENCY", code, "is not an ISO 4217 currency code.");
                return;
            }
            if (code.Length == 0 && options.Currency is null)
            {
                Fail("CURRENCY", "", "is missing, and no currency was given in the options.");
                return;
            }
            if (
                (Flows.RowCurrency is { } before && before != currency)
                || (options.Currency is { } expected && expected != currency)
            )
            {
                Fail(
                    "CURRENCY",
                    code,
                    $"is not {(Flows.RowCurrency ?? options.Currency)!.Value.Code}: a collection holds one currency."
                );
                return;
            }
            var statusCode = Get(attributes, "OBS_STATUS");
            if (!SdmxCodes.TryGetStatus(statusCode, out var status))
            {
                Fail("OBS_STATUS", statusCode, "is not an observation status this model holds.");
                return;
            }
            if (Get(attributes, "CONF_STATUS") is "C" or "D" or "S")
            {
                status = ObservationStatus.Confidential;
            }
            decimal? amount = null;
            if (value.ValueKind is JsonValueKind.Number or JsonValueKind.String)
            {
                var text =
                    value.ValueKind == JsonValueKind.String
                        ? value.GetString()!
                        : value.GetRawText();
                var multiplier = Get(attributes, "UNIT_MULT");
                if (!UnitMultiplier.TryParse(multiplier, out var power))
                {
                    Fail("UNIT_MULT", multiplier, UnitMultiplier.Invalid);
                    return;
                }
                if (!UnitMultiplier.TryScale(text, power, out var parsed, out var reason))
                {
                    Fail("OBS_VALUE", text, $"is not an exact value: {reason}");
                    return;
                }
                if (status == ObservationStatus.Missing)
                {
                    Fail("OBS_VALUE", text, "is a value for an observation marked missing.");
                    return;
                }
                if (power != 0)
                {
                    Report.Note(
                        string.Create(CultureInfo.InvariantCulture, $"unit multiplier {power}")
                    );
                }
                amount = parsed;
            }
            Flows
                .AppenderFor(currency)
                .Append(
                    reporter,
                    partner,
                    direction,
                    category,
                    period,
                    amount,
                    amount is null && status != ObservationStatus.Confidential
                        ? ObservationStatus.Missing
                        : status
                );
            Report.Accept();
        }
    }
}
