using System.Text.Json;
using System.Text.Json.Serialization;
using TradeModel.Internal;

namespace TradeModel.Internal;

/// <summary>
/// Writes an enum value as its name and reads a name back, ignoring case. Unlike
/// <see cref="JsonStringEnumConverter{TEnum}"/>, it accepts no numbers and no comma-separated combinations, so a
/// JSON <c>5</c> or <c>"5"</c> can never become an undefined value; the message lists the names.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
internal sealed class EnumNameJsonConverter<T> : StringValueJsonConverter<T>
    where T : struct, Enum
{
    private static readonly string[] Names = Enum.GetNames<T>();
    private static readonly T[] Values = Enum.GetValues<T>();

    protected override string Noun => Errors.Format($"A {typeof(T).Name}");

    protected override string Example => Names[0];

    protected override bool TryParse(ReadOnlySpan<char> text, out T value)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (text.Equals(Names[i], StringComparison.OrdinalIgnoreCase))
            {
                value = Values[i];
                return true;
            }
        }
        value = default;
        return false;
    }

    protected override string Invalid(ReadOnlySpan<char> text) =>
        Errors.Format(
            $"\"{text.ToString()}\" is not a {typeof(T).Name}: use one of {string.Join(", ", Names)}."
        );

    protected override string Format(T value) =>
        Enum.IsDefined(value)
            ? value.ToString()
            : throw new JsonException(
                Errors.Format($"{value} is not a defined {typeof(T).Name} and has no name.")
            );
}
