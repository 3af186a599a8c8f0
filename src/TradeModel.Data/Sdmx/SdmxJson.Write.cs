using System.Globalization;
using System.Text.Json;
using TradeModel.Data.Internal;
using TradeModel.Flows;

namespace TradeModel.Data.Sdmx;

/// <summary>Writing: flows as a data message of series keyed by the balance-of-payments services dimensions.</summary>
public static partial class SdmxJson
{
    private static readonly string[] SeriesDimensionIds =
    [
        "REF_AREA",
        "COUNTERPART_AREA",
        "ACCOUNTING_ENTRY",
        "INT_ACC_ITEM",
    ];

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
        var layout = new SeriesLayout(flows);
        await using var json = new Utf8JsonWriter(
            stream,
            new JsonWriterOptions { Indented = false }
        );
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteStartArray("dataSets");
        WriteDataSet(json, layout);
        json.WriteEndArray();
        WriteStructure(json, layout, flows.Currency);
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes flows as an SDMX-JSON file, atomically: the file appears complete under its name or not at all, and an
    /// existing file is replaced only once the new one is written; see <see cref="WriteAsync(TradeFlowCollection, Stream, CancellationToken)"/>.
    /// </summary>
    /// <param name="flows">The flows.</param>
    /// <param name="path">The file; its folder is created if needed.</param>
    /// <param name="cancellationToken">Cancels the write; the file is left as it was.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="ArgumentException">As for the stream form; the file is left as it was.</exception>
    public static Task WriteFileAsync(
        TradeFlowCollection flows,
        string path,
        CancellationToken cancellationToken = default
    ) =>
        AtomicFile.WriteAsync(
            path,
            (stream, token) => WriteAsync(flows, stream, token),
            cancellationToken
        );

    /// <summary>The data set: each series by its key, with its observations by period position.</summary>
    private static void WriteDataSet(Utf8JsonWriter json, SeriesLayout layout)
    {
        json.WriteStartObject();
        json.WriteString("action", "Information");
        json.WriteStartObject("series");
        foreach (var (key, observations) in layout.Series)
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
    }

    /// <summary>The structure: the dimensions' and attributes' values that the positions of the data set index.</summary>
    private static void WriteStructure(Utf8JsonWriter json, SeriesLayout layout, Currency currency)
    {
        json.WriteStartObject("structure");
        json.WriteStartObject("dimensions");
        json.WriteStartArray("series");
        for (var d = 0; d < SeriesDimensionIds.Length; d++)
        {
            WriteComponent(json, SeriesDimensionIds[d], layout.DimensionValues[d]);
        }
        json.WriteEndArray();
        json.WriteStartArray("observation");
        WriteComponent(json, "TIME_PERIOD", layout.Periods);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("attributes");
        json.WriteStartArray("series");
        WriteComponent(json, "CURRENCY", [currency.Code]);
        WriteComponent(json, "UNIT_MULT", ["0"]);
        json.WriteEndArray();
        json.WriteStartArray("observation");
        WriteComponent(json, "OBS_STATUS", layout.Statuses);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
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

    /// <summary>
    /// Flows laid out as SDMX-JSON holds them: the distinct values of each series dimension, of the periods and of the
    /// statuses, and each series (keyed by the positions of its dimension values) with its observations.
    /// </summary>
    private sealed class SeriesLayout
    {
        /// <exception cref="ArgumentException">A flow is re-exports or re-imports, or of an economy with no code.</exception>
        internal SeriesLayout(TradeFlowCollection flows)
        {
            foreach (var flow in flows)
            {
                string[] codes =
                [
                    flow.Reporter.Code
                        ?? throw Unwritable(flow, "has an economy with no code", nameof(flows)),
                    flow.Partner.Code
                        ?? throw Unwritable(flow, "has an economy with no code", nameof(flows)),
                    EntryOf(flow)
                        ?? throw Unwritable(
                            flow,
                            "is neither a credit nor a debit, the only SDMX balance-of-payments entries",
                            nameof(flows)
                        ),
                    flow.Category.Code,
                ];
                var key = string.Join(
                    ':',
                    codes.Select(
                        (code, d) =>
                            IndexOf(DimensionValues[d], code).ToString(CultureInfo.InvariantCulture)
                    )
                );
                if (!Series.TryGetValue(key, out var observations))
                {
                    Series[key] = observations = [];
                }
                observations.Add(
                    (
                        IndexOf(Periods, flow.Period.ToString(null, CultureInfo.InvariantCulture)),
                        flow.Value?.Amount,
                        IndexOf(Statuses, SdmxCodes.CodeOf(flow.Status))
                    )
                );
            }
        }

        internal List<string>[] DimensionValues { get; } =
        [.. SeriesDimensionIds.Select(_ => new List<string>())];

        internal List<string> Periods { get; } = [];

        internal List<string> Statuses { get; } = [];

        internal Dictionary<
            string,
            List<(int Period, decimal? Value, int Status)>
        > Series { get; } = new(StringComparer.Ordinal);

        /// <summary>C for exports, D for imports; null for a direction BPM6 has no entry for.</summary>
        private static string? EntryOf(TradeFlow flow) =>
            flow.Direction switch
            {
                TradeDirection.Exports => "C",
                TradeDirection.Imports => "D",
                _ => null,
            };

        private static ArgumentException Unwritable(TradeFlow flow, string why, string parameter) =>
            new($"The flow {flow} {why}.", parameter);

        private static int IndexOf(List<string> list, string value)
        {
            var index = list.IndexOf(value);
            if (index < 0)
            {
                list.Add(value);
                index = list.Count - 1;
            }
            return index;
        }
    }
}
