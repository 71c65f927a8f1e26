using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ExpertFinder.Search.Indexing;

/// <summary>
/// The canonical serialization behind <see cref="ContentFingerprint"/>, written straight into SHA-256: every value
/// tagged and length-prefixed (so that no two different sequences of values write the same bytes), texts as UTF-8,
/// numbers as fixed-width little-endian integers: nothing depends on the culture or the machine.
/// </summary>
internal sealed class FingerprintWriter : IDisposable
{
    private const byte Null = 0;
    private const byte Value = 1;

    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public FingerprintWriter(string kind) => Text(kind);

    public void Text(string? text)
    {
        if (text is null)
        {
            Byte(Null);
            return;
        }
        Byte(Value);
        var length = Encoding.UTF8.GetByteCount(text);
        Count(length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(text, buffer);
            hash.AppendData(buffer, 0, written);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Texts in the order given.</summary>
    public void Texts(IReadOnlyCollection<string> texts)
    {
        Count(texts.Count);
        foreach (var text in texts)
        {
            Text(text);
        }
    }

    /// <summary>Texts as a set: each once, in ordinal order.</summary>
    public void Set(IEnumerable<string> texts) => Texts(texts.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());

    /// <summary>Texts in ordinal order, repeats kept.</summary>
    public void Bag(IEnumerable<string> texts) => Texts(texts.Order(StringComparer.Ordinal).ToList());

    public void Number(long? number)
    {
        if (number is not { } value)
        {
            Byte(Null);
            return;
        }
        Byte(Value);
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        hash.AppendData(bytes);
    }

    public void Count(int count)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, count);
        hash.AppendData(bytes);
    }

    public void Flag(bool flag) => Byte(flag ? Value : Null);

    public ContentFingerprint Finish()
    {
        Span<byte> digest = stackalloc byte[ContentFingerprint.Size];
        hash.GetHashAndReset(digest);
        return ContentFingerprint.Read(digest);
    }

    public void Dispose() => hash.Dispose();

    private void Byte(byte value) => hash.AppendData([value]);
}
