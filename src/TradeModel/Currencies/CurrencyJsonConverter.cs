using System.Text.Json;
using System.Text.Json.Serialization;
using TradeModel.Internal;

namespace TradeModel;

/// <summary>
/// Writes a <see cref="Currency"/> as its alphabetic code, <c>"CNY"</c>, and reads it back (case-insensitive).
/// Applied to <see cref="Currency"/> by default; <c>default(Currency)</c> is written as <c>"XXX"</c>.
/// </summary>
public sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    /// <summary>Reads a currency code.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type, <see cref="Currency"/>.</param>
    /// <param name="options">Ignored.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="JsonException">The token is not a string, or no currency has that code.</exception>
    public override Currency Read(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    )
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(
                $"A currency must be a JSON string such as \"CNY\"; found {reader.TokenType}."
            );
        }
        return ReadCode(ref reader);
    }

    /// <summary>Reads a currency code written as a property name (a dictionary key).</summary>
    /// <param name="reader">The reader, on a property name.</param>
    /// <param name="typeToConvert">The type, <see cref="Currency"/>.</param>
    /// <param name="options">Ignored.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="JsonException">No currency has that code.</exception>
    public override Currency ReadAsPropertyName(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    ) => ReadCode(ref reader);

    /// <summary>Writes the alphabetic code as a property name (a dictionary key).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The currency.</param>
    /// <param name="options">Ignored.</param>
    public override void WriteAsPropertyName(
        Utf8JsonWriter writer,
        Currency value,
        JsonSerializerOptions options
    )
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Code);
    }

    private static Currency ReadCode(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueSpan.Length > 16)
        {
            // Longer than any currency code (codes have at most 8 characters, escapes at most 6 bytes each).
            throw new JsonException(CurrencyErrors.UnknownCurrencyMessage(reader.GetString()));
        }
        Span<char> buffer = stackalloc char[16];
        var length = reader.CopyString(buffer);
        return Currency.TryFromCode(buffer[..length], out var currency)
            ? currency
            : throw new JsonException(CurrencyErrors.UnknownCurrencyMessage(buffer[..length]));
    }

    /// <summary>Writes the alphabetic code.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The currency.</param>
    /// <param name="options">Ignored.</param>
    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Code);
    }
}
