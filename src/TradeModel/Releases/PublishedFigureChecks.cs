using TradeModel.Internal;

namespace TradeModel.Releases;

/// <summary>
/// Checks of published, rounded figures against each other by interval arithmetic: each check says whether the
/// statement is consistent and gives the range the other figures imply. Levels must be in one unit (all in billions,
/// say); growth rates are in percent.
/// </summary>
/// <example>
/// <code language="csharp">
/// var p = (decimal value) => new PublishedFigure(value);
/// var check = PublishedFigureChecks.SumOfParts(p(7523.8m), p(3175.56m), p(4348.24m));
/// Console.WriteLine(check.IsConsistent);   // True: 7523.79 to 7523.81 lies within 7523.75 to 7523.85
/// </code>
/// </example>
public static class PublishedFigureChecks
{
    /// <summary>Whether a total matches the sum of its parts ("components may not sum to totals").</summary>
    /// <param name="total">The published total.</param>
    /// <param name="parts">The published parts.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentException">There are no parts.</exception>
    public static ConsistencyCheck SumOfParts(
        PublishedFigure total,
        params IReadOnlyList<PublishedFigure> parts
    )
    {
        Preconditions.CheckNotNull(parts);
        Preconditions.CheckArgument(
            parts.Count > 0,
            nameof(parts),
            "A sum needs at least one part."
        );
        var implied = parts
            .Skip(1)
            .Aggregate(parts[0].Interval, (sum, part) => sum + part.Interval);
        return new ConsistencyCheck(
            $"total {total} = {string.Join(" + ", parts)}",
            total.Interval,
            implied
        );
    }

    /// <summary>Whether a difference matches two figures (a deficit of imports over exports, say).</summary>
    /// <param name="difference">The published difference.</param>
    /// <param name="minuend">The figure subtracted from.</param>
    /// <param name="subtrahend">The figure subtracted.</param>
    /// <returns>The check.</returns>
    public static ConsistencyCheck Difference(
        PublishedFigure difference,
        PublishedFigure minuend,
        PublishedFigure subtrahend
    ) =>
        new(
            $"difference {difference} = {minuend} - {subtrahend}",
            difference.Interval,
            minuend.Interval - subtrahend.Interval
        );

    /// <summary>Whether a growth rate matches the two levels it is computed from.</summary>
    /// <param name="growthPercent">The published growth, in percent.</param>
    /// <param name="current">The published later level.</param>
    /// <param name="previous">The published earlier level.</param>
    /// <returns>The check.</returns>
    public static ConsistencyCheck GrowthMatchesLevels(
        PublishedFigure growthPercent,
        PublishedFigure current,
        PublishedFigure previous
    ) =>
        new(
            $"growth {growthPercent}% from {previous} to {current}",
            growthPercent.Interval,
            GrowthInterval(current.Interval, previous.Interval)
        );

    /// <summary>Every earlier level consistent with a published level and growth rate: level ÷ (1 + growth ÷ 100).</summary>
    /// <param name="current">The published later level.</param>
    /// <param name="growthPercent">The published growth, in percent (above −100).</param>
    /// <returns>The range of earlier levels.</returns>
    public static DecimalInterval ImpliedPrevious(
        PublishedFigure current,
        PublishedFigure growthPercent
    ) =>
        current.Interval
        / (DecimalInterval.Exactly(1m) + (growthPercent.Interval / DecimalInterval.Exactly(100m)));

    /// <summary>
    /// Every increase consistent with a published level and its growth: level × g ÷ (100 + g), computed from the
    /// bounds, since it rises with both the level and the rate (for levels ≥ 0 and rates above −100).
    /// </summary>
    /// <param name="current">The published later level.</param>
    /// <param name="growthPercent">The published growth, in percent.</param>
    /// <returns>The range of increases (later − earlier).</returns>
    public static DecimalInterval ImpliedIncrease(
        PublishedFigure current,
        PublishedFigure growthPercent
    )
    {
        var level = current.Interval;
        var rate = growthPercent.Interval;
        return new DecimalInterval(
            level.Lower * rate.Lower / (100m + rate.Lower),
            level.Upper * rate.Upper / (100m + rate.Upper)
        );
    }

    /// <summary>The growth, in percent, implied by ranges of later and earlier levels.</summary>
    /// <param name="current">The later level's range.</param>
    /// <param name="previous">The earlier level's range (positive).</param>
    /// <returns>The range of growth rates.</returns>
    public static DecimalInterval GrowthInterval(
        DecimalInterval current,
        DecimalInterval previous
    ) => ((current / previous) - DecimalInterval.Exactly(1m)) * DecimalInterval.Exactly(100m);

    /// <summary>
    /// Whether a published change in balance matches the current levels and growth rates of exports and imports:
    /// change = increase of exports − increase of imports. The seed's "the deficit decreased by 31.43 billion" is a
    /// balance change of +31.43 with exports 3,175.56 (+18.2%) and imports 4,348.24 (+11.8%).
    /// </summary>
    /// <param name="balanceChange">The published change in balance (positive when a deficit narrowed).</param>
    /// <param name="exports">Published exports, later.</param>
    /// <param name="exportsGrowth">Published growth of exports, in percent.</param>
    /// <param name="imports">Published imports, later.</param>
    /// <param name="importsGrowth">Published growth of imports, in percent.</param>
    /// <returns>The check.</returns>
    public static ConsistencyCheck BalanceChangeMatches(
        PublishedFigure balanceChange,
        PublishedFigure exports,
        PublishedFigure exportsGrowth,
        PublishedFigure imports,
        PublishedFigure importsGrowth
    ) =>
        new(
            $"balance change {balanceChange} from exports {exports} (+{exportsGrowth}%) and imports {imports} (+{importsGrowth}%)",
            balanceChange.Interval,
            ImpliedIncrease(exports, exportsGrowth) - ImpliedIncrease(imports, importsGrowth)
        );

    /// <summary>
    /// Whether a total's published growth matches its components' published levels and growth rates (the total's
    /// earlier level is the sum of the components' implied earlier levels).
    /// </summary>
    /// <param name="totalGrowth">The published growth of the total, in percent.</param>
    /// <param name="total">The published total, later.</param>
    /// <param name="components">Each component's published later level and growth.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentException">There are no components.</exception>
    public static ConsistencyCheck TotalGrowthMatchesComponents(
        PublishedFigure totalGrowth,
        PublishedFigure total,
        params IReadOnlyList<(PublishedFigure Level, PublishedFigure Growth)> components
    )
    {
        Preconditions.CheckNotNull(components);
        Preconditions.CheckArgument(
            components.Count > 0,
            nameof(components),
            "A total needs at least one component."
        );
        var previous = components
            .Skip(1)
            .Aggregate(
                ImpliedPrevious(components[0].Level, components[0].Growth),
                (sum, c) => sum + ImpliedPrevious(c.Level, c.Growth)
            );
        return new ConsistencyCheck(
            $"growth {totalGrowth}% of total {total} from its components",
            totalGrowth.Interval,
            GrowthInterval(total.Interval, previous)
        );
    }
}
