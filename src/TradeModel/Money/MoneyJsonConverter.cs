using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using TradeModel.Internal;

namespace TradeModel;

/// <summary>
/// Writes <see cref="Money"/> as <c>{"amount":"7523.80","currency":"CNY"}</c>: the amount is a string so that
/// its exact value and scale survive any JSON reader (a JSON number would pass through <c>double</c> in many).
/// Reading accepts the amount as a string or a number, property names in any case, and rejects anything
/// else with a <see cref="JsonException"/> naming the property. Applied to <see cref="Money"/> by default.
/// </summary>
internal sealed class MoneyJsonConverter : JsonConverter<Money>
{
    private const string AmountProperty = "amount";
    private const string CurrencyProperty = "currency";
    private static readonly CurrencyJsonConverter CurrencyConverter = new();

    /// <summary>Reads an amount of money.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type, <see cref="Money"/>.</param>
    /// <param name="options">Ignored.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="JsonException">The JSON is not an object with exactly an amount and a currency.</exception>
    public override Money Read(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    )
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException(
                $"Money must be a JSON object with \"{AmountProperty}\" and \"{CurrencyProperty}\"; found {reader.TokenType}."
            );
        }
        decimal? amount = null;
        Currency? currency = null;
        var seen = new JsonProperties(options, "Money");
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return new Money(
                    amount
                        ?? throw new JsonException(
                            $"Money is missing the \"{AmountProperty}\" property."
                        ),
                    currency
                        ?? throw new JsonException(
                            $"Money is missing the \"{CurrencyProperty}\" property."
                        )
                );
            }
            var name = reader.GetString();
            reader.Read();
            if (string.Equals(name, AmountProperty, StringComparison.OrdinalIgnoreCase))
            {
                seen.Check(0, AmountProperty);
                amount = ReadAmount(ref reader);
            }
            else if (string.Equals(name, CurrencyProperty, StringComparison.OrdinalIgnoreCase))
            {
                seen.Check(1, CurrencyProperty);
                currency = CurrencyConverter.Read(ref reader, typeof(Currency), options);
            }
            else
            {
                throw new JsonException($"Money has an unexpected property \"{name}\".");
            }
        }
        throw new JsonException("Money JSON ended before its object closed.");
    }

    /// <summary>Writes an amount of money.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The amount.</param>
    /// <param name="options">Ignored.</param>
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString(AmountProperty, value.Amount.ToString(CultureInfo.InvariantCulture));
        writer.WriteString(CurrencyProperty, value.Currency.Code);
        writer.WriteEndObject();
    }

    private static decimal ReadAmount(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.Number or JsonTokenType.String))
        {
            throw new JsonException(
                $"The \"{AmountProperty}\" property of Money must be a string or a number; found {reader.TokenType}."
            );
        }
        Span<char> buffer = stackalloc char[64];
        var text = JsonText.TryCopy(ref reader, buffer, out var length)
            ? buffer[..length]
            : JsonText.GetText(ref reader).AsSpan();
        var error = DecimalText.TryParse(text, DecimalText.Syntax.Data, out var amount);
        return error == DecimalText.Error.None
            ? amount
            : throw new JsonException(
                Errors.Format(
                    $"The \"{AmountProperty}\" property of Money, \"{text.ToString()}\", is not an exact amount: {DecimalText.Describe(error)}"
                )
            );
    }
}
