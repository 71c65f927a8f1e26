using System.Buffers;
using System.Text;

namespace ExpertFinder.Api.Http;

/// <summary>
/// Whether the bytes a query string percent-encodes are UTF-8. ASP.NET keeps a sequence that is not (such as %FF) as
/// the literal text "%FF", so a handler would otherwise read three characters the client never sent; a request whose
/// parameters cannot be read as sent is refused instead.
/// </summary>
public static class QueryStringText
{
    public static bool IsUtf8(QueryString query)
    {
        var text = query.Value;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }
        // Decoding never makes more bytes than the UTF-8 of the raw text: an escape of three characters is one byte.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = 0;
            for (var i = 0; i < text.Length;)
            {
                if (text[i] == '%' && i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
                {
                    buffer[length++] = (byte)((HexValue(text[i + 1]) << 4) | HexValue(text[i + 2]));
                    i += 3;
                    continue;
                }
                // A character as the server read it; a lone surrogate is no character at all.
                if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) != OperationStatus.Done)
                {
                    return false;
                }
                length += rune.EncodeToUtf8(buffer.AsSpan(length));
                i += used;
            }
            return System.Text.Unicode.Utf8.IsValid(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
