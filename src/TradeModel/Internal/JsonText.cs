using System.Text;
using System.Text.Json;

namespace TradeModel.Internal;

/// <summary>The text of a JSON string or number token, read without allocating where it fits in a buffer.</summary>
internal static class JsonText
{
    /// <summary>
    /// Copies the token's text into <paramref name="buffer"/>: a string unescaped (through the reader, so escapes and
    /// tokens split across buffer segments read alike), a number as written. False when it does not fit.
    /// </summary>
    internal static bool TryCopy(
        scoped ref Utf8JsonReader reader,
        scoped Span<char> buffer,
        out int length
    )
    {
        var bytes = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        length = 0;
        if (bytes > buffer.Length)
        {
            return false;
        }
        if (reader.TokenType == JsonTokenType.String)
        {
            // Unescaped UTF-16 never has more chars than the token has UTF-8 bytes.
            length = reader.CopyString(buffer);
            return true;
        }
        length = reader.HasValueSequence
            ? Encoding.UTF8.GetChars(reader.ValueSequence, buffer)
            : Encoding.UTF8.GetChars(reader.ValueSpan, buffer);
        return true;
    }

    /// <summary>The token's text as a string, for tokens too long for a buffer.</summary>
    internal static string GetText(scoped ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString() ?? ""
        : reader.HasValueSequence ? Encoding.UTF8.GetString(reader.ValueSequence)
        : Encoding.UTF8.GetString(reader.ValueSpan);
}
