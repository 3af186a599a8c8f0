using System.Text.Json.Serialization;

namespace TradeModel;

/// <summary>
/// A currency of the ISO 4217 registry (current or historic), or a custom currency registered at run time.
/// </summary>
/// <remarks>
/// <para>
/// A <see cref="Currency"/> is a small immutable handle into a process-wide registry built from the
/// ISO 4217 lists published by SIX (Table A.1, current currencies and funds, merged with Table A.3,
/// historic denominations). Comparing, hashing and copying one costs the same as an integer.
/// </para>
/// <para>
/// The default value is <see cref="None"/>: ISO's XXX, "the code assigned for transactions where no
/// currency is involved". It behaves like any other currency: <c>Equals</c>, <c>GetHashCode</c>,
/// <c>ToString</c> and JSON all work on it.
/// </para>
/// <para>
/// Ordering is by <see cref="Code"/>, ordinal, so that tables of currencies sort alphabetically.
/// </para>
/// </remarks>
[JsonConverter(typeof(CurrencyJsonConverter))]
public readonly partial struct Currency : IEquatable<Currency>, IComparable<Currency>, IComparable
{
    private readonly ushort index;

    private Currency(ushort index) => this.index = index;

    /// <summary>The currency's index in the registry (0 for <see cref="None"/>): what <see cref="Money"/> packs.</summary>
    internal ushort Index => index;

    /// <summary>The currency at an index of the registry.</summary>
    internal static Currency FromIndex(ushort index) => new(index);

    /// <summary>No currency: ISO 4217 XXX, and the value of <c>default(Currency)</c>.</summary>
    public static Currency None => default;

    /// <summary>US Dollar (USD, 840).</summary>
    public static Currency USD { get; } = FromCode("USD");

    /// <summary>Euro (EUR, 978).</summary>
    public static Currency EUR { get; } = FromCode("EUR");

    /// <summary>Yuan Renminbi (CNY, 156).</summary>
    public static Currency CNY { get; } = FromCode("CNY");

    /// <summary>Yen (JPY, 392), a currency without minor unit.</summary>
    public static Currency JPY { get; } = FromCode("JPY");

    /// <summary>Pound Sterling (GBP, 826).</summary>
    public static Currency GBP { get; } = FromCode("GBP");

    /// <summary>The alphabetic code in upper case, e.g. "CNY"; for custom currencies the code they were registered with.</summary>
    public string Code => Data.Code;

    /// <summary>
    /// The ISO 4217 numeric code (156 for CNY; written with three digits, "156", in the standard), or
    /// <see langword="null"/> for custom currencies and the few historic codes that never had one (XFO, XFU, XRE).
    /// </summary>
    public int? NumericCode => Data.NumericCode;

    /// <summary>
    /// The number of decimals of the minor unit (2 for CNY, 0 for JPY, 3 for BHD, 4 for CLF), or
    /// <see langword="null"/> where ISO 4217 says "not applicable" (XAU, XDR, XXX…) or, for historic
    /// currencies, where Table A.3 does not state it.
    /// </summary>
    public int? MinorUnit => Data.MinorUnit;

    /// <summary>The English name in the ISO 4217 list, e.g. "Yuan Renminbi".</summary>
    public string EnglishName => Data.EnglishName;

    /// <summary>
    /// The entities (countries, territories, institutions) that use the currency, in upper case as ISO writes
    /// them; for a historic currency, the entities that used it. Empty for custom currencies.
    /// </summary>
    public IReadOnlyList<string> Entities => Data.Entities;

    /// <summary>Whether ISO 4217 marks the code as a fund (e.g. CLF, Unidad de Fomento; USN, US Dollar next day).</summary>
    public bool IsFund => Data.IsFund;

    /// <summary>
    /// When the code was withdrawn, as Table A.3 writes it ("2025-03", or a span such as "1989 to 1990"),
    /// or <see langword="null"/> for a current or custom currency.
    /// </summary>
    public string? WithdrawalDate => Data.WithdrawalDate;

    /// <summary>Whether the currency is a historic ISO 4217 code (it has a <see cref="WithdrawalDate"/>).</summary>
    public bool IsHistoric => Data.WithdrawalDate is not null;

    /// <summary>Whether the currency was registered at run time with <see cref="Register"/> rather than taken from ISO 4217.</summary>
    public bool IsCustom => Data.IsCustom;

    internal CurrencyData Data => CurrencyRegistry.Get(index);

    /// <summary>Whether two values are the same currency.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when both are the same currency.</returns>
    public static bool operator ==(Currency left, Currency right) => left.index == right.index;

    /// <summary>Whether two values are different currencies.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when the currencies differ.</returns>
    public static bool operator !=(Currency left, Currency right) => left.index != right.index;

    /// <summary>Orders currencies by code (ordinal).</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(Currency left, Currency right) => left.CompareTo(right) < 0;

    /// <summary>Orders currencies by code (ordinal).</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(Currency left, Currency right) => left.CompareTo(right) > 0;

    /// <summary>Orders currencies by code (ordinal).</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(Currency left, Currency right) => left.CompareTo(right) <= 0;

    /// <summary>Orders currencies by code (ordinal).</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(Currency left, Currency right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(Currency other) => index == other.index;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Currency other && index == other.index;

    /// <inheritdoc/>
    public override int GetHashCode() => index;

    /// <summary>Compares by <see cref="Code"/>, ordinal.</summary>
    /// <param name="other">The currency to compare with.</param>
    /// <returns>Negative, zero or positive as this code sorts before, equal to or after the other.</returns>
    public int CompareTo(Currency other) =>
        index == other.index ? 0 : string.CompareOrdinal(Code, other.Code);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) =>
        obj switch
        {
            null => 1,
            Currency other => CompareTo(other),
            _ => throw new ArgumentException("Object must be of type Currency.", nameof(obj)),
        };
}
