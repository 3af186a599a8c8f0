using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Internal;

namespace TradeModel.Flows;

/// <summary>
/// Adds flows to a <see cref="TradeFlowCollection"/> as dictionary codes: a reader looks each distinct economy,
/// category, period and unit of its file up once (<c>CodeOf</c>), caches the code, and appends every row as small
/// integers, with its value in fixed point when it has one. Every part is checked as
/// <see cref="TradeFlowAppender.Append"/> checks it. Made by <see cref="TradeFlowCollection.CreateCodedAppender"/>; the
/// bulk path of the built-in readers, public so that a reader of any other format is as fast.
/// </summary>
/// <remarks>
/// Codes are the collection's own (<see cref="TradeFlowColumns"/> shows the same dictionaries): a code stays valid for
/// the life of the collection, and every appender of one collection gives the same codes.
/// </remarks>
public sealed class CodedFlowAppender
{
    private readonly TradeFlowCollection flows;

    internal CodedFlowAppender(TradeFlowCollection flows) => this.flows = flows;

    /// <summary>The collection the flows go to.</summary>
    public TradeFlowCollection Collection => flows;

    /// <summary>The code of an economy, added to the collection's dictionary when new.</summary>
    /// <param name="economy">The economy.</param>
    /// <returns>The code, from 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="economy"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The collection holds 65,536 economies already.</exception>
    public int CodeOf(Economy economy)
    {
        Preconditions.CheckNotNull(economy);
        return flows.IdOf(economy);
    }

    /// <summary>The code of a category, added to the collection's dictionary when new.</summary>
    /// <param name="category">The category, of the collection's classification.</param>
    /// <returns>The code, from 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="category"/> is null.</exception>
    /// <exception cref="ArgumentException">The category is of another classification.</exception>
    public int CodeOf(Category category)
    {
        Preconditions.CheckNotNull(category);
        Preconditions.CheckArgument(
            ReferenceEquals(category.Classification, flows.Classification),
            nameof(category),
            $"The category {category.Code} is of {category.Classification.Name}, not {flows.Classification.Name}."
        );
        return flows.IdOf(category);
    }

    /// <summary>The code of a period, added to the collection's dictionary when new.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The code, 0 to 2,047.</returns>
    /// <exception cref="InvalidOperationException">The collection holds 2,048 periods already.</exception>
    public int CodeOf(ReferencePeriod period) => flows.IdOf(period);

    /// <summary>The code of a unit of measure, added to the collection's dictionary when new.</summary>
    /// <param name="unit">A UnitsNet unit, such as <c>MassUnit.Tonne</c>.</param>
    /// <returns>The code, 0 to 255.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    /// <exception cref="ArgumentException">The value is not a UnitsNet unit.</exception>
    /// <exception cref="InvalidOperationException">The collection holds 256 units already.</exception>
    public int CodeOf(Enum unit)
    {
        Preconditions.CheckNotNull(unit);
        // A unit is looked up in UnitsNet once, when it is new to the collection.
        Preconditions.CheckArgument(
            flows.HasUnit(unit) || UnitsNet.Quantity.TryFrom(1, unit, out _),
            nameof(unit),
            $"{unit.GetType().Name}.{unit} is not a UnitsNet unit."
        );
        return flows.IdOf(unit);
    }

    /// <summary>Adds one flow from its codes, with its value as a decimal or none.</summary>
    /// <param name="reporter">The reporter's code (<see cref="CodeOf(Economy)"/>).</param>
    /// <param name="partner">The partner's code.</param>
    /// <param name="direction">The direction.</param>
    /// <param name="category">The category's code (<see cref="CodeOf(Category)"/>).</param>
    /// <param name="period">The period's code (<see cref="CodeOf(ReferencePeriod)"/>).</param>
    /// <param name="value">The value in the collection's currency, or null when missing or withheld.</param>
    /// <param name="status">The observation status.</param>
    /// <param name="quantity">The quantity, or <see cref="double.NaN"/> for none.</param>
    /// <param name="quantityUnit">The quantity's unit code (<see cref="CodeOf(Enum)"/>), −1 exactly when there is no quantity.</param>
    /// <exception cref="ArgumentOutOfRangeException">A code is not in the collection's dictionary.</exception>
    /// <exception cref="ArgumentException">
    /// The direction or status is undefined, the value does not fit the status (as for <see cref="TradeFlow"/>), the
    /// quantity is negative or infinite, or a quantity lacks its unit (or a unit its quantity).
    /// </exception>
    public void Append(
        int reporter,
        int partner,
        TradeDirection direction,
        int category,
        int period,
        decimal? value,
        ObservationStatus status = ObservationStatus.Normal,
        double quantity = double.NaN,
        int quantityUnit = -1
    )
    {
        CheckCodes(reporter, partner, category, period, quantity, quantityUnit);
        TradeFlow.CheckParts(direction, status, value);
        flows.AddRow(
            reporter,
            partner,
            direction,
            category,
            period,
            value,
            status,
            quantity,
            quantityUnit
        );
    }

