using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Internal;

namespace TradeModel.Flows;

/// <summary>
/// Adds flows to a <see cref="TradeFlowCollection"/> from their parts, checked as <see cref="TradeFlow"/>'s
/// constructor checks them, without creating a flow, a <see cref="Money"/> or a UnitsNet quantity per row: the bulk
/// path for millions of rows read from files. Made by <see cref="TradeFlowCollection.CreateAppender"/>.
/// </summary>
/// <remarks>
/// Rows sorted by reporter (as BACI and UN Comtrade files are) append fastest: the appender remembers the dense codes
/// of the last reporter, partner, period and unit it saw.
/// </remarks>
public sealed class TradeFlowAppender
{
    private Economy? lastReporter;
    private int lastReporterId;
    private Economy? lastPartner;
    private int lastPartnerId;
    private ReferencePeriod lastPeriod;
    private int lastPeriodId = -1;
    private Enum? lastUnit;
    private int lastUnitId;
    private TradeDirection? lastCheckedDirection;
    private ObservationStatus? lastCheckedStatus;

    internal TradeFlowAppender(TradeFlowCollection collection) => Collection = collection;

    /// <summary>The collection the flows go to.</summary>
    public TradeFlowCollection Collection { get; }

    /// <summary>Adds one flow from its parts.</summary>
    /// <param name="reporter">The reporting economy.</param>
    /// <param name="partner">The partner economy.</param>
    /// <param name="direction">The direction.</param>
    /// <param name="category">The category, of the collection's classification.</param>
    /// <param name="period">The reference period.</param>
    /// <param name="value">The value in the collection's currency, or null when missing or withheld.</param>
    /// <param name="status">The observation status.</param>
    /// <param name="quantity">The physical quantity, or <see cref="double.NaN"/> for none.</param>
    /// <param name="quantityUnit">The quantity's UnitsNet unit (e.g. <c>MassUnit.Tonne</c>); null exactly when there is no quantity.</param>
    /// <exception cref="ArgumentNullException">An economy or the category is null.</exception>
    /// <exception cref="ArgumentException">
    /// The category is of another classification, the direction or status is undefined, the value does not fit the
    /// status (as for <see cref="TradeFlow"/>), the quantity is negative or infinite, or a quantity lacks its unit (or
    /// a unit its quantity).
    /// </exception>
    public void Append(
        Economy reporter,
        Economy partner,
        TradeDirection direction,
        Category category,
        ReferencePeriod period,
        decimal? value,
        ObservationStatus status = ObservationStatus.Normal,
        double quantity = double.NaN,
        Enum? quantityUnit = null
    )
    {
        if (
            !IsCheapRow(
                reporter,
                partner,
                direction,
                category,
                value,
                status,
                quantity,
                quantityUnit
            )
        )
        {
            CheckRow(
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
        Collection.AddRow(
            ReporterId(reporter),
            PartnerId(partner),
            direction,
            Collection.IdOf(category),
            PeriodId(period),
            value,
            status,
            quantity,
            quantityUnit is null ? -1 : UnitId(quantityUnit)
        );
    }

    /// <summary>Every check of <see cref="TradeFlow"/>, and the category's classification and the quantity's unit.</summary>
    private void CheckRow(
        Economy reporter,
        Economy partner,
        TradeDirection direction,
        Category category,
        ReferencePeriod period,
        decimal? value,
        ObservationStatus status,
        double quantity,
        Enum? quantityUnit
    )
    {
        var hasQuantity = !double.IsNaN(quantity);
        TradeFlow.Check(
            reporter,
            partner,
            direction,
            category,
            period,
            value is { } v ? new Money(v, Collection.Currency) : null,
            status,
            hasQuantity ? quantity : null
        );
        Preconditions.CheckArgument(
            ReferenceEquals(category.Classification, Collection.Classification),
            nameof(category),
            $"The category {category.Code} is of {category.Classification.Name}, not {Collection.Classification.Name}."
        );
        Preconditions.CheckArgument(
            hasQuantity == quantityUnit is not null && !double.IsInfinity(quantity),
            nameof(quantity),
            $"A quantity needs a unit and a unit a finite quantity; got {quantity} and {quantityUnit?.ToString() ?? "no unit"} for {category.Code}."
        );
        lastCheckedDirection = direction;
        lastCheckedStatus = status;
    }

    /// <summary>
    /// The common row of a bulk load, which passes every check of <see cref="TradeFlow"/> without running them one by
    /// one: the direction and status are those of the last checked row (so they are defined), it has a value (so the
    /// status needs none), the category is of the collection, and a quantity, if any, is finite, not negative and has
    /// its unit. Any other row goes through the full checks, which name what is wrong.
    /// </summary>
    private bool IsCheapRow(
        Economy? reporter,
        Economy? partner,
        TradeDirection direction,
        Category? category,
        decimal? value,
        ObservationStatus status,
        double quantity,
        Enum? quantityUnit
    ) =>
        reporter is not null
        && partner is not null
        && category is not null
        && value.HasValue
        && direction == lastCheckedDirection
        && status == lastCheckedStatus
        && status != ObservationStatus.Missing
        && ReferenceEquals(category.Classification, Collection.Classification)
        && (
            double.IsNaN(quantity)
                ? quantityUnit is null
                : quantityUnit is not null && quantity >= 0 && double.IsFinite(quantity)
        );

    private int ReporterId(Economy reporter)
    {
        if (!ReferenceEquals(reporter, lastReporter))
        {
            lastReporterId = Collection.IdOf(reporter);
            lastReporter = reporter;
        }
        return lastReporterId;
    }

    private int PartnerId(Economy partner)
    {
        if (!ReferenceEquals(partner, lastPartner))
        {
            lastPartnerId = Collection.IdOf(partner);
            lastPartner = partner;
        }
        return lastPartnerId;
    }

    private int PeriodId(ReferencePeriod period)
    {
        if (lastPeriodId < 0 || period != lastPeriod)
        {
            lastPeriodId = Collection.IdOf(period);
            lastPeriod = period;
        }
        return lastPeriodId;
    }

    private int UnitId(Enum unit)
    {
        if (!ReferenceEquals(unit, lastUnit) && !Equals(unit, lastUnit))
        {
            lastUnitId = Collection.IdOf(unit);
            lastUnit = unit;
        }
        return lastUnitId;
    }
}
