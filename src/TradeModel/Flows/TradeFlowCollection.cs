using System.Collections;
using TradeModel.Classifications;
using TradeModel.Economies;
using TradeModel.Internal;
using UnitsNet;

namespace TradeModel.Flows;

/// <summary>
/// A collection of flows in one classification and one currency, stored by column with dense codes (economies,
/// periods and units become small integers, categories their index), built for millions of flows. Queries scan
/// the columns without creating flow objects.
/// </summary>
public sealed partial class TradeFlowCollection : IReadOnlyCollection<TradeFlow>
{
    private readonly List<Economy> economies = [];
    private readonly Dictionary<Economy, int> economyIds = [];

    /// <summary>Dense code + 1 of each registry economy by its index; 0 for none yet.</summary>
    private int[] economyIdByIndex = new int[512];
    private readonly List<ReferencePeriod> periods = [];
    private readonly Dictionary<ReferencePeriod, int> periodIds = [];
    private readonly List<Enum> units = [];
    private readonly Dictionary<Enum, int> unitIds = [];
    private int[] reporters;
    private int[] partners;
    private byte[] directions;
    private int[] categories;
    private int[] periodColumn;
    private decimal[] values;
    private byte[] statuses;
    private bool[] hasValues;
    private double[] quantities;
    private int[] quantityUnits;
    private int version;

    /// <summary>Creates an empty table.</summary>
    /// <param name="classification">The classification of every flow's category.</param>
    /// <param name="currency">The currency of every value.</param>
    /// <param name="capacity">How many flows to make room for.</param>
    /// <exception cref="ArgumentNullException"><paramref name="classification"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public TradeFlowCollection(Classification classification, Currency currency, int capacity = 16)
    {
        Preconditions.CheckNotNull(classification);
        Preconditions.CheckArgumentRange(nameof(capacity), capacity, 0, int.MaxValue);
        Classification = classification;
        Currency = currency;
        reporters = new int[capacity];
        partners = new int[capacity];
        directions = new byte[capacity];
        categories = new int[capacity];
        periodColumn = new int[capacity];
        values = new decimal[capacity];
        statuses = new byte[capacity];
        hasValues = new bool[capacity];
        quantities = new double[capacity];
        quantityUnits = new int[capacity];
    }

    /// <summary>The classification of every flow's category.</summary>
    public Classification Classification { get; }

    /// <summary>The currency of every value.</summary>
    public Currency Currency { get; }

    /// <summary>How many flows the table holds.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a flow.</summary>
    /// <param name="flow">The flow.</param>
    /// <exception cref="ArgumentException">The flow's category is of another classification.</exception>
    /// <exception cref="CurrencyMismatchException">The flow's value is in another currency.</exception>
    public void Add(TradeFlow flow)
    {
        Preconditions.CheckNotNull(flow);
        Preconditions.CheckArgument(
            ReferenceEquals(flow.Category.Classification, Classification),
            nameof(flow),
            $"The flow's category {flow.Category.Code} is of {flow.Category.Classification.Name}, not {Classification.Name}."
        );
        if (flow.Value is { } value && value.Currency != Currency)
        {
            throw MoneyErrors.CurrencyMismatch(
                Currency,
                value.Currency,
                $"add the flow {flow} to a collection that holds"
            );
        }
        AddRow(
            IdOf(flow.Reporter),
            IdOf(flow.Partner),
            flow.Direction,
            flow.Category.Index,
            IdOf(flow.Period),
            flow.Value?.Amount,
            flow.Status,
            flow.Quantity is { } q ? (double)q.Value : double.NaN,
            flow.Quantity is { } qu ? IdOf(qu.Unit) : -1
        );
    }

    /// <summary>
    /// An appender that adds flows from their parts, with the same checks as <see cref="TradeFlow"/> but without a
    /// flow, <see cref="Money"/> or UnitsNet object per row: the bulk path for millions of rows read from files.
    /// </summary>
    /// <returns>The appender.</returns>
    public TradeFlowAppender CreateAppender() => new(this);

    internal int IdOf(Economy economy)
    {
        // The registry's economies (all but user groups) have a small index: an array beats a dictionary per row.
        var index = economy.RegistryIndex;
        if (index < 0)
        {
            return Id(economyIds, economies, economy);
        }
        if (index >= economyIdByIndex.Length)
        {
            var grown = new int[Math.Max(index + 1, economyIdByIndex.Length * 2)];
            economyIdByIndex.CopyTo(grown, 0);
            economyIdByIndex = grown;
        }
        var id = economyIdByIndex[index] - 1;
        if (id < 0)
        {
            id = Id(economyIds, economies, economy);
            economyIdByIndex[index] = id + 1;
        }
        return id;
    }

