using System.Text;

namespace TradeModel.Internal;

/// <summary>Shared text helpers of the library's formattable and parsable types.</summary>
internal static class TextFormatting
{
    /// <summary>The string form of <c>TryParse</c> for any span-parsable type: null is simply not a value.</summary>
    internal static bool TryParse<T>(string? s, IFormatProvider? provider, out T result)
        where T : struct, ISpanParsable<T>
    {
        if (s is null)
        {
            result = default;
            return false;
        }
        return T.TryParse(s.AsSpan(), provider, out result);
    }

    /// <summary>UTF-8 formatting through the type's char formatting: one core, so the two can never disagree.</summary>
    internal static bool TryFormatUtf8<T>(
        T value,
        Span<byte> utf8Destination,
        out int bytesWritten,
        ReadOnlySpan<char> format,
        IFormatProvider? provider
    )
        where T : ISpanFormattable
    {
        Span<char> buffer = stackalloc char[256];
        if (value.TryFormat(buffer, out var chars, format, provider))
        {
            return Encoding.UTF8.TryGetBytes(buffer[..chars], utf8Destination, out bytesWritten);
        }
        // Longer than 256 chars (a culture with long separators): no text has more chars than UTF-8 bytes.
        var large = new char[Math.Max(utf8Destination.Length, 257)];
        if (value.TryFormat(large, out chars, format, provider))
        {
            return Encoding.UTF8.TryGetBytes(
                large.AsSpan(0, chars),
                utf8Destination,
                out bytesWritten
            );
        }
        bytesWritten = 0;
        return false;
    }
}
