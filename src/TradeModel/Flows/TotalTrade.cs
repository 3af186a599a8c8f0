namespace TradeModel.Flows;

/// <summary>Total trade: exports + imports, in one currency. The default value is zero with no currency.</summary>
public readonly struct TotalTrade : IEquatable<TotalTrade>
{
    /// <summary>Creates the total of exports and imports.</summary>
    /// <param name="exports">Exports.</param>
    /// <param name="imports">Imports, in the same currency.</param>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public TotalTrade(Money exports, Money imports)
    {
        Value = exports + imports;
        Exports = exports;
        Imports = imports;
    }

    /// <summary>Exports.</summary>
    public Money Exports { get; }

    /// <summary>Imports.</summary>
    public Money Imports { get; }

    /// <summary>Exports + imports.</summary>
    public Money Value { get; }

    /// <summary>The balance of the same exports and imports.</summary>
    public TradeBalance Balance => new(Exports, Imports);

    /// <summary>Whether two totals have the same exports and imports.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(TotalTrade left, TotalTrade right) => left.Equals(right);

    /// <summary>Whether two totals differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TotalTrade left, TotalTrade right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(TotalTrade other) => Exports == other.Exports && Imports == other.Imports;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TotalTrade other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Exports, Imports);

    /// <summary>"CNY 7523800000000 (exports CNY 3175560000000, imports CNY 4348240000000)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Value} (exports {Exports}, imports {Imports})";
}
