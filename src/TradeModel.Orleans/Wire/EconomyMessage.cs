using TradeModel.Economies;

namespace TradeModel.Orleans.Wire;

/// <summary>
/// An economy as it travels to the silos: an economy of the registry (a country, an area or a region) by its code; a
/// group the caller defined (<see cref="Economy.DefineGroup"/>), which has no code, by its name and its members' codes.
/// </summary>
[GenerateSerializer, Alias("TradeModel.Orleans.EconomyMessage")]
internal sealed class EconomyMessage
{
    [Id(0)]
    public string? Code { get; set; }

    [Id(1)]
    public string Name { get; set; } = string.Empty;

    [Id(2)]
    public string[] Members { get; set; } = [];

    /// <summary>The message of an economy or group.</summary>
    /// <exception cref="ArgumentException">A defined group has a member without a code (silos could not find it).</exception>
    internal static EconomyMessage From(Economy economy, string paramName)
    {
        if (economy.Code is { } code)
        {
            return new EconomyMessage { Code = code, Name = economy.Name };
        }
        return new EconomyMessage
        {
            Name = economy.Name,
            Members =
            [
                .. economy.Members.Select(m =>
                    m.Code
                    ?? throw new ArgumentException(
                        $"The group '{economy.Name}' has the member {m}, which has no code, so silos cannot find it.",
                        paramName
                    )
                ),
            ],
        };
    }

    /// <summary>The economy again: the registry's, or the group defined anew with the same name and members.</summary>
    internal Economy ToEconomy() =>
        Code is { } code
            ? Economy.FromCode(code)
            : Economy.DefineGroup(Name, Members.Select(Economy.FromCode));
}
