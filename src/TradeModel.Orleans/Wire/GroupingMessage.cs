using TradeModel.Classifications;

namespace TradeModel.Orleans.Wire;

/// <summary>A <see cref="CategoryGrouping"/> as it travels to the silos: its name, its members' codes and its note.</summary>
[GenerateSerializer, Alias("TradeModel.Orleans.GroupingMessage")]
internal sealed class GroupingMessage
{
    [Id(0)]
    public string Name { get; set; } = string.Empty;

    [Id(1)]
    public string[] Members { get; set; } = [];

    [Id(2)]
    public string? Note { get; set; }

    /// <summary>The message of a grouping.</summary>
    internal static GroupingMessage From(CategoryGrouping grouping) =>
        new()
        {
            Name = grouping.Name,
            Members = [.. grouping.Members.Select(m => m.Code)],
            Note = grouping.Note,
        };

    /// <summary>The grouping again, its members found by code in <paramref name="classification"/>.</summary>
    internal CategoryGrouping ToGrouping(Classification classification) =>
        new(Name, Members.Select(code => classification[code]), Note);
}
