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

/// <summary>Builds an exception message only when the condition it belongs to is false.</summary>
[InterpolatedStringHandler]
internal ref struct FailureMessageHandler
{
    private DefaultInterpolatedStringHandler inner;

    public FailureMessageHandler(
        int literalLength,
        int formattedCount,
        bool expression,
        out bool shouldAppend
    )
    {
        shouldAppend = !expression;
        inner = shouldAppend
            ? new DefaultInterpolatedStringHandler(
                literalLength,
                formattedCount,
                CultureInfo.InvariantCulture
            )
            : default;
    }

    public void AppendLiteral(string value) => inner.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => inner.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => inner.AppendFormatted(value, format);

    internal string ToStringAndClear() => inner.ToStringAndClear();
}
