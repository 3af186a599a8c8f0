using System.Text.Json;
using TradeModel.Internal;

namespace TradeModel.Economies;

/// <summary>
/// Writes an <see cref="Economy"/> as its <see cref="Economy.Code"/> and reads it back with
/// <see cref="Economy.TryFromCode"/>, also as a dictionary key. Applied to <see cref="Economy"/> by its attribute.
/// A group made with <see cref="Economy.DefineGroup"/> has no code, so writing one throws a
/// <see cref="JsonException"/> naming it.
/// </summary>
internal sealed class EconomyJsonConverter : StringValueJsonConverter<Economy>
{
    protected override string Noun => "An economy";

    protected override string Example => "CHN";

    protected override bool TryParse(ReadOnlySpan<char> text, out Economy value) =>
        Economy.TryFromCode(text.ToString(), out value!);

    protected override string Invalid(ReadOnlySpan<char> text) =>
        Errors.Format($"\"{text.ToString()}\" is not an ISO 3166-1 or M49 code of an economy.");

    protected override string Format(Economy value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Code
            ?? throw new JsonException(
                Errors.Format(
                    $"The group '{value.Name}' was defined by the program and has no code to write; write its members instead."
                )
            );
    }
}
