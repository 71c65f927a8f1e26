using System.Text;

namespace ExpertFinder.Tools.Generation;

/// <summary>A growable UTF-8 buffer that a document's text is written into, reused from document to document.</summary>
internal sealed class TextBuffer
{
    private byte[] bytes = new byte[16 * 1024];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Append(ReadOnlySpan<byte> text)
    {
        Ensure(text.Length);
        text.CopyTo(bytes.AsSpan(Length));
        Length += text.Length;
    }

    public void Append(string text)
    {
        Ensure(Encoding.UTF8.GetMaxByteCount(text.Length));
        Length += Encoding.UTF8.GetBytes(text, bytes.AsSpan(Length));
    }

    public void Append(byte ascii)
    {
        Ensure(1);
        bytes[Length++] = ascii;
    }

    /// <summary>Appends the text with its first letter in upper case (a-z and æ, ø, å; other letters stay).</summary>
    public void AppendCapitalised(ReadOnlySpan<byte> text)
    {
        var start = Length;
        Append(text);
        if (text.Length == 0)
        {
            return;
        }
        ref var first = ref bytes[start];
        if (first is >= (byte)'a' and <= (byte)'z')
        {
            first -= 32;
        }
        else if (first == 0xC3 && text.Length > 1 && bytes[start + 1] is 0xA5 or 0xA6 or 0xB8)
        {
            // å æ ø (C3 A5, C3 A6, C3 B8) become Å Æ Ø (C3 85, C3 86, C3 98).
            bytes[start + 1] -= 0x20;
        }
    }

    private void Ensure(int more)
    {
        if (Length + more > bytes.Length)
        {
            Array.Resize(ref bytes, Math.Max(bytes.Length * 2, Length + more));
        }
    }
}
