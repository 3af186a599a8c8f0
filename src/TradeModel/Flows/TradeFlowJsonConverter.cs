using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Internal;
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
    private static readonly EnumNameJsonConverter<TradeDirection> Directions = new();
    private static readonly EnumNameJsonConverter<ObservationStatus> Statuses = new();
    private static readonly string[] PropertyNames =
    [
        "REPORTER",
        "PARTNER",
        "DIRECTION",
        "CATEGORY",
        "PERIOD",
        "VALUE",
        "STATUS",
        "QUANTITY",
    ];
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
        var fields = new Fields();
        var seen = new JsonProperties(options, "A trade flow");
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString() ?? "";
            reader.Read();
            var index = Array.IndexOf(PropertyNames, name.ToUpperInvariant());
            if (index >= 0)
            {
                seen.Check(index, name);
            }
            ReadProperty(ref reader, name, ref fields, options);
        }
        try
        {
            return new TradeFlow(
                fields.Reporter ?? throw Missing("reporter"),
                fields.Partner ?? throw Missing("partner"),
                fields.Direction ?? throw Missing("direction"),
                fields.Category ?? throw Missing("category"),
                fields.Period ?? throw Missing("period"),
                fields.Value,
                fields.Status,
                fields.Quantity
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
        writer.WritePropertyName("direction");
        Directions.Write(writer, value.Direction, options);
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
        writer.WritePropertyName("status");
        Statuses.Write(writer, value.Status, options);
        if (value.Quantity is { } quantity)
        {
            writer.WriteStartObject("quantity");
            writer.WriteNumber("value", (double)quantity.Value);
            writer.WriteString("unit", QuantityUnitText.Format(quantity.Unit));
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static JsonException Missing(string property) =>
        new($"A trade flow is missing the \"{property}\" property.");

    private void ReadProperty(
        ref Utf8JsonReader reader,
        string name,
        ref Fields fields,
        JsonSerializerOptions options
    )
    {
        switch (name.ToUpperInvariant())
        {
            case "REPORTER":
                fields.Reporter = Economies.Read(ref reader, typeof(Economy), options);
                break;
            case "PARTNER":
                fields.Partner = Economies.Read(ref reader, typeof(Economy), options);
                break;
            case "DIRECTION":
                fields.Direction = Directions.Read(ref reader, typeof(TradeDirection), options);
                break;
            case "CATEGORY":
                fields.Category = categories.Read(ref reader, typeof(Category), options);
                break;
            case "PERIOD":
                fields.Period = Periods.Read(ref reader, typeof(ReferencePeriod), options);
                break;
            case "VALUE":
                fields.Value =
                    reader.TokenType == JsonTokenType.Null
                        ? null
                        : Amounts.Read(ref reader, typeof(Money), options);
                break;
            case "STATUS":
                fields.Status = Statuses.Read(ref reader, typeof(ObservationStatus), options);
                break;
            case "QUANTITY":
                fields.Quantity =
                    reader.TokenType == JsonTokenType.Null ? null : ReadQuantity(ref reader);
                break;
            default:
                throw new JsonException($"A trade flow has an unexpected property \"{name}\".");
        }
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
                    && reader.TryGetDouble(out var parsed)
                    && double.IsFinite(parsed)
                        ? parsed
                        : throw new JsonException(
                            $"The quantity's \"value\" must be a finite JSON number; found {(reader.TokenType == JsonTokenType.Number ? JsonText.GetText(ref reader) : reader.TokenType.ToString())}."
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
        if (QuantityUnitText.TryParse(text, out var unit))
        {
            return unit;
        }
        throw new JsonException(
            string.Create(
                CultureInfo.InvariantCulture,
                $"\"{text}\" is not a UnitsNet unit written as Type.Unit, such as \"MassUnit.Tonne\"."
            )
        );
    }

    /// <summary>The properties read so far; the flow's constructor checks them together.</summary>
    private struct Fields
    {
        public Economy? Reporter;
        public Economy? Partner;
        public TradeDirection? Direction;
        public Category? Category;
        public ReferencePeriod? Period;
        public Money? Value;
        public ObservationStatus Status;
        public IQuantity? Quantity;
    }
}
