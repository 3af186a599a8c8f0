namespace TradeModel.Flows;

/// <summary>
/// The trade balance: exports − imports, in one currency; a deficit is a negative balance. A balance is a derived
/// difference, not a flow: it has no addition (adding balances of different flows means nothing; add the exports
/// and the imports, then take the balance). The default value is a zero balance with no currency.
/// </summary>
public readonly struct TradeBalance : IEquatable<TradeBalance>
{
    /// <summary>Creates the balance of exports and imports.</summary>
    /// <param name="exports">Exports.</param>
    /// <param name="imports">Imports, in the same currency.</param>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public TradeBalance(Money exports, Money imports)
    {
        Value = exports - imports;
        Exports = exports;
        Imports = imports;
    }

    /// <summary>Exports.</summary>
    public Money Exports { get; }

    /// <summary>Imports.</summary>
    public Money Imports { get; }

    /// <summary>Exports − imports: negative for a deficit.</summary>
    public Money Value { get; }

    /// <summary>Whether exports exceed imports.</summary>
    public bool IsSurplus => Value.Sign > 0;

    /// <summary>Whether imports exceed exports.</summary>
    public bool IsDeficit => Value.Sign < 0;

    /// <summary>The size of the deficit as a positive amount (zero when there is none), as releases state it.</summary>
    public Money Deficit => IsDeficit ? -Value : Money.Zero(Value.Currency);

    /// <summary>How the balance changed since an earlier one.</summary>
    /// <param name="previous">The earlier balance, in the same currency.</param>
    /// <returns>The change.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public BalanceChange ChangeFrom(TradeBalance previous) => new(previous, this);

    /// <summary>Whether two balances have the same exports and imports.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(TradeBalance left, TradeBalance right) => left.Equals(right);

    /// <summary>Whether two balances differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TradeBalance left, TradeBalance right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(TradeBalance other) => Exports == other.Exports && Imports == other.Imports;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TradeBalance other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Exports, Imports);

    /// <summary>"deficit of CNY 1172680000000" or "surplus of …".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        IsDeficit ? $"deficit of {Deficit}"
        : IsSurplus ? $"surplus of {Value}"
        : "balanced";
}
