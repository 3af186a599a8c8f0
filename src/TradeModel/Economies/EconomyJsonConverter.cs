using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TradeModel.Economies;

/// <summary>
/// Writes an <see cref="Economy"/> as its code and reads it back with <see cref="Economy.FromCode"/>, also as a
/// dictionary key: a country or area as its ISO 3166-1 alpha-3 code (<c>"CHN"</c>), the World as <c>"WLD"</c>, an M49
/// region as its three-digit M49 code (<c>"142"</c> for Asia). Applied to <see cref="Economy"/> by default.
/// </summary>
/// <remarks>
/// A group made with <see cref="Economy.DefineGroup"/> has no code, so writing one throws a
/// <see cref="JsonException"/> naming it: write its members instead.
/// </remarks>
public sealed class EconomyJsonConverter : JsonConverter<Economy>
{
    /// <summary>Reads an economy code.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type, <see cref="Economy"/>.</param>
    /// <param name="options">Ignored.</param>
    /// <returns>The economy.</returns>
    /// <exception cref="JsonException">The token is not a string, or no economy has that code; the message quotes it.</exception>
    public override Economy Read(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    )
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(
                $"An economy must be a JSON string such as \"CHN\"; found {reader.TokenType}."
            );
        }
        return FromCode(reader.GetString());
    }

    /// <summary>Writes the economy's code.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The economy.</param>
    /// <param name="options">Ignored.</param>
    /// <exception cref="JsonException">The economy is a user-defined group, which has no code.</exception>
    public override void Write(Utf8JsonWriter writer, Economy value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(CodeOf(value));
    }

    /// <summary>Reads an economy code written as a property name (a dictionary key).</summary>
    /// <param name="reader">The reader, on a property name.</param>
    /// <param name="typeToConvert">The type, <see cref="Economy"/>.</param>
    /// <param name="options">Ignored.</param>
    /// <returns>The economy.</returns>
    /// <exception cref="JsonException">No economy has that code.</exception>
    public override Economy ReadAsPropertyName(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    ) => FromCode(reader.GetString());

    /// <summary>Writes the economy's code as a property name (a dictionary key).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The economy.</param>
    /// <param name="options">Ignored.</param>
    /// <exception cref="JsonException">The economy is a user-defined group, which has no code.</exception>
    public override void WriteAsPropertyName(
        Utf8JsonWriter writer,
        Economy value,
        JsonSerializerOptions options
    )
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(CodeOf(value));
    }

    internal static string CodeOf(Economy economy)
    {
        ArgumentNullException.ThrowIfNull(economy);
        if (economy.Alpha3 is { } alpha3)
        {
            return alpha3;
        }
        if (ReferenceEquals(economy, Economy.World))
        {
            return "WLD";
        }
        return economy.M49 is { } m49
            ? m49.ToString("000", CultureInfo.InvariantCulture)
            : throw new JsonException(
                $"The group '{economy.Name}' was defined by the program and has no code to write; write its members instead."
            );
    }

    internal static Economy FromCode(string? code) =>
        Economy.TryFromCode(code, out var economy)
            ? economy
            : throw new JsonException(
                $"\"{code}\" is not an ISO 3166-1 or M49 code of an economy."
            );
}
