using TradeModel.Classifications;
using TradeModel.Internal;

namespace TradeModel.Flows;

public sealed partial class TradeFlowCollection
{
    /// <summary>
    /// The flows in another HS edition: each flow of a subheading becomes one flow per target subheading of the
    /// correlation, its value split with <see cref="Money.Allocate"/> by <paramref name="weights"/> (so the parts add up
    /// to it to the smallest unit) and its quantity in the same proportions. A flow without a value (missing or
    /// withheld) becomes a flow without a value for each target: missing stays missing.
    /// </summary>
    /// <param name="correlation">From this collection's edition to the target edition.</param>
    /// <param name="weights">How to split; <see cref="HsWeights.Equal"/> when null.</param>
    /// <returns>The flows in the target edition, with the account of where the value went.</returns>
    /// <exception cref="ArgumentException">The correlation is from another classification, or a flow's category is not a subheading.</exception>
    public HsFlowConversion ConvertTo(HsCorrelation correlation, HsWeights? weights = null)
    {
        Preconditions.CheckNotNull(correlation);
        Preconditions.CheckArgument(
            ReferenceEquals(correlation.Source, Classification),
            nameof(correlation),
            $"The correlation is from {correlation.Source.Name}; the flows are in {Classification.Name}."
        );
        weights ??= HsWeights.Equal;
        var plans = categoryList.Select(c => SplitPlan.For(correlation, c, weights)).ToArray();
        // The result is sized exactly (a pass over the category column), so that its columns are written once.
        var rows = 0L;
        for (var i = 0; i < Count; i++)
        {
            rows += plans[categories[i]].Targets.Length;
        }
        var result = new TradeFlowCollection(
            correlation.Target,
            Currency,
            (int)Math.Min(rows, Array.MaxLength)
        );
        result.ShareCodesOf(this);
        foreach (var plan in plans)
        {
            plan.TargetIds = [.. plan.Targets.Select(result.IdOf)];
        }
        var tally = new ConversionTally(Math.Max(valueColumn.Scale, Currency.MinorUnit ?? 0));
        ConvertRows(plans, result, tally, rows);
        return new HsFlowConversion(
            result,
            Enum.GetValues<HsRelationship>()
                .ToDictionary(r => r, r => new Money(tally.Through(r), Currency)),
            new Money(tally.Unmapped, Currency),
            tally.UnmappedFlows
        );
    }

    /// <summary>
    /// The conversion's loop: each row becomes a row per target. A row split equally in 64-bit integers of the smallest
    /// unit (one target takes the value as it is) is written straight into the result's columns, which were sized
    /// exactly; any other row (no value, unequal weights, an outlier or an amount too large to scale) goes through
    /// <see cref="ConvertRow"/> and the result's checked append.
    /// </summary>
    private void ConvertRows(
        SplitPlan[] plans,
        TradeFlowCollection result,
        ConversionTally tally,
        long rows
    )
    {
        var factor =
            tally.Decimals <= FixedPoint.MaxScale
                ? FixedPoint.Pow10(tally.Decimals - valueColumn.Scale)
                : 0;
        var direct =
            factor > 0
            && rows <= result.reporters.Length
            && result.valueColumn.TryStartAtScale(tally.Decimals);
        if (direct && quantities is not null)
        {
            result.quantities = new double[result.reporters.Length];
            result.quantities.AsSpan().Fill(double.NaN);
            if (quantityUnits is not null)
            {
                result.quantityUnits = new byte[result.reporters.Length];
            }
        }
        var links = new DirectLinks(plans, tally);
        var done = 0;
        while (done < Count)
        {
            if (direct)
            {
                done = ConvertDirect(done, links, result, factor);
                result.TakeDirectRows(result.Count, links.Largest);
                if (done == Count)
                {
                    break;
                }
            }
            ConvertRow(done, plans[categories[done]], result, tally);
            done++;
            // A row appended through the checked path may have grown or rescaled the columns.
            direct = direct && result.valueColumn.Scale == tally.Decimals;
        }
        links.SpillAll();
    }

