using System.Diagnostics.CodeAnalysis;
using TradeModel.Internal;

namespace TradeModel.Classifications;

/// <summary>
/// Values (in one currency) given for some categories of a classification, stored densely so that rolling them up
/// the hierarchy is a loop over arrays. A category without a value is missing, not zero.
/// </summary>
public sealed class CategoryValues
{
    private decimal[] values;
    private bool[] given;

    /// <summary>Whether a roll-up shares the arrays; the next <see cref="Set(Category, Money)"/> copies them first.</summary>
    private bool shared;

    /// <summary>Creates an empty set of values.</summary>
    /// <param name="classification">The classification the categories come from.</param>
    /// <param name="currency">The currency of every value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="classification"/> is null.</exception>
    public CategoryValues(Classification classification, Currency currency)
    {
        Preconditions.CheckNotNull(classification);
        Classification = classification;
        Currency = currency;
        values = new decimal[classification.Categories.Count];
        given = new bool[values.Length];
    }

    /// <summary>The classification.</summary>
    public Classification Classification { get; }

    /// <summary>The currency of every value.</summary>
    public Currency Currency { get; }

    /// <summary>How many categories have a value.</summary>
    public int Count => given.Count(g => g);

    /// <summary>The categories with a value and their values, in classification order.</summary>
    public IEnumerable<(Category Category, Money Value)> Given =>
        Classification
            .Categories.Where(c => given[c.Index])
            .Select(c => (c, new Money(values[c.Index], Currency)));

    /// <summary>Sets the value of a category, replacing any earlier one.</summary>
    /// <param name="category">A category of <see cref="Classification"/>.</param>
    /// <param name="value">Its value, in <see cref="Currency"/>.</param>
    /// <exception cref="ArgumentException">The category belongs to another classification.</exception>
    /// <exception cref="CurrencyMismatchException">The value is in another currency.</exception>
    public void Set(Category category, Money value)
    {
        CheckCategory(category);
        if (value.Currency != Currency)
        {
            throw MoneyErrors.CurrencyMismatch(
                Currency,
                value.Currency,
                $"set the value of {category.Code} among values that hold"
            );
        }
        if (shared)
        {
            values = (decimal[])values.Clone();
            given = (bool[])given.Clone();
            shared = false;
        }
        values[category.Index] = value.Amount;
        given[category.Index] = true;
    }

    /// <summary>Sets the value of the category with a code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="value">Its value.</param>
    /// <exception cref="ArgumentException">No category has that code.</exception>
    /// <exception cref="CurrencyMismatchException">The value is in another currency.</exception>
    public void Set(string code, Money value) => Set(Classification.Get(code), value);

    /// <summary>The value given for a category, if any.</summary>
    /// <param name="category">The category.</param>
    /// <param name="value">The value, or default.</param>
    /// <returns>Whether a value was given.</returns>
    public bool TryGet(Category category, [MaybeNullWhen(false)] out Money value)
    {
        CheckCategory(category);
        value = given[category.Index] ? new Money(values[category.Index], Currency) : default;
        return given[category.Index];
    }