    internal int IdOf(ReferencePeriod period) => Id(periodIds, periods, period);

    internal int IdOf(Enum unit) => Id(unitIds, units, unit);

    /// <summary>Adds one row of dense codes; the caller has checked it.</summary>
    internal void AddRow(
        int reporter,
        int partner,
        TradeDirection direction,
        int category,
        int period,
        decimal? value,
        ObservationStatus status,
        double quantity,
        int quantityUnit
    )
    {
        if (Count == values.Length)
        {
            Grow();
        }
        var i = Count;
        reporters[i] = reporter;
        partners[i] = partner;
        directions[i] = (byte)direction;
        categories[i] = category;
        periodColumn[i] = period;
        values[i] = value ?? 0m;
        statuses[i] = (byte)status;
        hasValues[i] = value.HasValue;
        quantities[i] = quantity;
        quantityUnits[i] = quantityUnit;
        Count++;
        version++;
    }

    /// <summary>Adds flows.</summary>
    /// <param name="flows">The flows.</param>
    public void AddRange(IEnumerable<TradeFlow> flows)
    {
        Preconditions.CheckNotNull(flows);
        foreach (var flow in flows)
        {
            Add(flow);
        }
    }

    /// <summary>The total of the flows a filter matches; missing and withheld flows are counted apart, never as zero.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>The total.</returns>
    public FlowTotal Total(FlowFilter filter)
    {
        Preconditions.CheckNotNull(filter);
        var match = Compile(filter);
        var total = 0m;
        var flows = 0;
        var withoutValue = 0;
        try
        {
            for (var i = 0; i < Count; i++)
            {
                if (!match.Matches(this, i))
                {
                    continue;
                }
                flows++;
                if (HasValue(i))
                {
                    total += values[i];
                }
                else
                {
                    withoutValue++;
                }
            }
        }
        catch (OverflowException e)
        {
            throw MoneyErrors.Overflow(
                Errors.Format($"The {Currency.Code} total of the flows matching {filter}"),
                e
            );
        }
        return new FlowTotal(new Money(total, Currency), flows, withoutValue);
    }

    /// <summary>The flows a filter matches, as objects.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>The flows, in the order they were added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filter"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A flow was added while enumerating.</exception>
    public IEnumerable<TradeFlow> Where(FlowFilter filter)
    {
        Preconditions.CheckNotNull(filter);
        return WhereIterator(Compile(filter));
    }

    private IEnumerable<TradeFlow> WhereIterator(Matcher match)
    {
        var expected = version;
        for (var i = 0; i < Count; i++)
        {
            if (match.Matches(this, i))
            {
                yield return Row(i);
                CheckNotModified(expected);
            }
        }
    }

    /// <summary>
    /// The values of the matched flows summed per category, ready to roll up the classification (totals by level,
    /// groupings, residuals). Missing and withheld flows give no value.
    /// </summary>
    /// <param name="filter">The filter (its category criterion, if any, applies too).</param>
    /// <returns>The values per category.</returns>
    public CategoryValues ByCategory(FlowFilter filter)
    {
        Preconditions.CheckNotNull(filter);
        var match = Compile(filter);
        var sums = new decimal[Classification.Categories.Count];
        var hasSum = new bool[sums.Length];
        try
        {
            for (var i = 0; i < Count; i++)
            {
                if (match.Matches(this, i) && HasValue(i))
                {
                    sums[categories[i]] += values[i];
                    hasSum[categories[i]] = true;
                }
            }
        }
        catch (OverflowException e)
        {
            throw MoneyErrors.Overflow(
                Errors.Format(
                    $"The {Currency.Code} sums by category of the flows matching {filter}"
                ),
                e
            );
        }
        var result = new CategoryValues(Classification, Currency);
        for (var category = 0; category < sums.Length; category++)
        {
            if (hasSum[category])
            {
                result.Set(
                    Classification.Categories[category],
                    new Money(sums[category], Currency)
                );
            }
        }
        return result;
    }

