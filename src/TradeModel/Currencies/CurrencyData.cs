namespace TradeModel;

/// <summary>Everything the registry knows about one currency; shared by every <see cref="Currency"/> value that points at it.</summary>
internal sealed record CurrencyData(
    string Code,
    int? NumericCode,
    int? MinorUnit,
    string EnglishName,
    IReadOnlyList<string> Entities,
    bool IsFund,
    string? WithdrawalDate,
    bool IsCustom
);