    /// <summary>
    /// Rolls the values up the hierarchy. A category's total is its given value, or else the sum of the totals of
    /// its regular parts. "Of which", memo and alternative-breakdown values are never added to their parent. Where
    /// a parent has a value and its parts too, the parent's value stands and the part not allocated to the parts is
    /// reported as a <see cref="Residual"/> (no double counting). Every alternative breakdown with values is checked
    /// against its parent's total.
    /// </summary>
    /// <param name="tolerance">The largest difference between an alternative breakdown and its parent that still counts as consistent (published tables are rounded); zero when omitted.</param>
    /// <returns>The roll-up.</returns>
    /// <exception cref="CurrencyMismatchException">The tolerance is in another currency.</exception>
    public CategoryRollUp RollUp(Money? tolerance = null)
    {
        var limit = tolerance ?? Money.Zero(Currency);
        MoneyErrors.CheckSameCurrency(
            Currency,
            limit.Currency,
            "check a breakdown against a tolerance with"
        );
        var sums = new decimal[Classification.NodeCount];
        var partsHave = new bool[values.Length];
        var residuals = new List<(int Index, decimal Given, decimal Parts)>();
        try
        {
            RollUpCore(Classification, values, given, sums, partsHave, residuals);
        }
        catch (OverflowException e)
        {
            throw MoneyErrors.Overflow(
                Errors.Format($"Rolling up the {Currency.Code} values of {Classification.Name}"),
                e
            );
        }
        shared = true;
        var rollUp = new CategoryRollUp(Classification, Currency, values, given, sums, partsHave);

        rollUp.Complete(
            [
                .. residuals.Select(r => new Residual(
                    Classification.Categories[r.Index],
                    new Money(r.Given, Currency),
                    new Money(r.Parts, Currency)
                )),
            ],
            BreakdownChecks(rollUp, limit)
        );
        return rollUp;
    }

    /// <summary>Every alternative breakdown with values, against its parent's total.</summary>
    private List<BreakdownCheck> BreakdownChecks(CategoryRollUp rollUp, Money limit)
    {
        var checks = new List<BreakdownCheck>();
        foreach (var breakdown in Classification.AlternativeBreakdowns)
        {
            var sum = 0m;
            var any = false;
            foreach (var member in breakdown.Members)
            {
                if (rollUp.TryGetTotal(Classification.Categories[member], out var memberTotal))
                {
                    sum = AddChecked(sum, memberTotal.Amount, breakdown.Parent);
                    any = true;
                }
            }
            if (any && rollUp.TryGetTotal(breakdown.Parent, out var parentTotal))
            {
                checks.Add(
                    new BreakdownCheck(
                        breakdown.Parent,
                        breakdown.Name,
                        parentTotal,
                        new Money(sum, Currency),
                        limit
                    )
                );
            }
        }
        return checks;
    }

    /// <summary>
    /// The hot loop. Parts are visited before their parents (deepest level first), so when a category is reached,
    /// <paramref name="sums"/> holds the sum of its parts and <paramref name="partsHave"/> says whether any part had a
    /// value. A category's total is its given value, or else that sum; a given value with valued parts is a residual.
    /// </summary>
    internal static void RollUpCore(
        Classification classification,
        decimal[] values,
        bool[] given,
        decimal[] sums,
        bool[] partsHave,
        List<(int Index, decimal Given, decimal Parts)> residuals
    )
    {
        var deepestFirst = classification.DeepestFirst;
        var partParent = classification.PartParent;
        var node = classification.NodeIndex;
        for (var k = 0; k < deepestFirst.Length; k++)
        {
            var i = deepestFirst[k];
            decimal total;
            if (given[i])
            {
                total = values[i];
                if (partsHave[i])
                {
                    residuals.Add((i, total, sums[node[i]]));
                }
            }
            else if (partsHave[i])
            {
                total = sums[node[i]];
            }
            else
            {
                continue;
            }
            var parent = partParent[i];
            if (parent >= 0)
            {
                sums[node[parent]] += total;
                partsHave[parent] = true;
            }
        }
    }

    private decimal AddChecked(decimal sum, decimal value, Category parent)
    {
        try
        {
            return sum + value;
        }
        catch (OverflowException e)
        {
            throw MoneyErrors.Overflow(
                Errors.Format($"The {Currency.Code} sum of a breakdown of {parent.Code}"),
                e
            );
        }
    }

    private void CheckCategory(Category category)
    {
        Preconditions.CheckNotNull(category);
        Preconditions.CheckArgument(
            ReferenceEquals(category.Classification, Classification),
            nameof(category),
            $"{category.Code} belongs to {category.Classification.Name}, not {Classification.Name}."
        );
    }
}
