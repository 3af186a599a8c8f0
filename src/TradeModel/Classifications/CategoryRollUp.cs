using System.Diagnostics.CodeAnalysis;
using TradeModel.Internal;

namespace TradeModel.Classifications;

/// <summary>The result of <see cref="CategoryValues.RollUp"/>: a total for every category that has one, residuals and breakdown checks.</summary>
public sealed class CategoryRollUp
{
    private readonly decimal[] values;
    private readonly bool[] given;
    private readonly decimal[] sums;
    private readonly bool[] partsHave;

    /// <summary>
    /// Shares the value arrays of the <see cref="CategoryValues"/> it came from (they are copied before being changed
    /// again) and owns the part sums of the categories that have children.
    /// </summary>
    internal CategoryRollUp(
        Classification classification,
        Currency currency,
        decimal[] values,
        bool[] given,
        decimal[] sums,
        bool[] partsHave
    )
    {
        Classification = classification;
        Currency = currency;
        this.values = values;
        this.given = given;
        this.sums = sums;
        this.partsHave = partsHave;
    }

    /// <summary>The classification.</summary>
    public Classification Classification { get; }

    /// <summary>The currency of every total.</summary>
    public Currency Currency { get; }

    /// <summary>Categories whose given value and whose parts' values were both given, with the part not allocated.</summary>
    public IReadOnlyList<Residual> Residuals { get; private set; } = [];

    /// <summary>Every alternative breakdown with values, compared with its parent's total.</summary>
    public IReadOnlyList<BreakdownCheck> BreakdownChecks { get; private set; } = [];

    /// <summary>The total of a category, if it has one (given, or from its parts).</summary>
    /// <param name="category">The category.</param>
    /// <param name="total">The total, or default.</param>
    /// <returns>Whether it has a total.</returns>
    public bool TryGetTotal(Category category, [MaybeNullWhen(false)] out Money total)
    {
        Preconditions.CheckNotNull(category);
        var i = category.Index;
        if (given[i])
        {
            total = new Money(values[i], Currency);
            return true;
        }
        if (partsHave[i])
        {
            total = new Money(sums[Classification.NodeIndex[i]], Currency);
            return true;
        }
        total = default;
        return false;
    }

    internal void Complete(IReadOnlyList<Residual> residuals, IReadOnlyList<BreakdownCheck> checks)
    {
        Residuals = residuals;
        BreakdownChecks = checks;
    }

    /// <summary>The total of a category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The total.</returns>
    /// <exception cref="InvalidOperationException">Neither the category nor any of its parts has a value: missing is not zero.</exception>
    public Money Total(Category category) =>
        TryGetTotal(category, out var total)
            ? total
            : throw new InvalidOperationException(
                $"{category.Code} has no value: neither it nor any of its parts was given one."
            );

    /// <summary>The total of the category with a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentException">No category has that code.</exception>
    /// <exception cref="InvalidOperationException">The category has no value.</exception>
    public Money Total(string code) => Total(Classification.Get(code));

    /// <summary>The total of a grouping: the sum of its members' totals.</summary>
    /// <param name="grouping">A grouping over the same classification.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentException">The grouping is over another classification.</exception>
    /// <exception cref="InvalidOperationException">A member has no value; the message names it.</exception>
    public Money Total(CategoryGrouping grouping)
    {
        Preconditions.CheckNotNull(grouping);
        Preconditions.CheckArgument(
            ReferenceEquals(grouping.Classification, Classification),
            nameof(grouping),
            $"The grouping '{grouping.Name}' is over {grouping.Classification.Name}, not {Classification.Name}."
        );
        var total = Money.Zero(Currency);
        foreach (var member in grouping.Members)
        {
            total += Total(member);
        }
        return total;
    }
}
