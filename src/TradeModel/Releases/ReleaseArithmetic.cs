using TradeModel.Internal;

namespace TradeModel.Releases;

/// <summary>
/// The arithmetic of statistical releases, computed exactly in <see cref="decimal"/> from unrounded values, as
/// statistical offices compute it; round for presentation with <see cref="PercentFigure.Round"/>. Figures that cannot
/// be computed (zero, negative or missing base, sign change) come back undefined with the reason, never as a
/// division error or an infinity.
/// </summary>
/// <example>
/// <code language="csharp">
/// var exports = Money.Parse("CNY 3175.56 bn", CultureInfo.InvariantCulture);
/// var exports2023 = ReleaseArithmetic.BackCast(exports, 18.2m);   // 2023 implied by the published growth rate
/// PercentFigure growth = ReleaseArithmetic.Growth(exports, exports2023);                 // 18.2%
/// PercentFigure undefined = ReleaseArithmetic.Growth(exports, Money.Zero(Currency.CNY)); // undefined (zero base)
/// </code>
/// </example>
public static class ReleaseArithmetic
{
    /// <summary>
    /// Growth between two periods, in percent: (current ÷ previous − 1) × 100. Year-on-year growth is this with the
    /// same period a year earlier (<see cref="ReferencePeriod.YearEarlier"/>).
    /// </summary>
    /// <param name="current">The later value.</param>
    /// <param name="previous">The earlier value, in the same currency.</param>
    /// <returns>The growth, or undefined: zero base, negative base, or sign change (a negative current value after a positive one).</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The growth is outside the range of <see cref="decimal"/>; the message names both values.</exception>
    public static PercentFigure Growth(Money current, Money previous)
    {
        CheckSameCurrency(current, previous);
        if (previous.IsZero)
        {
            return PercentFigure.Undefined(UndefinedReason.ZeroBase, FigureUnit.Percent);
        }
        if (previous.Sign < 0)
        {
            return PercentFigure.Undefined(
                current.Sign > 0 ? UndefinedReason.SignChange : UndefinedReason.NegativeBase,
                FigureUnit.Percent
            );
        }
        if (current.Sign < 0)
        {
            return PercentFigure.Undefined(UndefinedReason.SignChange, FigureUnit.Percent);
        }
        try
        {
            return PercentFigure.Percent(((current / previous) - 1m) * 100m);
        }
        catch (OverflowException e)
        {
            throw MoneyErrors.Overflow(
                Errors.Format($"The growth from {previous} to {current}"),
                e
            );
        }
    }

    /// <summary>Growth where either value may be missing (null): a missing value gives an undefined growth, never zero.</summary>
    /// <param name="current">The later value, or null.</param>
    /// <param name="previous">The earlier value, or null.</param>
    /// <returns>The growth, or undefined.</returns>
    public static PercentFigure Growth(Money? current, Money? previous) =>
        current is { } c && previous is { } p
            ? Growth(c, p)
            : PercentFigure.Undefined(UndefinedReason.MissingValue, FigureUnit.Percent);

    /// <summary>The change between two percentages, in percentage points (a share of 27.3% after 24.9% is +2.4 pp).</summary>
    /// <param name="current">The later percentage.</param>
    /// <param name="previous">The earlier percentage.</param>
    /// <returns>current − previous in percentage points; undefined if either is.</returns>
    /// <exception cref="ArgumentException">Either figure is not a percentage.</exception>
    public static PercentFigure PercentagePointChange(PercentFigure current, PercentFigure previous)
    {
        Preconditions.CheckArgument(
            current.Unit == FigureUnit.Percent && previous.Unit == FigureUnit.Percent,
            nameof(current),
            "Percentage-point changes are between percentages."
        );
        if (!current.IsDefined || !previous.IsDefined)
        {
            return PercentFigure.Undefined(
                current.IsDefined ? previous.Reason : current.Reason,
                FigureUnit.PercentagePoints
            );
        }
        return PercentFigure.Points(current.Value - previous.Value);
    }

    /// <summary>The share of a part in a total, in percent: part ÷ total × 100.</summary>
    /// <param name="part">The part.</param>
    /// <param name="total">The total, in the same currency.</param>
    /// <returns>The share, or undefined for a zero total.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The share is outside the range of <see cref="decimal"/>; the message names both values.</exception>
    public static PercentFigure Share(Money part, Money total)
    {
        CheckSameCurrency(part, total);
        if (total.IsZero)
        {
            return PercentFigure.Undefined(UndefinedReason.ZeroBase, FigureUnit.Percent);
        }
        try
        {
            return PercentFigure.Percent(part / total * 100m);
        }
        catch (OverflowException e)
        {
            throw MoneyErrors.Overflow(Errors.Format($"The share of {part} in {total}"), e);
        }
    }

