using System.Globalization;
using System.Runtime.CompilerServices;

namespace TradeModel.Internal;

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
