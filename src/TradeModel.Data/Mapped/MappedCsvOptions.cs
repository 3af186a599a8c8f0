namespace TradeModel.Data.Mapped;

/// <summary>How a CSV file of any layout is read: its <see cref="FlowLayout"/>, its separator, and errors and progress.</summary>
public sealed record MappedCsvOptions : ReadOptions
{
    /// <summary>Which column holds what, and what every row shares.</summary>
    public required FlowLayout Layout { get; init; }

    /// <summary>The column separator; a comma by default.</summary>
    public char Delimiter { get; init; } = ',';
}
