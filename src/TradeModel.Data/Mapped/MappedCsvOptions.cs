using TradeModel.Classifications;
using TradeModel.Flows;

namespace TradeModel.Data.Mapped;

/// <summary>How a CSV file of any layout is read: its <see cref="ColumnMapping"/>, codes, classification and currency.</summary>
public sealed record MappedCsvOptions : ReadOptions
{
    /// <summary>Which column holds what.</summary>
    public required ColumnMapping Columns { get; init; }

    /// <summary>The classification of the category codes; HS 2022 by default.</summary>
    public Classification Classification { get; init; } = HarmonizedSystem2022.Classification;

    /// <summary>How economy codes are read; ISO by default.</summary>
    public EconomyCodes EconomyCodes { get; init; } = EconomyCodes.Iso;

    /// <summary>Every row's currency when the mapping has no currency column; also checked against that column when both are given.</summary>
    public Currency? Currency { get; init; }

    /// <summary>The column separator; a comma by default.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>
    /// Direction codes, compared ignoring case. By default: X, E, Export, Exports, C and Credit are exports; M, I,
    /// Import, Imports, D and Debit imports; RX, Re-exports, ReExports re-exports; RM, Re-imports, ReImports re-imports.
    /// </summary>
    public IReadOnlyDictionary<string, TradeDirection> DirectionCodes { get; init; } =
        DefaultDirections;

    /// <summary>
    /// Status codes, compared ignoring case. By default the names (Normal, Estimated, Provisional, Confidential,
    /// Missing) and the SDMX letters A, E, P, C, M; an empty status is Normal.
    /// </summary>
    public IReadOnlyDictionary<string, ObservationStatus> StatusCodes { get; init; } =
        DefaultStatuses;

    private static readonly Dictionary<string, TradeDirection> DefaultDirections = new(
        StringComparer.OrdinalIgnoreCase
    )
    {
        ["X"] = TradeDirection.Exports,
        ["E"] = TradeDirection.Exports,
        ["Export"] = TradeDirection.Exports,
        ["Exports"] = TradeDirection.Exports,
        ["C"] = TradeDirection.Exports,
        ["Credit"] = TradeDirection.Exports,
        ["M"] = TradeDirection.Imports,
        ["I"] = TradeDirection.Imports,
        ["Import"] = TradeDirection.Imports,
        ["Imports"] = TradeDirection.Imports,
        ["D"] = TradeDirection.Imports,
        ["Debit"] = TradeDirection.Imports,
        ["RX"] = TradeDirection.ReExports,
        ["Re-exports"] = TradeDirection.ReExports,
        ["ReExports"] = TradeDirection.ReExports,
        ["RM"] = TradeDirection.ReImports,
        ["Re-imports"] = TradeDirection.ReImports,
        ["ReImports"] = TradeDirection.ReImports,
    };

    private static readonly Dictionary<string, ObservationStatus> DefaultStatuses = new(
        StringComparer.OrdinalIgnoreCase
    )
    {
        [""] = ObservationStatus.Normal,
        ["A"] = ObservationStatus.Normal,
        ["Normal"] = ObservationStatus.Normal,
        ["E"] = ObservationStatus.Estimated,
        ["Estimated"] = ObservationStatus.Estimated,
        ["P"] = ObservationStatus.Provisional,
        ["Provisional"] = ObservationStatus.Provisional,
        ["C"] = ObservationStatus.Confidential,
        ["Confidential"] = ObservationStatus.Confidential,
        ["M"] = ObservationStatus.Missing,
        ["Missing"] = ObservationStatus.Missing,
    };
}