    /// <summary>The change in a part's share of a total between two periods, in percentage points.</summary>
    /// <param name="partCurrent">The part, later.</param>
    /// <param name="totalCurrent">The total, later.</param>
    /// <param name="partPrevious">The part, earlier.</param>
    /// <param name="totalPrevious">The total, earlier.</param>
    /// <returns>The change in share.</returns>
    public static PercentFigure ShareChange(
        Money partCurrent,
        Money totalCurrent,
        Money partPrevious,
        Money totalPrevious
    ) =>
        PercentagePointChange(Share(partCurrent, totalCurrent), Share(partPrevious, totalPrevious));

    /// <summary>
    /// The contribution of a component to the growth of its total, in percentage points:
    /// (component now − component before) ÷ total before × 100. The contributions of a total's components add up to
    /// the total's growth.
    /// </summary>
    /// <param name="componentCurrent">The component, later.</param>
    /// <param name="componentPrevious">The component, earlier.</param>
    /// <param name="totalPrevious">The total, earlier.</param>
    /// <returns>The contribution, or undefined for a zero or negative total.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static PercentFigure Contribution(
        Money componentCurrent,
        Money componentPrevious,
        Money totalPrevious
    )
    {
        CheckSameCurrency(componentCurrent, componentPrevious);
        CheckSameCurrency(componentCurrent, totalPrevious);
        if (totalPrevious.Sign <= 0)
        {
            return PercentFigure.Undefined(
                totalPrevious.IsZero ? UndefinedReason.ZeroBase : UndefinedReason.NegativeBase,
                FigureUnit.PercentagePoints
            );
        }
        try
        {
            return PercentFigure.Points(
                (componentCurrent - componentPrevious) / totalPrevious * 100m
            );
        }
        catch (OverflowException e)
        {
            throw MoneyErrors.Overflow(
                Errors.Format(
                    $"The contribution of {componentPrevious} → {componentCurrent} to a total of {totalPrevious}"
                ),
                e
            );
        }
    }

    /// <summary>
    /// Compound growth per period over <paramref name="periods"/> periods, in percent: ((last ÷ first)^(1/n) − 1) × 100,
    /// with the root computed in decimal to 28 significant digits.
    /// </summary>
    /// <param name="first">The value at the start.</param>
    /// <param name="last">The value after <paramref name="periods"/> periods.</param>
    /// <param name="periods">The number of periods, at least 1.</param>
    /// <returns>The compound growth, or undefined as for <see cref="Growth(Money, Money)"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periods"/> is less than 1.</exception>
    /// <exception cref="OverflowException">The growth is outside the range of <see cref="decimal"/>; the message names the values.</exception>
    public static PercentFigure CompoundGrowth(Money first, Money last, int periods)
    {
        Preconditions.CheckArgumentRange(nameof(periods), periods, 1, 10_000);
        var simple = Growth(last, first);
        if (!simple.IsDefined)
        {
            return simple;
        }
        try
        {
            return PercentFigure.Percent((DecimalMath.Root(last / first, periods) - 1m) * 100m);
        }
        catch (OverflowException e)
        {
            throw MoneyErrors.Overflow(
                Errors.Format($"The compound growth from {first} to {last} over {periods} periods"),
                e
            );
        }
    }

    /// <summary>The growth of a total leaving one component out: the growth of (total − component).</summary>
    /// <param name="totalCurrent">The total, later.</param>
    /// <param name="totalPrevious">The total, earlier.</param>
    /// <param name="excludedCurrent">The component left out, later.</param>
    /// <param name="excludedPrevious">The component left out, earlier.</param>
    /// <returns>The growth of the rest.</returns>
    public static PercentFigure GrowthExcluding(
        Money totalCurrent,
        Money totalPrevious,
        Money excludedCurrent,
        Money excludedPrevious
    ) => Growth(totalCurrent - excludedCurrent, totalPrevious - excludedPrevious);

    /// <summary>
    /// Back-casts the earlier value implied by a later value and a growth rate: current ÷ (1 + growth ÷ 100). With a
    /// published (rounded) rate this is a point estimate; <see cref="PublishedFigureChecks.ImpliedPrevious"/> gives the
    /// whole range.
    /// </summary>
    /// <param name="current">The later value.</param>
    /// <param name="growthPercent">The growth in percent (18.2 for +18.2%).</param>
    /// <returns>The earlier value, exact to 28 significant digits.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The growth is −100% or less: no earlier value could grow into the later one.</exception>
    public static Money BackCast(Money current, decimal growthPercent)
    {
        if (growthPercent <= -100m)
        {
            throw new ArgumentOutOfRangeException(
                nameof(growthPercent),
                growthPercent,
                "A growth of -100% or less has no earlier value."
            );
        }
        try
        {
            return current / (1m + (growthPercent / 100m));
        }
        catch (OverflowException e)
        {
            throw MoneyErrors.Overflow(
                Errors.Format($"Back-casting {current} from a growth of {growthPercent}%"),
                e
            );
        }
    }

    private static void CheckSameCurrency(Money a, Money b)
    {
        MoneyErrors.CheckSameCurrency(a.Currency, b.Currency, "compute a release figure from");
    }
}
