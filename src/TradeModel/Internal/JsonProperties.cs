using System.Text.Json;

namespace TradeModel.Internal;

/// <summary>
/// The properties an object converter has read, so that a repeated one is an error when the options say
/// <see cref="JsonSerializerOptions.AllowDuplicateProperties"/> is false (the serializer leaves that check to
/// custom converters).
/// </summary>
internal struct JsonProperties
{
    private readonly bool allowDuplicates;
    private readonly string owner;
    private int seen;

    internal JsonProperties(JsonSerializerOptions options, string owner)
    {
        allowDuplicates = options?.AllowDuplicateProperties ?? true;
        this.owner = owner;
        seen = 0;
    }

    /// <summary>Notes property number <paramref name="index"/> (0–31); throws if it was read before and duplicates are not allowed.</summary>
    internal void Check(int index, string name)
    {
        var bit = 1 << index;
        if (!allowDuplicates && (seen & bit) != 0)
        {
            throw new JsonException(
                Errors.Format(
                    $"{owner} has the property \"{name}\" twice, and the options do not allow duplicate properties."
                )
            );
        }
        seen |= bit;
    }
}
