namespace TradeModel.Flows;

/// <summary>The total of the flows a filter matched, and how many had no value (missing is not zero).</summary>
/// <remarks>The default value is the total of no flows: zero in <see cref="Currency.None"/>, complete.</remarks>
/// <param name="Value">The sum of the values of the matched flows that have one.</param>
/// <param name="Flows">How many flows matched.</param>
/// <param name="WithoutValue">How many matched flows were missing or withheld: the total leaves them out.</param>
public readonly record struct FlowTotal(Money Value, int Flows, int WithoutValue)
{
    /// <summary>Whether every matched flow had a value, so that <see cref="Value"/> is the whole total.</summary>
    public bool IsComplete => WithoutValue == 0;
}
