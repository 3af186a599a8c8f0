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
        var result = new TradeFlowCollection(correlation.Target, Currency, Count);
        result.ShareCodesOf(this);
        var plans = new SplitPlan?[categoryList.Count];
        var through = new Int128[Enum.GetValues<HsRelationship>().Length];
        var throughOutliers = new decimal[through.Length];
        var unmapped = 0m;
        var unmappedFlows = 0;
        var decimals = Math.Max(valueColumn.Scale, Currency.MinorUnit ?? 0);
        var factor =
            decimals <= FixedPoint.MaxScale ? FixedPoint.Pow10(decimals - valueColumn.Scale) : 0;
        var values = valueColumn.Units;
        for (var i = 0; i < Count; i++)
        {
            var plan = plans[categories[i]] ??= SplitPlan.For(
                correlation,
                categoryList[categories[i]],
                weights,
                result
            );
            if (plan.TargetIds.Length == 0)
            {
                unmappedFlows++;
                unmapped += ValueAt(i) ?? 0m;
                continue;
            }
            var units = values[i];
            var (quantity, unit) = QuantityAt(i);
            var unitId = unit is null ? -1 : quantityUnits?[i] ?? 0;
            if (units == FixedPointColumn.Missing)
            {
                for (var t = 0; t < plan.TargetIds.Length; t++)
                {
                    result.AppendConverted(
                        i,
                        this,
                        plan.TargetIds[t],
                        FixedPointColumn.Missing,
                        0,
                        quantity * plan.Shares[t],
                        unitId
                    );
                }
            }
            else if (
                plan.Equal
                && factor > 0
                && units > FixedPointColumn.Outlier
                && Math.Abs(units) <= long.MaxValue / factor
            )
            {
                var scaled = Math.Abs(units) * factor;
                var count = plan.TargetIds.Length;
                var share = Math.DivRem(scaled, count, out var left);
                for (var t = 0; t < count; t++)
                {
                    var part = share + (t < left ? 1 : 0);
                    part = units < 0 ? -part : part;
                    result.AppendConverted(
                        i,
                        this,
                        plan.TargetIds[t],
                        part,
                        decimals,
                        quantity * plan.Shares[t],
                        unitId
                    );
                    through[(int)plan.Relationships[t]] += part;
                }
            }
            else
            {
                var parts = new Money(ValueAt(i)!.Value, Currency).Allocate(plan.Ratios);
                for (var t = 0; t < plan.TargetIds.Length; t++)
                {
                    result.AppendConverted(
                        i,
                        this,
                        plan.TargetIds[t],
                        parts[t].Amount,
                        quantity * plan.Shares[t],
                        unitId
                    );
                    throughOutliers[(int)plan.Relationships[t]] += parts[t].Amount;
                }
            }
        }
        var byRelationship = Enum.GetValues<HsRelationship>()
            .ToDictionary(
                r => r,
                r => new Money(
                    FixedPoint.ToDecimal(through[(int)r], decimals) + throughOutliers[(int)r],
                    Currency
                )
            );
        return new HsFlowConversion(
            result,
            byRelationship,
            new Money(unmapped, Currency),
            unmappedFlows
        );
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
        if (Count == reporters.Length)
        {
            Grow();
        }
        var i = Count;
        reporters[i] = source.reporters[row];
        partners[i] = source.partners[row];
        categories[i] = (ushort)category;
        keys[i] = source.keys[row];
        valueColumn.AddUnits(units, scale);
        if (unit >= 0 || quantities is not null)
        {
            SetQuantity(i, quantity, unit);
        }
        Count++;
        version++;
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
        AddRow(
            source.reporters[row],
            source.partners[row],
            DirectionOf(source.keys[row]),
            category,
            PeriodOf(source.keys[row]),
            value,
            StatusOf(source.keys[row]),
            quantity,
            unit
        );
    }

    /// <summary>What a source subheading becomes: its targets (as codes of the result), the split's ratios and shares, and each link's relationship.</summary>
    private sealed record SplitPlan(
        int[] TargetIds,
        decimal[] Ratios,
        double[] Shares,
        HsRelationship[] Relationships,
        bool Equal
    )
    {
        internal static SplitPlan For(
            HsCorrelation correlation,
            Category source,
            HsWeights weights,
            TradeFlowCollection result
        )
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
                [.. targets.Select(result.IdOf)],
                ratios,
                [.. ratios.Select(r => (double)(r / sum))],
                [.. targets.Select(t => correlation.RelationshipOf(source, t))],
                ratios.All(r => r == ratios[0])
            );
        }
    }
}
