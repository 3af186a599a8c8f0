using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Internal;
using UnitsNet;

namespace TradeModel.Flows;

/// <summary>
/// One observation of trade: what a reporter traded with a partner, in one direction, for a category, over a period,
/// with its value, optionally its physical quantity (goods), and its observation status.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(TradeFlowJsonConverter))]
public sealed class TradeFlow
{
    /// <summary>Creates a flow.</summary>
    /// <param name="reporter">The reporting economy.</param>
    /// <param name="partner">The partner economy (often <see cref="Economy.World"/>).</param>
    /// <param name="direction">The direction.</param>
    /// <param name="category">The category (EBOPS, HS or custom).</param>
    /// <param name="period">The reference period.</param>
    /// <param name="value">The value, or null when the status is <see cref="ObservationStatus.Missing"/> or <see cref="ObservationStatus.Confidential"/> (withheld).</param>
    /// <param name="status">The observation status.</param>
    /// <param name="quantity">The physical quantity (mass, volume, energy, or a count as a UnitsNet <see cref="Scalar"/>), or null.</param>
    /// <exception cref="ArgumentNullException">The reporter, partner or category is null.</exception>
    /// <exception cref="ArgumentException">
    /// A missing flow has a value, or a flow that is neither missing nor confidential has none; or a quantity is negative.
    /// </exception>
    public TradeFlow(
        Economy reporter,
        Economy partner,
        TradeDirection direction,
        Category category,
        ReferencePeriod period,
        Money? value,
        ObservationStatus status = ObservationStatus.Normal,
        IQuantity? quantity = null
    )
    {
        Check(
            reporter,
            partner,
            direction,
            category,
            period,
            value,
            status,
            quantity is null ? null : (double)quantity.Value
        );
        Reporter = reporter;
        Partner = partner;
        Direction = direction;
        Category = category;
        Period = period;
        Value = value;
        Status = status;
        Quantity = quantity;
    }

    /// <summary>
    /// The checks of <see cref="Check"/> on a row given as codes: direction and status defined, the value fitting the
    /// status. Two comparisons for the common row; the messages come from the full checks.
    /// </summary>
    internal static void CheckParts(
        TradeDirection direction,
        ObservationStatus status,
        decimal? value
    )
    {
        if (
            (uint)direction <= (uint)TradeDirection.ReImports
            && (uint)status <= (uint)ObservationStatus.Missing
            && (
                value.HasValue
                    ? status != ObservationStatus.Missing
                    : status is ObservationStatus.Missing or ObservationStatus.Confidential
            )
        )
        {
            return;
        }
        CheckDefined(direction, status);
        Preconditions.CheckArgument(
            status != ObservationStatus.Missing || value is null,
            nameof(value),
            $"A missing flow has no value; got {value}."
        );
        throw new ArgumentException(
            Errors.Format(
                $"A {status} flow needs a value; use ObservationStatus.Missing when there is none."
            ),
            nameof(value)
        );
    }

    /// <summary>The checks of a flow's parts, shared by the constructor and <see cref="TradeFlowAppender"/>.</summary>
    internal static void Check(
        Economy reporter,
        Economy partner,
        TradeDirection direction,
        Category category,
        ReferencePeriod period,
        Money? value,
        ObservationStatus status,
        double? quantity
    )
    {
        Preconditions.CheckNotNull(reporter);
        Preconditions.CheckNotNull(partner);
        Preconditions.CheckNotNull(category);
        CheckDefined(direction, status);
        Preconditions.CheckArgument(
            status != ObservationStatus.Missing || value is null,
            nameof(value),
            $"A missing flow has no value; got {value} for {category.Code}."
        );
        Preconditions.CheckArgument(
            value is not null
                || status is ObservationStatus.Missing or ObservationStatus.Confidential,
            nameof(value),
            $"A {status} flow needs a value ({category.Code}, {period}); use ObservationStatus.Missing when there is none."
        );
        Preconditions.CheckArgument(
            quantity is not < 0,
            nameof(quantity),
            $"The quantity {quantity} of {category.Code} is negative."
        );
    }

    /// <summary>The direction and the status are defined values of their enums.</summary>
    private static void CheckDefined(TradeDirection direction, ObservationStatus status)
    {
        Preconditions.CheckArgument(
            Enum.IsDefined(direction),
            nameof(direction),
            $"{(int)direction} is not a TradeDirection."
        );
        Preconditions.CheckArgument(
            Enum.IsDefined(status),
            nameof(status),
            $"{(int)status} is not an ObservationStatus."
        );
    }

    /// <summary>The reporting economy.</summary>
    public Economy Reporter { get; }

    /// <summary>The partner economy.</summary>
    public Economy Partner { get; }

    /// <summary>The direction.</summary>
    public TradeDirection Direction { get; }

    /// <summary>The category.</summary>
    public Category Category { get; }

    /// <summary>The reference period.</summary>
    public ReferencePeriod Period { get; }

    /// <summary>The value, or null when missing or withheld.</summary>
    public Money? Value { get; }

    /// <summary>The observation status.</summary>
    public ObservationStatus Status { get; }

    /// <summary>The physical quantity, or null.</summary>
    public IQuantity? Quantity { get; }

    /// <summary>
    /// The value per unit of quantity, in the quantity's unit (USD per tonne for a mass in tonnes); null when the flow
    /// has no value or no quantity, or the quantity is zero.
    /// </summary>
    /// <exception cref="OverflowException">
    /// The quantity is outside what <see cref="decimal"/> can divide by (below 1e-28 or above 7.9e28 of its unit), or
    /// the unit value is outside the range of <see cref="decimal"/>; the message names the flow.
    /// </exception>
    public UnitValue? UnitValue =>
        Value is { } value && Quantity is { } quantity && (double)quantity.Value > 0
            ? Flows.UnitValue.Of(value, quantity, this)
            : null;

    /// <summary>"CHN→WLD Exports SD 2024: CNY 2051150000000".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Reporter.Alpha3 ?? Reporter.Name}→{Partner.Alpha3 ?? Partner.Name} {Direction} {Category.Code} {Period}: {(Value is { } v ? v.ToString() : Status.ToString())}";
}
