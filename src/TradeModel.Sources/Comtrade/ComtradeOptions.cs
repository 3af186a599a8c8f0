namespace TradeModel.Sources.Comtrade;

/// <summary>
/// The API's limits as the client keeps them: the most records one call returns, the most periods one call names,
/// and the least time between two calls. A query beyond them is split into calls and the parts merged.
/// The defaults are the published limits of the subscription endpoint (and of the preview endpoint where it is lower);
/// set lower ones for a tighter plan.
/// </summary>
public sealed record ComtradeOptions
{
    /// <summary>The records one call returns at most (100,000 with a key, 500 without); an answer of exactly that many is split.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 1.</exception>
    public int? RowCap
    {
        get;
        init
        {
            if (value is < 1)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(RowCap),
                    value,
                    "A call returns at least one record."
                );
            }
            field = value;
        }
    }

    /// <summary>The periods one call names at most (12 unless set).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 1.</exception>
    public int MaxPeriodsPerCall
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MaxPeriodsPerCall));
            field = value;
        }
    } = 12;

    /// <summary>The least time between the starts of two calls (1 second unless set), so that calls keep to the rate limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public TimeSpan CallInterval
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero, nameof(CallInterval));
            field = value;
        }
    } = TimeSpan.FromSeconds(1);
}