    /// <summary>
    /// Adds one flow of normal status from its codes, with its value in fixed point: <paramref name="valueUnits"/> ×
    /// 10^-<paramref name="valueScale"/> (1234567 at scale 3 is 1,234.567). The fastest way in: a value at the
    /// collection's scale is stored as it is.
    /// </summary>
    /// <param name="reporter">The reporter's code (<see cref="CodeOf(Economy)"/>).</param>
    /// <param name="partner">The partner's code.</param>
    /// <param name="direction">The direction.</param>
    /// <param name="category">The category's code (<see cref="CodeOf(Category)"/>).</param>
    /// <param name="period">The period's code (<see cref="CodeOf(ReferencePeriod)"/>).</param>
    /// <param name="valueUnits">The value's units.</param>
    /// <param name="valueScale">The value's scale, 0 to 28.</param>
    /// <param name="quantity">The quantity, or <see cref="double.NaN"/> for none.</param>
    /// <param name="quantityUnit">The quantity's unit code, −1 exactly when there is no quantity.</param>
    /// <exception cref="ArgumentOutOfRangeException">A code is not in the collection's dictionary, or the scale is outside 0 to 28.</exception>
    /// <exception cref="ArgumentException">
    /// The direction is undefined, the quantity is negative or infinite, or a quantity lacks its unit (or a unit its
    /// quantity).
    /// </exception>
    public void AppendFixedPoint(
        int reporter,
        int partner,
        TradeDirection direction,
        int category,
        int period,
        long valueUnits,
        int valueScale,
        double quantity = double.NaN,
        int quantityUnit = -1
    )
    {
        CheckCodes(reporter, partner, category, period, quantity, quantityUnit);
        if ((uint)valueScale > 28)
        {
            Preconditions.CheckArgumentRange(nameof(valueScale), valueScale, 0, 28);
        }
        if ((uint)direction > (uint)TradeDirection.ReImports)
        {
            TradeFlow.CheckParts(direction, ObservationStatus.Normal, 0m);
        }
        flows.AddUnitsRow(
            reporter,
            partner,
            direction,
            category,
            period,
            valueUnits,
            valueScale,
            quantity,
            quantityUnit
        );
    }

    /// <summary>The range checks of every row: two comparisons a code, done before anything is stored.</summary>
    private void CheckCodes(
        int reporter,
        int partner,
        int category,
        int period,
        double quantity,
        int quantityUnit
    )
    {
        var economies = flows.Economies.Count;
        if (
            (uint)reporter >= (uint)economies
            || (uint)partner >= (uint)economies
            || (uint)category >= (uint)flows.CategoryCodes.Count
            || (uint)period >= (uint)flows.Periods.Count
        )
        {
            ThrowBadCode(reporter, partner, category, period);
        }
        if (
            double.IsNaN(quantity)
                ? quantityUnit != -1
                : !(
                    quantity >= 0
                    && double.IsFinite(quantity)
                    && (uint)quantityUnit < (uint)flows.Units.Count
                )
        )
        {
            ThrowBadQuantity(quantity, quantityUnit);
        }
    }

    private void ThrowBadCode(int reporter, int partner, int category, int period)
    {
        var economies = flows.Economies.Count - 1;
        Preconditions.CheckArgumentRange(nameof(reporter), reporter, 0, economies);
        Preconditions.CheckArgumentRange(nameof(partner), partner, 0, economies);
        Preconditions.CheckArgumentRange(
            nameof(category),
            category,
            0,
            flows.CategoryCodes.Count - 1
        );
        Preconditions.CheckArgumentRange(nameof(period), period, 0, flows.Periods.Count - 1);
    }

    private void ThrowBadQuantity(double quantity, int quantityUnit)
    {
        if (!double.IsNaN(quantity) && quantityUnit >= flows.Units.Count)
        {
            Preconditions.CheckArgumentRange(
                nameof(quantityUnit),
                quantityUnit,
                -1,
                flows.Units.Count - 1
            );
        }
        Preconditions.CheckArgument(
            quantity is not < 0,
            nameof(quantity),
            $"The quantity {quantity} is negative."
        );
        throw new ArgumentException(
            Errors.Format(
                $"A quantity needs a unit and a unit a finite quantity; got {quantity} with unit code {quantityUnit}."
            ),
            nameof(quantity)
        );
    }
}
