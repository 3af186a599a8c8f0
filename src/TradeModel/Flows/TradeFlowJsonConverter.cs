using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using TradeModel.Classifications;
using TradeModel.Economies;
using UnitsNet;

namespace TradeModel.Flows;

/// <summary>
/// Writes a <see cref="TradeFlow"/> as one flat record and reads it back through the flow's constructor, so a flow
/// read from JSON is checked like any other:
/// <code>
/// {"reporter":"CHN","partner":"WLD","direction":"Exports","category":{"classification":"EBOPS 2010","code":"SD"},
///  "period":"2024","value":{"amount":"2051.15","currency":"CNY"},"status":"Normal"}
/// </code>
/// Economies, categories, periods and money are written as their own converters write them; a flow of goods adds
/// <c>"quantity":{"value":12.5,"unit":"MassUnit.Tonne"}</c> (a UnitsNet unit, its value a JSON number since UnitsNet
/// holds <see cref="double"/>). A missing or withheld value is written as <c>null</c>. Applied to
/// <see cref="TradeFlow"/> by default, reading categories of the built-in classifications only.
/// </summary>
/// <remarks>
/// Reading takes property names in any case; <c>status</c> defaults to Normal and <c>value</c> and <c>quantity</c>
/// to none. Anything else (an unknown property, a missing one, a value the flow's constructor rejects) is a
/// <see cref="JsonException"/> that names the property or quotes the reason. For categories of your own
/// classifications, add <c>new TradeFlowJsonConverter(mine)</c> to the options' converters.
/// </remarks>
public sealed class TradeFlowJsonConverter : JsonConverter<TradeFlow>
{
    private static readonly EconomyJsonConverter Economies = new();
    private static readonly ReferencePeriodJsonConverter Periods = new();
    private static readonly MoneyJsonConverter Amounts = new();
    private readonly CategoryJsonConverter categories;

    /// <summary>A converter that reads categories of the built-in classifications (EBOPS 2010, HS 2022) only.</summary>
    public TradeFlowJsonConverter()
        : this([]) { }

    /// <summary>A converter that reads categories of the built-in classifications and of <paramref name="classifications"/>.</summary>
    /// <param name="classifications">Classifications of your own; their names must differ from each other and from the built-in ones.</param>
    /// <exception cref="ArgumentException">Two classifications have the same name.</exception>
    public TradeFlowJsonConverter(params Classification[] classifications) =>
        categories = new CategoryJsonConverter(classifications);

