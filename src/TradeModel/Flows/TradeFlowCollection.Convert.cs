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
        var through = Enum.GetValues<HsRelationship>()
            .ToDictionary(r => r, _ => Money.Zero(Currency));
        var unmapped = Money.Zero(Currency);
        var unmappedFlows = 0;
        var ratiosOf = new Dictionary<Category, decimal[]>();
        for (var i = 0; i < Count; i++)
        {
            var category = Classification.Categories[categories[i]];
            Preconditions.CheckArgument(
                category.Code.Length == 6,
                nameof(correlation),
                $"{category.Code} is not a subheading: convert subheadings, then aggregate in {correlation.Target.Name}."
            );
            var targets = correlation.TargetsOf(category);
            if (targets is null)
            {
                unmappedFlows++;
                if (HasValue(i))
                {
                    unmapped += new Money(values[i], Currency);
                }
                continue;
            }
            if (!ratiosOf.TryGetValue(category, out var ratios))
            {
                ratiosOf[category] = ratios = weights.RatiosFor(targets);
            }
            // A single target takes the whole value; only splits need the allocation.
            var parts =
                !HasValue(i) ? null
                : targets.Length == 1 ? [new Money(values[i], Currency)]
                : new Money(values[i], Currency).Allocate(ratios);
            var ratioSum = ratios.Sum();
            for (var t = 0; t < targets.Length; t++)
            {
                var share = (double)(ratios[t] / ratioSum);
                appender.Append(
                    economies[reporters[i]],
                    economies[partners[i]],
                    (TradeDirection)directions[i],
                    targets[t],
                    periods[periodColumn[i]],
                    parts?[t].Amount,
                    (ObservationStatus)statuses[i],
                    quantityUnits[i] < 0 ? double.NaN : quantities[i] * share,
                    quantityUnits[i] < 0 ? null : units[quantityUnits[i]]
                );
                if (parts is not null)
                {
                    var kind = correlation.RelationshipOf(category, targets[t]);
                    through[kind] += parts[t];
                }
            }
        }
        return new HsFlowConversion(result, through, unmapped, unmappedFlows);
    }
}
