using System.Text.Json;
using System.Text.Json.Serialization;

namespace TradeModel.Internal;

/// <summary>
/// The one converter for values written as JSON strings (a currency code, a period in SDMX notation, an economy
/// code), as values and as property names (dictionary keys). It reads through the reader's own unescaping,
/// multi-segment-safe API, so <c>"\u0043NY"</c> and a token split across buffer segments read like <c>"CNY"</c>.
/// A subclass says only how to parse and write the text, and what to call the value in messages.
/// </summary>
/// <typeparam name="T">The type written as a string.</typeparam>
internal abstract class StringValueJsonConverter<T> : JsonConverter<T>
{
    // Longer than any text of the types this serves; longer texts are read through a string.
    private const int StackLength = 128;

    /// <summary>What the value is called in messages, with its article: "A currency".</summary>
    protected abstract string Noun { get; }

    /// <summary>An example of the text, for messages: "CNY".</summary>
    protected abstract string Example { get; }

    /// <summary>Parses the text, or returns false.</summary>
    protected abstract bool TryParse(ReadOnlySpan<char> text, out T value);

    /// <summary>Why the text is not a value, for the <see cref="JsonException"/>.</summary>
    protected abstract string Invalid(ReadOnlySpan<char> text);

    /// <summary>The text of a value; may throw a <see cref="JsonException"/> for a value with no text.</summary>
    protected abstract string Format(T value);

    public sealed override T Read(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    ) =>
        reader.TokenType == JsonTokenType.String
            ? ReadText(ref reader)
            : throw new JsonException(
                Errors.Format(
                    $"{Noun} must be a JSON string such as \"{Example}\"; found {reader.TokenType}."
                )
            );

    public sealed override T ReadAsPropertyName(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    ) => ReadText(ref reader);

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }

    public sealed override void WriteAsPropertyName(
        Utf8JsonWriter writer,
        T value,
        JsonSerializerOptions options
    )
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Format(value));
    }

    private T ReadText(ref Utf8JsonReader reader)
    {
        Span<char> buffer = stackalloc char[StackLength];
        return Parse(
            JsonText.TryCopy(ref reader, buffer, out var length)
                ? buffer[..length]
                : JsonText.GetText(ref reader).AsSpan()
        );
    }

    private T Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var value) ? value : throw new JsonException(Invalid(text));
}
