using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TradeModel;

/// <summary>
/// Writes a <see cref="ReferencePeriod"/> in SDMX notation, <c>"2024-Q3"</c>, and reads it back, also as a
/// dictionary key. Applied to <see cref="ReferencePeriod"/> by default; <c>default(ReferencePeriod)</c> (the year 1)
/// round-trips.
/// </summary>
public sealed class ReferencePeriodJsonConverter : JsonConverter<ReferencePeriod>
{
    // Longer than any period's notation ("2024-03-05/2024-04-10" has 21 characters).
    private const int MaxLength = 64;

    /// <summary>Reads a period in SDMX notation.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type, <see cref="ReferencePeriod"/>.</param>
    /// <param name="options">Ignored.</param>
    /// <returns>The period.</returns>
    /// <exception cref="JsonException">The token is not a string, or the text is not a period; the message quotes it.</exception>
    public override ReferencePeriod Read(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    )
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(
                $"A reference period must be a JSON string such as \"2024-Q3\"; found {reader.TokenType}."
            );
        }
        return Parse(ref reader);
    }

    /// <summary>Writes the period in SDMX notation.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The period.</param>
    /// <param name="options">Ignored.</param>
    public override void Write(
        Utf8JsonWriter writer,
        ReferencePeriod value,
        JsonSerializerOptions options
    )
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteText(writer, value, asPropertyName: false);
    }

    /// <summary>Reads a period written as a property name (a dictionary key).</summary>
    /// <param name="reader">The reader, on a property name.</param>
    /// <param name="typeToConvert">The type, <see cref="ReferencePeriod"/>.</param>
    /// <param name="options">Ignored.</param>
    /// <returns>The period.</returns>
    /// <exception cref="JsonException">The name is not a period; the message quotes it.</exception>
    public override ReferencePeriod ReadAsPropertyName(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    ) => Parse(ref reader);

    /// <summary>Writes a period as a property name (a dictionary key), in SDMX notation.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The period.</param>
    /// <param name="options">Ignored.</param>
    public override void WriteAsPropertyName(
        Utf8JsonWriter writer,
        ReferencePeriod value,
        JsonSerializerOptions options
    )
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteText(writer, value, asPropertyName: true);
    }

    private static void WriteText(Utf8JsonWriter writer, ReferencePeriod value, bool asPropertyName)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        if (asPropertyName)
        {
            writer.WritePropertyName(buffer[..written]);
        }
        else
        {
            writer.WriteStringValue(buffer[..written]);
        }
    }

    private static ReferencePeriod Parse(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueSpan.Length > MaxLength)
        {
            throw new JsonException($"\"{reader.GetString()}\" is not a reference period.");
        }
        Span<char> buffer = stackalloc char[MaxLength];
        var length = reader.CopyString(buffer);
        return ReferencePeriod.TryParse(
            buffer[..length],
            CultureInfo.InvariantCulture,
            out var period
        )
            ? period
            : throw new JsonException(
                $"\"{buffer[..length]}\" is not a reference period in SDMX notation (2024, 2024-Q3, 2024-M10, 2024-03-05, 2024-01-01/P10M)."
            );
    }
}
