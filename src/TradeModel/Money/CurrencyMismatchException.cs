namespace TradeModel;

/// <summary>
/// Thrown when an operation that needs one currency (adding, subtracting, comparing, dividing amounts) is
/// given amounts in two. Derives from <see cref="InvalidOperationException"/>.
/// </summary>
public sealed class CurrencyMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception for two currencies, with a message naming both.</summary>
    /// <param name="left">The currency of the left operand.</param>
    /// <param name="right">The currency of the right operand.</param>
    /// <param name="message">The message.</param>
    public CurrencyMismatchException(Currency left, Currency right, string message)
        : base(message)
    {
        Left = left;
        Right = right;
    }

    /// <summary>The currency of the left operand.</summary>
    public Currency Left { get; }

    /// <summary>The currency of the right operand.</summary>
    public Currency Right { get; }
}
