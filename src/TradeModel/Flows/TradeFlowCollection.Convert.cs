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
        ConvertRows(plans, result, tally);
        return new HsFlowConversion(
            result,
            Enum.GetValues<HsRelationship>()
                .ToDictionary(r => r, r => new Money(tally.Through(r), Currency)),
            new Money(tally.Unmapped, Currency),
            tally.UnmappedFlows
        );
    }

    /// <summary>
    /// The conversion's loop: each row becomes a row per target, its value split equally in 64-bit integers of the
    /// smallest unit (one target takes the value as it is), or through <see cref="Money.Allocate"/> for unequal
    /// weights, outliers and amounts too large to scale.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(
        System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization
    )]
    private void ConvertRows(SplitPlan[] plans, TradeFlowCollection result, ConversionTally tally)
    {
        var factor =
            tally.Decimals <= FixedPoint.MaxScale
                ? FixedPoint.Pow10(tally.Decimals - valueColumn.Scale)
                : 0;
        var limit = factor > 0 ? long.MaxValue / factor : -1;
        var values = valueColumn.Units;
        for (var i = 0; i < Count; i++)
        {
            var plan = plans[categories[i]];
            var targets = plan.TargetIds;
            if (targets.Length == 0)
            {
                tally.AddUnmapped(ValueAt(i));
                continue;
            }
            var units = values[i];
            var (quantity, unitId) = QuantityCodeAt(i);
            if (units == FixedPointColumn.Missing)
            {
                for (var t = 0; t < targets.Length; t++)
                {
                    result.AppendConverted(
                        i,
                        this,
                        targets[t],
                        FixedPointColumn.Missing,
                        0,
                        quantity * plan.Shares[t],
                        unitId
                    );
                }
            }
            else if (plan.Equal && units > FixedPointColumn.Outlier && Math.Abs(units) <= limit)
            {
                var scaled = Math.Abs(units) * factor;
                var (share, left) =
                    targets.Length == 1 ? (scaled, 0L) : Math.DivRem(scaled, targets.Length);
                for (var t = 0; t < targets.Length; t++)
                {
                    var part = share + (t < left ? 1 : 0);
                    part = units < 0 ? -part : part;
                    result.AppendConverted(
                        i,
                        this,
                        targets[t],
                        part,
                        tally.Decimals,
                        quantity * plan.Shares[t],
                        unitId
                    );
                    tally.AddThrough(plan.Relationships[t], part);
                }
            }
            else
            {
                var parts = new Money(ValueAt(i)!.Value, Currency).Allocate(plan.Ratios);
                for (var t = 0; t < targets.Length; t++)
                {
                    result.AppendConverted(
                        i,
                        this,
                        targets[t],
                        parts[t].Amount,
                        quantity * plan.Shares[t],
                        unitId
                    );
                    tally.AddThrough(plan.Relationships[t], parts[t].Amount);
                }
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

    /// <summary>Appends a converted row of a source row: same codes, another category, a fixed-point value.</summary>
    [System.Runtime.CompilerServices.MethodImpl(
        System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining
    )]
    private void AppendConverted(
        int row,
        TradeFlowCollection source,
        int category,
        long units,
        int scale,
        double quantity,
        int unit
    )
    {
        valueColumn.AddUnits(units, scale);
        AppendCodes(
            source.reporters[row],
            source.partners[row],
            (ushort)category,
            source.keys[row],
            quantity,
            unit
        );
    }

    /// <summary>Appends a converted row of a source row with a decimal value.</summary>
    private void AppendConverted(
        int row,
        TradeFlowCollection source,
        int category,
        decimal value,
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
