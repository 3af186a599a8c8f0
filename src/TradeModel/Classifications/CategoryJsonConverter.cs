using System.Text.Json;
using System.Text.Json.Serialization;
using TradeModel.Internal;

namespace TradeModel.Classifications;

/// <summary>
/// Writes a <see cref="Category"/> as <c>{"classification":"EBOPS 2010","code":"SD"}</c> and reads it back from the
/// built-in classifications (EBOPS 2010, HS 2022) and any others given to the constructor. Applied to
/// <see cref="Category"/> by default, with the built-in classifications only.
/// </summary>
/// <remarks>
/// To read categories of a classification of your own, add a converter that knows it:
/// <c>options.Converters.Add(new CategoryJsonConverter(mine))</c>.
/// </remarks>
public sealed class CategoryJsonConverter : JsonConverter<Category>
{
    private const string ClassificationProperty = "classification";
    private const string CodeProperty = "code";
    private readonly ClassificationsByName classifications;

    /// <summary>A converter that reads categories of the built-in classifications (EBOPS 2010, HS 2022) only.</summary>
    public CategoryJsonConverter()
        : this([]) { }

    /// <summary>A converter that reads categories of the built-in classifications and of <paramref name="classifications"/>.</summary>
    /// <param name="classifications">Classifications of your own; their names must differ from each other and from the built-in ones.</param>
    /// <exception cref="ArgumentException">Two classifications have the same name.</exception>
    public CategoryJsonConverter(params Classification[] classifications) =>
        this.classifications = new ClassificationsByName(classifications);

    /// <summary>Reads a category.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type, <see cref="Category"/>.</param>
    /// <param name="options">Ignored.</param>
    /// <returns>The category.</returns>
    /// <exception cref="JsonException">
    /// The JSON is not an object with exactly a classification and a code, the classification is not known to this
    /// converter, or the code is not in it; the message names the property or quotes the value.
    /// </exception>
    public override Category Read(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    )
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException(
                $"A category must be a JSON object with \"{ClassificationProperty}\" and \"{CodeProperty}\"; found {reader.TokenType}."
            );
        }
        string? classification = null;
        string? code = null;
        var seen = new JsonProperties(options, "A category");
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (string.Equals(name, ClassificationProperty, StringComparison.OrdinalIgnoreCase))
            {
                seen.Check(0, ClassificationProperty);
                classification = ReadString(ref reader, ClassificationProperty);
            }
            else if (string.Equals(name, CodeProperty, StringComparison.OrdinalIgnoreCase))
            {
                seen.Check(1, CodeProperty);
                code = ReadString(ref reader, CodeProperty);
            }
            else
            {
                throw new JsonException($"A category has an unexpected property \"{name}\".");
            }
        }
        return classifications.Category(
            classification
                ?? throw new JsonException(
                    $"A category is missing the \"{ClassificationProperty}\" property."
                ),
            code
                ?? throw new JsonException(
                    $"A category is missing the \"{CodeProperty}\" property."
                )
        );
    }

    /// <summary>Writes a category as its classification's name and its code.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The category.</param>
    /// <param name="options">Ignored.</param>
    public override void Write(Utf8JsonWriter writer, Category value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString(ClassificationProperty, value.Classification.Name);
        writer.WriteString(CodeProperty, value.Code);
        writer.WriteEndObject();
    }

    private static string ReadString(ref Utf8JsonReader reader, string property) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException(
                $"The \"{property}\" property of a category must be a string; found {reader.TokenType}."
            );
}
