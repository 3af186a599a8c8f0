using TradeModel.Classifications;
using TradeModel.Internal;

namespace TradeModel.Releases;

/// <summary>Builds the lines of a release table from unrounded values: growth, share and contribution for each line.</summary>
public static class ReleaseTable
{
    /// <summary>One line from its values and the total's.</summary>
    /// <param name="label">The line's label.</param>
    /// <param name="current">The value, or null when missing.</param>
    /// <param name="previous">The earlier value, or null when missing.</param>
    /// <param name="totalCurrent">The total.</param>
    /// <param name="totalPrevious">The earlier total.</param>
    /// <returns>The line; figures that need a missing value are undefined.</returns>
    public static ReleaseRow Row(
        string label,
        Money? current,
        Money? previous,
        Money totalCurrent,
        Money totalPrevious
    )
    {
        Preconditions.CheckNotNull(label);
        var missing = PercentFigure.Undefined(UndefinedReason.MissingValue, FigureUnit.Percent);
        return new ReleaseRow(
            label,
            current,
            previous,
            ReleaseArithmetic.Growth(current, previous),
            current is { } c ? ReleaseArithmetic.Share(c, totalCurrent) : missing,
            current is { } now && previous is { } before
                ? ReleaseArithmetic.Contribution(now, before, totalPrevious)
                : PercentFigure.Undefined(UndefinedReason.MissingValue, FigureUnit.PercentagePoints)
        );
    }

    /// <summary>Lines for categories of two roll-ups of the same classification (this year and last, say).</summary>
    /// <param name="current">The later roll-up.</param>
    /// <param name="previous">The earlier roll-up, same classification and currency.</param>
    /// <param name="total">The category whose value is the total (e.g. EBOPS S).</param>
    /// <param name="categories">The categories to show, in order.</param>
    /// <returns>One line per category.</returns>
    /// <exception cref="ArgumentException">The roll-ups are of different classifications.</exception>
    /// <exception cref="InvalidOperationException">The total has no value in either roll-up.</exception>
    public static IReadOnlyList<ReleaseRow> FromRollUps(
        CategoryRollUp current,
        CategoryRollUp previous,
        Category total,
        IEnumerable<Category> categories
    )
    {
        Preconditions.CheckNotNull(current);
        Preconditions.CheckNotNull(previous);
        Preconditions.CheckNotNull(categories);
        Preconditions.CheckArgument(
            ReferenceEquals(current.Classification, previous.Classification),
            nameof(previous),
            $"The roll-ups are of {current.Classification.Name} and {previous.Classification.Name}."
        );
        var totalNow = current.Total(total);
        var totalBefore = previous.Total(total);
        var rows = new List<ReleaseRow>();
        foreach (var category in categories)
        {
            Money? now = current.TryGetTotal(category, out var n) ? n : null;
            Money? before = previous.TryGetTotal(category, out var b) ? b : null;
            rows.Add(Row(category.ToString(), now, before, totalNow, totalBefore));
        }
        return rows;
    }
}
