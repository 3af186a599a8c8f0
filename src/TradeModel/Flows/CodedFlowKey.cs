using System.Runtime.InteropServices;

namespace TradeModel.Flows;

/// <summary>
/// A flow's period code, direction and status packed in 16 bits, as a <see cref="TradeFlowCollection"/> stores them
/// (<see cref="TradeFlowColumns.Keys"/>): the period code in the high 11 bits, the direction in the next 2, the status in
/// the low 3.
/// </summary>
/// <remarks>
/// The default value is period code 0, <see cref="TradeDirection.Exports"/>, <see cref="ObservationStatus.Normal"/>.
/// </remarks>
[StructLayout(LayoutKind.Sequential, Size = 2)]
public readonly struct CodedFlowKey : IEquatable<CodedFlowKey>
{
    /// <summary>The low bits below the period code: status (3) and direction (2).</summary>
    internal const int BitsBelowPeriod = 5;

    private readonly ushort bits;

    /// <summary>Packs a key.</summary>
    /// <param name="periodCode">The period's code in the collection, 0 to 2,047.</param>
    /// <param name="direction">The direction.</param>
    /// <param name="status">The observation status.</param>
    /// <exception cref="ArgumentOutOfRangeException">The period code is outside 0 to 2,047.</exception>
    /// <exception cref="ArgumentException">The direction or status is not a defined value.</exception>
    public CodedFlowKey(int periodCode, TradeDirection direction, ObservationStatus status)
    {
        Internal.Preconditions.CheckArgumentRange(
            nameof(periodCode),
            periodCode,
            0,
            TradeFlowCollection.MaxPeriods - 1
        );
        Internal.Preconditions.CheckArgument(
            Enum.IsDefined(direction),
            nameof(direction),
            $"{(int)direction} is not a TradeDirection."
        );
        Internal.Preconditions.CheckArgument(
            Enum.IsDefined(status),
            nameof(status),
            $"{(int)status} is not an ObservationStatus."
        );
        bits = Pack(periodCode, direction, status);
    }

    private CodedFlowKey(ushort bits) => this.bits = bits;

    /// <summary>The period's code: its index in <see cref="TradeFlowColumns.Periods"/>.</summary>
    public int PeriodCode => bits >> BitsBelowPeriod;

    /// <summary>The direction.</summary>
    public TradeDirection Direction => (TradeDirection)((bits >> 3) & 3);

    /// <summary>The observation status.</summary>
    public ObservationStatus Status => (ObservationStatus)(bits & 7);

    /// <summary>The 16 bits as stored.</summary>
    public ushort Bits => bits;

    /// <summary>A key from its 16 bits as stored.</summary>
    /// <param name="bits">The bits.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException">The bits hold a status that is not defined.</exception>
    public static CodedFlowKey FromBits(ushort bits)
    {
        var key = new CodedFlowKey(bits);
        Internal.Preconditions.CheckArgument(
            Enum.IsDefined(key.Status),
            nameof(bits),
            $"The bits {bits} hold the status {(int)key.Status}, which is not an ObservationStatus."
        );
        return key;
    }

    /// <summary>Whether two keys are equal.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(CodedFlowKey left, CodedFlowKey right) => left.Equals(right);

    /// <summary>Whether two keys differ.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(CodedFlowKey left, CodedFlowKey right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(CodedFlowKey other) => bits == other.bits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CodedFlowKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => bits;

    /// <summary>The key for display, e.g. "period 3, Exports, Normal".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"period {PeriodCode}, {Direction}, {Status}"
        );

    /// <summary>The key of stored bits, which hold a defined status (the collection stores only checked rows).</summary>
    internal static CodedFlowKey Of(ushort bits) => new(bits);

    /// <summary>The bits of a key whose parts the caller has checked.</summary>
    internal static ushort Pack(int period, TradeDirection direction, ObservationStatus status) =>
        (ushort)((period << BitsBelowPeriod) | ((int)direction << 3) | (int)status);
}
