namespace TradeModel.Classifications;

/// <summary>
/// How an <see cref="HsCorrelation"/> splits the value of a source code between its target codes: equally, or in
/// proportion to reference values of the target edition (for example the target edition's trade in a year both
/// editions cover, the standard method for one-to-many and many-to-many links).
/// </summary>
public sealed class HsWeights
{
    private HsWeights(CategoryValues? reference) => Reference = reference;

    /// <summary>Equal parts for every target of a source code.</summary>
    public static HsWeights Equal { get; } = new(null);

    /// <summary>The reference values, or null for equal parts.</summary>
    public CategoryValues? Reference { get; }

    /// <summary>
    /// Parts in proportion to reference values of the target edition. A source code whose targets all lack a positive
    /// reference value is split equally.
    /// </summary>
    /// <param name="reference">Values in the target edition (their currency does not matter: only proportions count).</param>
    /// <returns>The weights.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null.</exception>
    public static HsWeights From(CategoryValues reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return new HsWeights(reference);
    }

    /// <summary>The ratios for a source code's targets: reference values where any is positive, else ones.</summary>
    internal decimal[] RatiosFor(IReadOnlyList<Category> targets)
    {
        var ratios = new decimal[targets.Count];
        var any = false;
        for (var i = 0; i < targets.Count; i++)
        {
            if (
                Reference is not null
                && Reference.TryGet(targets[i], out var value)
                && value.Amount > 0m
            )
            {
                ratios[i] = value.Amount;
                any = true;
            }
        }
        if (!any)
        {
            Array.Fill(ratios, 1m);
        }
        return ratios;
    }
}