    /// <summary>
    /// Writes the rows from <paramref name="from"/> straight into the result's columns, up to the first row that needs
    /// the checked path; returns that row (or <see cref="Count"/>).
    /// </summary>
    /// <remarks>
    /// One method on purpose, though longer than the rest: its twenty arrays live in locals through the loop, and a
    /// helper per row or per split would take them all as arguments.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(
        System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization
    )]
    private int ConvertDirect(int from, DirectLinks links, TradeFlowCollection result, long factor)
    {
        var limit = long.MaxValue / factor;
        // Every array in a local, so that the loop keeps them in registers.
        var (values, codes, fromReporters, fromPartners, fromKeys) = (
            valueColumn.Units,
            categories,
            reporters,
            partners,
            keys
        );
        var (fromQuantities, fromUnits, rowCount) = (quantities, quantityUnits, Count);
        var (toReporters, toPartners, toCategories, toKeys, toValues) = (
            result.reporters,
            result.partners,
            result.categories,
            result.keys,
            result.valueColumn.Units
        );
        var (toQuantities, toUnits) = (result.quantities, result.quantityUnits);
        var (first, count, targets, shares, sums, budgets) = (
            links.First,
            links.Count,
            links.Targets,
            links.Shares,
            links.Sums,
            links.Budgets
        );
        var n = result.Count;
        var largest = links.Largest;
        var i = from;
        for (; i < rowCount; i++)
        {
            var code = codes[i];
            var k = count[code];
            var units = values[i];
            if (k <= 0 || units <= FixedPointColumn.Outlier || Math.Abs(units) > limit)
            {
                break;
            }
            var scaled = Math.Abs(units) * factor;
            if (budgets[code] > long.MaxValue - scaled)
            {
                // The sums of this source's parts could overflow: the tally takes them first.
                links.Spill(code);
            }
            budgets[code] += scaled;
            var link = first[code];
            var (reporter, partner, key) = (fromReporters[i], fromPartners[i], fromKeys[i]);
            if (k == 1 && toQuantities is null)
            {
                // The common case: the subheading did not change, or moved whole.
                largest = Math.Max(largest, scaled);
                var whole = units < 0 ? -scaled : scaled;
                toReporters[n] = reporter;
                toPartners[n] = partner;
                toCategories[n] = targets[link];
                toKeys[n] = key;
                toValues[n] = whole;
                sums[link] += whole;
                n++;
                continue;
            }
            var (share, left) = k == 1 ? (scaled, 0L) : Math.DivRem(scaled, k);
            largest = Math.Max(largest, left > 0 ? share + 1 : share);
            var quantity = fromQuantities is null ? double.NaN : fromQuantities[i];
            var unit = fromUnits is null ? (byte)0 : fromUnits[i];
            for (var t = 0; t < k; t++)
            {
                var part = share + (t < left ? 1 : 0);
                part = units < 0 ? -part : part;
                toReporters[n] = reporter;
                toPartners[n] = partner;
                toCategories[n] = targets[link + t];
                toKeys[n] = key;
                toValues[n] = part;
                if (toQuantities is not null)
                {
                    toQuantities[n] = quantity * shares[link + t];
                    if (toUnits is not null)
                    {
                        toUnits[n] = unit;
                    }
                }
                sums[link + t] += part;
                n++;
            }
        }
        links.Largest = largest;
        result.Count = n;
        return i;
    }

    /// <summary>
    /// One row of the conversion through the result's checked append: a missing value stays missing in each target,
    /// any other is split by <see cref="Money.Allocate"/> (which splits equally as the direct loop does).
    /// </summary>
    private void ConvertRow(
        int i,
        SplitPlan plan,
        TradeFlowCollection result,
        ConversionTally tally
    )
    {
        var targets = plan.TargetIds;
        if (targets.Length == 0)
        {
            tally.AddUnmapped(ValueAt(i));
            return;
        }
        var (quantity, unitId) = QuantityCodeAt(i);
        var parts = ValueAt(i) is { } value
            ? new Money(value, Currency).Allocate(plan.Ratios)
            : null;
        for (var t = 0; t < targets.Length; t++)
        {
            result.AppendConverted(
                i,
                this,
                targets[t],
                parts?[t].Amount,
                quantity * plan.Shares[t],
                unitId
            );
            if (parts is not null)
            {
                tally.AddThrough(plan.Relationships[t], parts[t].Amount);
            }
        }
    }

    /// <summary>
    /// Takes the rows written straight into the columns up to <paramref name="count"/>: plain fixed-point values at the
    /// value column's scale, the largest <paramref name="largestUnits"/> in absolute terms.
    /// </summary>
    private void TakeDirectRows(int count, long largestUnits)
    {
        valueColumn.TakeWrittenRows(count, largestUnits);
        Count = count;
        version++;
    }

    /// <summary>
    /// The links of the sources split equally, flat for the direct loop: per source code its first link and how many
    /// (0 when the source goes through the checked path), per link its target code, quantity share and the sum of the
    /// parts written through it since the last spill, and per source the absolute value split since then (no link's
    /// sum can exceed it, so one check a row keeps every sum from overflowing).
    /// </summary>
    private sealed class DirectLinks
    {
        private readonly ConversionTally spillTo;
        private readonly SplitPlan[] plans;

        internal DirectLinks(SplitPlan[] plans, ConversionTally tally)
        {
            this.plans = plans;
            spillTo = tally;
            First = new int[plans.Length];
            Count = new int[plans.Length];
            Budgets = new long[plans.Length];
            var links = 0;
            for (var c = 0; c < plans.Length; c++)
            {
                First[c] = links;
                Count[c] = plans[c].Equal ? plans[c].TargetIds.Length : 0;
                links += Count[c];
            }
            Targets = new ushort[links];
            Shares = new double[links];
            Sums = new long[links];
            for (var c = 0; c < plans.Length; c++)
            {
                for (var t = 0; t < Count[c]; t++)
                {
                    Targets[First[c] + t] = (ushort)plans[c].TargetIds[t];
                    Shares[First[c] + t] = plans[c].Shares[t];
                }
            }
        }

        internal int[] First { get; }

        internal int[] Count { get; }

        internal ushort[] Targets { get; }

        internal double[] Shares { get; }

        internal long[] Sums { get; }

        internal long[] Budgets { get; }

        /// <summary>The largest absolute number of units written so far.</summary>
        internal long Largest { get; set; }

        /// <summary>Moves the sums of one source's links into the tally, by each link's relationship.</summary>
        internal void Spill(int code)
        {
            for (var t = 0; t < Count[code]; t++)
            {
                spillTo.AddThrough(plans[code].Relationships[t], Sums[First[code] + t]);
                Sums[First[code] + t] = 0;
            }
            Budgets[code] = 0;
        }

        /// <summary>Moves every sum into the tally.</summary>
        internal void SpillAll()
        {
            for (var c = 0; c < plans.Length; c++)
            {
                Spill(c);
            }
        }
    }

    /// <summary>Takes the economies, periods and units of another collection, in its order, so that their codes carry over.</summary>
    private void ShareCodesOf(TradeFlowCollection source)
    {
        foreach (var economy in source.economies)
        {
            IdOf(economy);
        }
        foreach (var period in source.periods)
        {
            IdOf(period);
        }
        foreach (var unit in source.units)
        {
            IdOf(unit);
        }
    }

    /// <summary>Appends a converted row of a source row: same codes, another category, a value (or none).</summary>
    private void AppendConverted(
        int row,
        TradeFlowCollection source,
        int category,
        decimal? value,
        double quantity,
        int unit
    )
    {
        valueColumn.Add(value);
        AppendCodes(
            source.reporters[row],
            source.partners[row],
            (ushort)category,
            source.keys[row],
            quantity,
            unit
        );
    }

    /// <summary>
    /// What a source subheading becomes: its targets (and their codes in the result, once it exists), the split's
    /// ratios and shares, and each link's relationship.
    /// </summary>
    private sealed class SplitPlan(
        Category[] targets,
        decimal[] ratios,
        double[] shares,
        HsRelationship[] relationships,
        bool equal
    )
    {
        internal Category[] Targets { get; } = targets;

        internal int[] TargetIds { get; set; } = [];

        internal decimal[] Ratios { get; } = ratios;

        internal double[] Shares { get; } = shares;

        internal HsRelationship[] Relationships { get; } = relationships;

        internal bool Equal { get; } = equal;

        internal static SplitPlan For(HsCorrelation correlation, Category source, HsWeights weights)
        {
            Preconditions.CheckArgument(
                source.Code.Length == 6,
                nameof(source),
                $"{source.Code} is not a subheading: convert subheadings, then aggregate in {correlation.Target.Name}."
            );
            var targets = correlation.TargetsOf(source);
            if (targets is null)
            {
                return new SplitPlan([], [], [], [], true);
            }
            var ratios = weights.RatiosFor(targets);
            var sum = ratios.Sum();
            return new SplitPlan(
                targets,
                ratios,
                [.. ratios.Select(r => (double)(r / sum))],
                [.. targets.Select(t => correlation.RelationshipOf(source, t))],
                ratios.All(r => r == ratios[0])
            );
        }
    }
}
