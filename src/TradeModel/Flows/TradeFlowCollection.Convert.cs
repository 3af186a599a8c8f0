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
        var appender = result.CreateAppender();
        var through = new decimal[Enum.GetValues<HsRelationship>().Length];
        var unmapped = 0m;
        var unmappedFlows = 0;
        var plans = new Dictionary<int, SplitPlan>();
        Span<decimal> parts = stackalloc decimal[64];
        for (var i = 0; i < Count; i++)
        {
            if (!plans.TryGetValue(categories[i], out var plan))
            {
                plans[categories[i]] = plan = SplitPlan.For(
                    correlation,
                    Classification.Categories[categories[i]],
                    weights
                );
            }
            if (plan.Targets is null)
            {
                unmappedFlows++;
                unmapped += HasValue(i) ? values[i] : 0m;
                continue;
            }
            var split = HasValue(i) ? Split(values[i], plan, parts) : [];
            for (var t = 0; t < plan.Targets.Length; t++)
            {
                appender.Append(
                    economies[reporters[i]],
                    economies[partners[i]],
                    (TradeDirection)directions[i],
                    plan.Targets[t],
                    periods[periodColumn[i]],
                    HasValue(i) ? split[t] : null,
                    (ObservationStatus)statuses[i],
                    quantityUnits[i] < 0 ? double.NaN : quantities[i] * plan.Shares[t],
                    quantityUnits[i] < 0 ? null : units[quantityUnits[i]]
                );
                if (HasValue(i))
                {
                    through[(int)plan.Relationships[t]] += split[t];
                }
            }
        }
        var byRelationship = Enum.GetValues<HsRelationship>()
            .ToDictionary(r => r, r => new Money(through[(int)r], Currency));
        return new HsFlowConversion(
            result,
            byRelationship,
            new Money(unmapped, Currency),
            unmappedFlows
        );
    }

    /// <summary>
    /// A value split between a plan's targets, exactly as <see cref="Money.Allocate"/> splits it: in integers of the
    /// smallest unit when the split is equal and the amount fits 64 bits (the common case, without allocating), through
    /// <see cref="Money.Allocate"/> otherwise.
    /// </summary>
    private ReadOnlySpan<decimal> Split(decimal value, SplitPlan plan, Span<decimal> buffer)
    {
        var count = plan.Targets!.Length;
        if (count == 1)
        {
            buffer[0] = value;
            return buffer[..1];
        }
        var decimals = Math.Max(value.Scale, Currency.MinorUnit ?? 0);
        if (plan.Equal && count <= buffer.Length && decimals <= 18)
        {
            var scaled = Math.Abs(value) * DecimalMath.Pow10(decimals);
            if (scaled <= long.MaxValue)
            {
                var share = Math.DivRem((long)scaled, count, out var left);
                for (var t = 0; t < count; t++)
                {
                    var units = share + (t < left ? 1 : 0);
                    buffer[t] = new decimal(
                        (int)(uint)units,
                        (int)(uint)(units >> 32),
                        0,
                        value < 0m,
                        (byte)decimals
                    );
                }
                return buffer[..count];
            }
        }
        return new Money(value, Currency).Allocate(plan.Ratios).Select(m => m.Amount).ToArray();
    }

    /// <summary>What a source subheading becomes: its targets, the split's ratios and shares, and each link's relationship.</summary>
    private sealed record SplitPlan(
        Category[]? Targets,
        decimal[] Ratios,
        double[] Shares,
        HsRelationship[] Relationships,
        bool Equal
    )
    {
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
                return new SplitPlan(null, [], [], [], true);
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
