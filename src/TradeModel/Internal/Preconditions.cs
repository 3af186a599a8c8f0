using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace TradeModel.Internal;

/// <summary>
/// Argument checks that throw the BCL exceptions callers already catch, with invariant messages
/// that name the offending value. Every message of the library is written here or in <see cref="Errors"/>.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(
        [NotNull] T? argument,
        [CallerArgumentExpression(nameof(argument))] string paramName = ""
    )
        where T : class
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }
        return argument;
    }

    /// <summary>Copies a sequence that must hold no null, naming the position of the first null.</summary>
    internal static T[] CheckNoNulls<T>(
        IEnumerable<T?> items,
        [CallerArgumentExpression(nameof(items))] string paramName = ""
    )
        where T : class
    {
        var array = CheckNotNull(items, paramName).ToArray();
        var index = Array.IndexOf(array, null);
        if (index >= 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Element {index} is null."),
                paramName
            );
        }
        return array!;
    }

    internal static void CheckArgument(
        [DoesNotReturnIf(false)] bool expression,
        string paramName,
        string message
    )
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>
    /// As <see cref="CheckArgument(bool, string, string)"/>, with a message that is only formatted (invariantly)
    /// when the check fails, so that passing checks cost nothing on hot paths.
    /// </summary>
    internal static void CheckArgument(
        [DoesNotReturnIf(false)] bool expression,
        string paramName,
        [InterpolatedStringHandlerArgument(nameof(expression))] ref FailureMessageHandler message
    )
    {
        if (!expression)
        {
            throw new ArgumentException(message.ToStringAndClear(), paramName);
        }
    }

    internal static void CheckArgumentRange(
        string paramName,
        long value,
        long minInclusive,
        long maxInclusive
    )
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Value should be in range [{minInclusive}-{maxInclusive}]."
                )
            );
        }
    }
}