    /// <summary>Reads a flow.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type, <see cref="TradeFlow"/>.</param>
    /// <param name="options">Passed on to the converters of the parts.</param>
    /// <returns>The flow.</returns>
    /// <exception cref="JsonException">The JSON is not a valid flow; the message names the property or gives the reason.</exception>
    public override TradeFlow Read(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    )
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException(
                $"A trade flow must be a JSON object; found {reader.TokenType}."
            );
        }
        Economy? reporter = null;
        Economy? partner = null;
        TradeDirection? direction = null;
        Category? category = null;
        ReferencePeriod? period = null;
        Money? value = null;
        var status = ObservationStatus.Normal;
        IQuantity? quantity = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString() ?? "";
            reader.Read();
            switch (name.ToUpperInvariant())
            {
                case "REPORTER":
                    reporter = Economies.Read(ref reader, typeof(Economy), options);
                    break;
                case "PARTNER":
                    partner = Economies.Read(ref reader, typeof(Economy), options);
                    break;
                case "DIRECTION":
                    direction = ReadName<TradeDirection>(ref reader, "direction");
                    break;
                case "CATEGORY":
                    category = categories.Read(ref reader, typeof(Category), options);
                    break;
                case "PERIOD":
                    period = Periods.Read(ref reader, typeof(ReferencePeriod), options);
                    break;
                case "VALUE":
                    value =
                        reader.TokenType == JsonTokenType.Null
                            ? null
                            : Amounts.Read(ref reader, typeof(Money), options);
                    break;
                case "STATUS":
                    status = ReadName<ObservationStatus>(ref reader, "status");
                    break;
                case "QUANTITY":
                    quantity =
                        reader.TokenType == JsonTokenType.Null ? null : ReadQuantity(ref reader);
                    break;
                default:
                    throw new JsonException($"A trade flow has an unexpected property \"{name}\".");
            }
        }
        try
        {
            return new TradeFlow(
                reporter ?? throw Missing("reporter"),
                partner ?? throw Missing("partner"),
                direction ?? throw Missing("direction"),
                category ?? throw Missing("category"),
                period ?? throw Missing("period"),
                value,
                status,
                quantity
            );
        }
        catch (ArgumentException error)
        {
            throw new JsonException($"The JSON is not a valid trade flow: {error.Message}", error);
        }
    }

    /// <summary>Writes a flow.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The flow.</param>
    /// <param name="options">Passed on to the converters of the parts.</param>
    /// <exception cref="JsonException">The reporter or partner is a user-defined group, which has no code.</exception>
    public override void Write(
        Utf8JsonWriter writer,
        TradeFlow value,
        JsonSerializerOptions options
    )
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WritePropertyName("reporter");
        Economies.Write(writer, value.Reporter, options);
        writer.WritePropertyName("partner");
        Economies.Write(writer, value.Partner, options);
        writer.WriteString("direction", value.Direction.ToString());
        writer.WritePropertyName("category");
        categories.Write(writer, value.Category, options);
        writer.WritePropertyName("period");
        Periods.Write(writer, value.Period, options);
        writer.WritePropertyName("value");
        if (value.Value is { } amount)
        {
            Amounts.Write(writer, amount, options);
        }
        else
        {
            writer.WriteNullValue();
        }
        writer.WriteString("status", value.Status.ToString());
        if (value.Quantity is { } quantity)
        {
            writer.WriteStartObject("quantity");
            writer.WriteNumber("value", (double)quantity.Value);
            writer.WriteString("unit", $"{quantity.Unit.GetType().Name}.{quantity.Unit}");
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static JsonException Missing(string property) =>
        new($"A trade flow is missing the \"{property}\" property.");

    private static T ReadName<T>(ref Utf8JsonReader reader, string property)
        where T : struct, Enum
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }
        throw new JsonException(
            $"The \"{property}\" of a trade flow must be one of {string.Join(", ", Enum.GetNames<T>())}; found {(text is null ? reader.TokenType.ToString() : $"\"{text}\"")}."
        );
    }

    private static IQuantity ReadQuantity(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException(
                $"The \"quantity\" of a trade flow must be an object with \"value\" and \"unit\"; found {reader.TokenType}."
            );
        }
        double? number = null;
        string? unitText = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (string.Equals(name, "value", StringComparison.OrdinalIgnoreCase))
            {
                number =
                    reader.TokenType == JsonTokenType.Number
                        ? reader.GetDouble()
                        : throw new JsonException(
                            $"The quantity's \"value\" must be a JSON number; found {reader.TokenType}."
                        );
            }
            else if (string.Equals(name, "unit", StringComparison.OrdinalIgnoreCase))
            {
                unitText =
                    reader.TokenType == JsonTokenType.String
                        ? reader.GetString()
                        : throw new JsonException(
                            $"The quantity's \"unit\" must be a string such as \"MassUnit.Tonne\"; found {reader.TokenType}."
                        );
            }
            else
            {
                throw new JsonException($"A quantity has an unexpected property \"{name}\".");
            }
        }
        return Quantity.From(
            number ?? throw new JsonException("A quantity is missing its \"value\"."),
            ParseUnit(unitText ?? throw new JsonException("A quantity is missing its \"unit\"."))
        );
    }

    private static Enum ParseUnit(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            var typeName = text[..dot];
            var unitName = text[(dot + 1)..];
            foreach (var info in Quantity.Infos)
            {
                if (string.Equals(info.UnitType.Name, typeName, StringComparison.Ordinal))
                {
                    var unit = info.UnitInfos.FirstOrDefault(u =>
                        string.Equals(u.Name, unitName, StringComparison.Ordinal)
                    );
                    if (unit is not null)
                    {
                        return unit.Value;
                    }
                }
            }
        }
        throw new JsonException(
            string.Create(
                CultureInfo.InvariantCulture,
                $"\"{text}\" is not a UnitsNet unit written as Type.Unit, such as \"MassUnit.Tonne\"."
            )
        );
    }
}