    /// <summary>
    /// The totals of the matched flows for every category at a level of the classification that has a value (HS
    /// chapters, EBOPS main items…), rolled up through regular parts only.
    /// </summary>
    /// <param name="level">The level, 0 for roots.</param>
    /// <param name="filter">The filter.</param>
    /// <returns>The totals by category, in classification order; categories without any value are left out (missing is not zero).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is outside the classification's levels.</exception>
    public IReadOnlyDictionary<Category, Money> TotalsAtLevel(int level, FlowFilter filter)
    {
        Preconditions.CheckArgumentRange(nameof(level), level, 0, Classification.MaxLevel);
        var rollUp = ByCategory(filter).RollUp();
        var totals = new Dictionary<Category, Money>();
        foreach (var category in Classification.AtLevel(level))
        {
            if (rollUp.TryGetTotal(category, out var total))
            {
                totals[category] = total;
            }
        }
        return totals;
    }

    /// <summary>The total of the matched flows for a grouping of categories (knowledge-intensive services, say).</summary>
    /// <param name="grouping">A grouping over this collection's classification.</param>
    /// <param name="filter">The filter.</param>
    /// <returns>The sum of the members' totals.</returns>
    /// <exception cref="ArgumentException">The grouping is over another classification.</exception>
    /// <exception cref="InvalidOperationException">A member has no flow with a value; the message names it.</exception>
    public Money Total(CategoryGrouping grouping, FlowFilter filter) =>
        ByCategory(filter).RollUp().Total(grouping);

    /// <summary>Enumerates every flow, in the order they were added.</summary>
    /// <returns>The enumerator.</returns>
    /// <exception cref="InvalidOperationException">A flow was added while enumerating (thrown by the enumerator).</exception>
    public IEnumerator<TradeFlow> GetEnumerator()
    {
        var expected = version;
        for (var i = 0; i < Count; i++)
        {
            yield return Row(i);
            CheckNotModified(expected);
        }
    }

    private void CheckNotModified(int expected)
    {
        if (version != expected)
        {
            throw new InvalidOperationException(
                "The flow collection was changed while it was being enumerated."
            );
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private bool HasValue(int i) => hasValues[i];

    private TradeFlow Row(int i) =>
        new(
            economies[reporters[i]],
            economies[partners[i]],
            (TradeDirection)directions[i],
            Classification.Categories[categories[i]],
            periods[periodColumn[i]],
            HasValue(i) ? new Money(values[i], Currency) : null,
            (ObservationStatus)statuses[i],
            quantityUnits[i] < 0 ? null : Quantity.From(quantities[i], units[quantityUnits[i]])
        );

    private Matcher Compile(FlowFilter filter)
    {
        bool[]? EconomyMask(Economy? economy) =>
            economy is null ? null : [.. economies.Select(e => economy.Covers(e))];
        bool[]? categoryMask = filter.Category is { } category
            ? [.. Classification.Categories.Select(c => c.AddsUpTo(category))]
            : null;
        var period = filter.Period is { } p ? (periodIds.TryGetValue(p, out var id) ? id : -2) : -1;
        return new Matcher(
            EconomyMask(filter.Reporter),
            EconomyMask(filter.Partner),
            filter.Direction,
            period,
            categoryMask
        );
    }

    private static int Id<T>(Dictionary<T, int> ids, List<T> list, T key)
        where T : notnull
    {
        if (!ids.TryGetValue(key, out var id))
        {
            id = list.Count;
            ids[key] = id;
            list.Add(key);
        }
        return id;
    }

    private void Grow()
    {
        var size = Math.Max(16, values.Length * 2);
        Array.Resize(ref reporters, size);
        Array.Resize(ref partners, size);
        Array.Resize(ref directions, size);
        Array.Resize(ref categories, size);
        Array.Resize(ref periodColumn, size);
        Array.Resize(ref values, size);
        Array.Resize(ref statuses, size);
        Array.Resize(ref hasValues, size);
        Array.Resize(ref quantities, size);
        Array.Resize(ref quantityUnits, size);
    }

    /// <summary>A filter turned into masks over the table's dense codes.</summary>
    private sealed record Matcher(
        bool[]? Reporters,
        bool[]? Partners,
        TradeDirection? Direction,
        int Period,
        bool[]? Categories
    )
    {
        internal bool Matches(TradeFlowCollection table, int i) =>
            (Reporters is null || Reporters[table.reporters[i]])
            && (Partners is null || Partners[table.partners[i]])
            && (Direction is null || table.directions[i] == (byte)Direction.Value)
            && (Period == -1 || table.periodColumn[i] == Period)
            && (Categories is null || Categories[table.categories[i]]);
    }
}
