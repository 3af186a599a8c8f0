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
    /// <summary>The most economies, categories or units of measure one collection holds (codes are 16-bit).</summary>
    internal const int MaxCodes = 65_536;

    /// <summary>The most periods one collection holds (a period takes 11 bits of the packed key).</summary>
    internal const int MaxPeriods = 2_048;

    private readonly List<Economy> economies = [];
    private readonly Dictionary<Economy, int> economyIds = [];

    /// <summary>Dense code + 1 of each registry economy by its index; 0 for none yet.</summary>
    private int[] economyIdByIndex = new int[512];
    private readonly List<Category> categoryList = [];

    /// <summary>Dense code + 1 of each category of the classification by its index; 0 for none yet.</summary>
    private readonly int[] categoryIdByIndex;
    private readonly List<ReferencePeriod> periods = [];
    private readonly Dictionary<ReferencePeriod, int> periodIds = [];
    private readonly List<Enum> units = [];
    private readonly Dictionary<Enum, int> unitIds = [];
    private readonly FixedPointColumn valueColumn;
    private ushort[] reporters;
    private ushort[] partners;
    private ushort[] categories;

    /// <summary>
    /// Period (high 11 bits), direction (2 bits) and status (low 3 bits) of each flow: the keys of a collection with n
    /// periods are below 32n, so maps over them stay small.
    /// </summary>
    private ushort[] keys;

    /// <summary>Each flow's quantity (NaN for none), allocated with the first quantity.</summary>
    private double[]? quantities;

    /// <summary>Each quantity's unit code, allocated with the second unit; until then every quantity is in units[0].</summary>
    private byte[]? quantityUnits;
    private int version;
    private TradeFlowColumns? columns;

    /// <summary>Creates an empty table.</summary>
    /// <param name="classification">The classification of every flow's category.</param>
    /// <param name="currency">The currency of every value.</param>
    /// <param name="capacity">How many flows to make room for.</param>
    /// <exception cref="ArgumentNullException"><paramref name="classification"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public TradeFlowCollection(Classification classification, Currency currency, int capacity = 16)
    {
        Preconditions.CheckNotNull(classification);
        Preconditions.CheckArgumentRange(nameof(capacity), capacity, 0, Array.MaxLength);
        Classification = classification;
        Currency = currency;
        categoryIdByIndex = new int[classification.Categories.Count];
        reporters = new ushort[capacity];
        partners = new ushort[capacity];
        categories = new ushort[capacity];
        keys = new ushort[capacity];
        valueColumn = new FixedPointColumn(capacity);
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
    /// <exception cref="InvalidOperationException">
    /// The collection would hold more than 65,536 economies, categories or units, or more than 2,048 periods.
    /// </exception>
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
            IdOf(flow.Category),
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

    /// <summary>
    /// An appender that adds flows as codes into the collection's dictionaries, every part checked: the bulk path for
    /// readers of any format (the built-in ones use it), with values in fixed point.
    /// </summary>
    /// <returns>The appender.</returns>
    public CodedFlowAppender CreateCodedAppender() => new(this);

    /// <summary>
    /// The collection's storage as read-only columns of codes, with their dictionaries: the bulk path for writers and
    /// engines, with no flow object per row.
    /// </summary>
    public TradeFlowColumns Columns => columns ??= new TradeFlowColumns(this);

    internal int IdOf(Economy economy)
    {
        // The registry's economies (all but user groups) have a small index: an array beats a dictionary per row.
        var index = economy.RegistryIndex;
        if (index < 0)
        {
            return Id(economyIds, economies, economy, MaxCodes, "economies");
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
            id = Id(economyIds, economies, economy, MaxCodes, "economies");
            economyIdByIndex[index] = id + 1;
        }
        return id;
    }

    internal int IdOf(Category category)
    {
        var id = categoryIdByIndex[category.Index] - 1;
        if (id < 0)
        {
            CheckRoom(categoryList.Count, MaxCodes, "categories");
            id = categoryList.Count;
            categoryList.Add(category);
            categoryIdByIndex[category.Index] = id + 1;
        }
        return id;
    }

    internal int IdOf(ReferencePeriod period) =>
        Id(periodIds, periods, period, MaxPeriods, "periods");

    /// <summary>Whether the collection's dictionary holds the unit already.</summary>
    internal bool HasUnit(Enum unit) => unitIds.ContainsKey(unit);

    internal int IdOf(Enum unit) => Id(unitIds, units, unit, byte.MaxValue + 1, "units of measure");

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
        valueColumn.Add(value);
        AppendCodes(
            (ushort)reporter,
            (ushort)partner,
            (ushort)category,
            PackKey(period, direction, status),
            quantity,
            quantityUnit
        );
    }

    /// <summary>
    /// Adds one row of dense codes with a value of normal status in fixed point (units × 10^-scale); the caller
    /// (<see cref="CodedFlowAppender"/>) has checked it.
    /// </summary>
    internal void AddUnitsRow(
        int reporter,
        int partner,
        TradeDirection direction,
        int category,
        int period,
        long units,
        int scale,
        double quantity,
        int quantityUnit
    )
    {
        if (units == FixedPointColumn.Missing)
        {
            // long.MinValue is a value here, not the column's sentinel.
            valueColumn.Add(FixedPoint.ToDecimal(units, scale));
        }
        else
        {
            valueColumn.AddUnits(units, scale);
        }
        AppendCodes(
            (ushort)reporter,
            (ushort)partner,
            (ushort)category,
            CodedFlowKey.Pack(period, direction, ObservationStatus.Normal),
            quantity,
            quantityUnit
        );
    }

    /// <summary>
    /// Appends a row's codes and quantity, the value having been added to the value column; the one place rows grow.
    /// </summary>
    private void AppendCodes(
        ushort reporter,
        ushort partner,
        ushort category,
        ushort key,
        double quantity,
        int quantityUnit
    )
    {
        if (Count == reporters.Length)
        {
            Grow();
        }
        var i = Count;
        reporters[i] = reporter;
        partners[i] = partner;
        categories[i] = category;
        keys[i] = key;
        if (quantityUnit >= 0 || quantities is not null)
        {
            SetQuantity(i, quantity, quantityUnit);
        }
        Count++;
        version++;
    }

    private void SetQuantity(int i, double quantity, int unit)
    {
        if (quantities is null)
        {
            quantities = new double[reporters.Length];
            Array.Fill(quantities, double.NaN);
        }
        quantities[i] = unit < 0 ? double.NaN : quantity;
        if (unit > 0 && quantityUnits is null)
        {
            // A second unit: from now on each quantity names its unit (until now all were in the first).
            quantityUnits = new byte[reporters.Length];
        }
        if (quantityUnits is not null)
        {
            quantityUnits[i] = (byte)Math.Max(unit, 0);
        }
    }

    // The bit layout of a key is CodedFlowKey's alone.
    internal static ushort PackKey(
        int period,
        TradeDirection direction,
        ObservationStatus status
    ) => CodedFlowKey.Pack(period, direction, status);

    internal static int PeriodOf(ushort key) => CodedFlowKey.Of(key).PeriodCode;

    internal static TradeDirection DirectionOf(ushort key) => CodedFlowKey.Of(key).Direction;

    internal static ObservationStatus StatusOf(ushort key) => CodedFlowKey.Of(key).Status;

    /// <summary>The economies of the collection by dense code.</summary>
    internal IReadOnlyList<Economy> Economies => economies;

    /// <summary>The categories of the collection by dense code.</summary>
    internal IReadOnlyList<Category> CategoryCodes => categoryList;

    /// <summary>The periods of the collection by dense code.</summary>
    internal IReadOnlyList<ReferencePeriod> Periods => periods;

    /// <summary>The units of measure of the collection by code.</summary>
    internal IReadOnlyList<Enum> Units => units;

    internal ushort[] ReporterColumn => reporters;

    internal ushort[] PartnerColumn => partners;

    internal ushort[] CategoryColumn => categories;

    internal ushort[] KeyColumn => keys;

    internal FixedPointColumn Values => valueColumn;

    internal double[]? QuantityColumn => quantities;

    internal byte[]? QuantityUnitColumn => quantityUnits;

    /// <summary>The dense period code, or −1 when the collection has no flow of that period.</summary>
    internal int PeriodIdOrMinusOne(ReferencePeriod period) =>
        periodIds.TryGetValue(period, out var id) ? id : -1;

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
    /// <exception cref="OverflowException">The total is outside the range of decimal; the message names the filter.</exception>
    public FlowTotal Total(FlowFilter filter)
    {
        Preconditions.CheckNotNull(filter);
        var match = Compile(filter);
        var sum = default(Int128);
        var outliers = 0m;
        var flows = 0;
        var withoutValue = 0;
        var values = valueColumn.Units;
        try
        {
            for (var i = 0; i < Count; i++)
            {
                if (!match.Matches(this, i))
                {
                    continue;
                }
                flows++;
                var units = values[i];
                if (units > FixedPointColumn.Outlier)
                {
                    sum += units;
                }
                else if (units == FixedPointColumn.Missing)
                {
                    withoutValue++;
                }
                else
                {
                    outliers += valueColumn.OutlierAt(i);
                }
            }
            var total = FixedPoint.ToDecimal(sum, valueColumn.Scale) + outliers;
            return new FlowTotal(new Money(total, Currency), flows, withoutValue);
        }
        catch (OverflowException e)
        {
            throw MoneyErrors.Overflow(
                Errors.Format($"The {Currency.Code} total of the flows matching {filter}"),
                e
            );
        }
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
    /// <exception cref="OverflowException">A sum is outside the range of decimal; the message names the filter.</exception>
    public CategoryValues ByCategory(FlowFilter filter)
    {
        Preconditions.CheckNotNull(filter);
        var match = Compile(filter);
        var sums = new Int128[categoryList.Count];
        var outliers = new decimal[categoryList.Count];
        var hasSum = new bool[sums.Length];
        var values = valueColumn.Units;
        try
        {
            for (var i = 0; i < Count; i++)
            {
                var units = values[i];
                if (units == FixedPointColumn.Missing || !match.Matches(this, i))
                {
                    continue;
                }
                var category = categories[i];
                hasSum[category] = true;
                if (units == FixedPointColumn.Outlier)
                {
                    outliers[category] += valueColumn.OutlierAt(i);
                }
                else
                {
                    sums[category] += units;
                }
            }
            var result = new CategoryValues(Classification, Currency);
            for (var category = 0; category < sums.Length; category++)
            {
                if (hasSum[category])
                {
                    var sum =
                        FixedPoint.ToDecimal(sums[category], valueColumn.Scale)
                        + outliers[category];
                    result.Set(categoryList[category], new Money(sum, Currency));
                }
            }
            return result;
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

    /// <summary>The value of the flow at a row, or null.</summary>
    internal decimal? ValueAt(int i) => valueColumn.Get(i);

    /// <summary>The quantity of the flow at a row (NaN for none) and its unit (null for none).</summary>
    internal (double Quantity, Enum? Unit) QuantityAt(int i)
    {
        var (quantity, unit) = QuantityCodeAt(i);
        return (quantity, unit < 0 ? null : units[unit]);
    }

    /// <summary>A row's quantity (NaN for none) and its unit code (−1 for none).</summary>
    [System.Runtime.CompilerServices.MethodImpl(
        System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining
    )]
    internal (double Quantity, int Unit) QuantityCodeAt(int i) =>
        quantities is null || double.IsNaN(quantities[i])
            ? (double.NaN, -1)
            : (quantities[i], quantityUnits?[i] ?? 0);

    private TradeFlow Row(int i)
    {
        var key = keys[i];
        var (quantity, unit) = QuantityAt(i);
        return new(
            economies[reporters[i]],
            economies[partners[i]],
            DirectionOf(key),
            categoryList[categories[i]],
            periods[PeriodOf(key)],
            ValueAt(i) is { } value ? new Money(value, Currency) : null,
            StatusOf(key),
            unit is null ? null : Quantity.From(quantity, unit)
        );
    }

    private Matcher Compile(FlowFilter filter)
    {
        bool[]? EconomyMask(Economy? economy) =>
            economy is null ? null : [.. economies.Select(e => economy.Covers(e))];
        bool[]? categoryMask = filter.Category is { } category
            ? [.. categoryList.Select(c => c.AddsUpTo(category))]
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

    private static int Id<T>(Dictionary<T, int> ids, List<T> list, T key, int max, string what)
        where T : notnull
    {
        if (!ids.TryGetValue(key, out var id))
        {
            CheckRoom(list.Count, max, what);
            id = list.Count;
            ids[key] = id;
            list.Add(key);
        }
        return id;
    }

    private static void CheckRoom(int count, int max, string what)
    {
        if (count >= max)
        {
            throw new InvalidOperationException(
                $"A flow collection holds at most {max:N0} {what}; split the flows into several collections (by year or reporter, say)."
            );
        }
    }

    /// <summary>
    /// Gives back the room made for flows that never came (a reader's estimate from the file's size, say), so that the
    /// collection holds exactly 16 bytes a flow, 24 with quantities (and a byte more with several units).
    /// </summary>
    /// <remarks>Copies the columns when they have room to spare; adding flows afterwards grows them again.</remarks>
    public void TrimExcess()
    {
        if (reporters.Length == Count)
        {
            return;
        }
        Array.Resize(ref reporters, Count);
        Array.Resize(ref partners, Count);
        Array.Resize(ref categories, Count);
        Array.Resize(ref keys, Count);
        valueColumn.TrimExcess();
        if (quantities is not null)
        {
            Array.Resize(ref quantities, Count);
        }
        if (quantityUnits is not null)
        {
            Array.Resize(ref quantityUnits, Count);
        }
        version++;
    }

    private void Grow()
    {
        var size = Math.Max(16, reporters.Length * 2);
        Array.Resize(ref reporters, size);
        Array.Resize(ref partners, size);
        Array.Resize(ref categories, size);
        Array.Resize(ref keys, size);
        if (quantities is not null)
        {
            var old = quantities.Length;
            Array.Resize(ref quantities, size);
            quantities.AsSpan(old).Fill(double.NaN);
        }
        if (quantityUnits is not null)
        {
            Array.Resize(ref quantityUnits, size);
        }
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
            && (Direction is null || DirectionOf(table.keys[i]) == Direction.Value)
            && (Period == -1 || PeriodOf(table.keys[i]) == Period)
            && (Categories is null || Categories[table.categories[i]]);
    }
}
