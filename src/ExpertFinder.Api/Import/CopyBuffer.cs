using System.Buffers.Binary;
using System.Text;

namespace ExpertFinder.Api.Import;

/// <summary>
/// Rows for one staging table in PostgreSQL's binary COPY format, built in memory by the parsing thread while
/// PostgreSQL works on the previous batch; sending them is then one plain write. The format is a signature, then per
/// row a field count and each field as its length and its bytes in the type's binary form, then -1
/// (https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.4). Text is UTF-8 as read from the dataset,
/// never decoded to .NET strings on the way.
/// </summary>
internal sealed class CopyBuffer
{
    private static readonly byte[] Signature = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0];

    private const int TextOid = 25;

    /// <summary>2000-01-01, day 0 of PostgreSQL's binary dates.</summary>
    private static readonly int PostgresEpoch = new DateOnly(2000, 1, 1).DayNumber;

    private byte[] bytes = new byte[64 * 1024];
    private int length;

    public CopyBuffer() => Clear();

    public int Rows { get; private set; }

    public int Length => length;

    public void Clear()
    {
        length = 0;
        Rows = 0;
        Signature.CopyTo(Reserve(Signature.Length));
        Int32(0); // flags
        Int32(0); // header extension length
    }

    public CopyBuffer Row(short fields)
    {
        BinaryPrimitives.WriteInt16BigEndian(Reserve(2), fields);
        Rows++;
        return this;
    }

    public CopyBuffer Text(string? value)
    {
        if (value is null)
        {
            return Null();
        }
        var start = FieldStart();
        length += Encoding.UTF8.GetBytes(value, Reserve(Encoding.UTF8.GetMaxByteCount(value.Length), advance: false));
        return FieldEnd(start);
    }

    public CopyBuffer Text(ReadOnlySpan<byte> utf8)
    {
        Int32(utf8.Length);
        utf8.CopyTo(Reserve(utf8.Length));
        return this;
    }

    public CopyBuffer Integer(int value)
    {
        Int32(4);
        Int32(value);
        return this;
    }

    public CopyBuffer Integer(int? value) => value is null ? Null() : Integer(value.Value);

    public CopyBuffer Boolean(bool? value)
    {
        if (value is null)
        {
            return Null();
        }
        Int32(1);
        Reserve(1)[0] = value.Value ? (byte)1 : (byte)0;
        return this;
    }

    public CopyBuffer Date(DateOnly? value)
    {
        if (value is null)
        {
            return Null();
        }
        Int32(4);
        Int32(value.Value.DayNumber - PostgresEpoch);
        return this;
    }

    /// <summary>A text[] (one dimension, no nulls, lower bound 1; an empty array has no dimension).</summary>
    public CopyBuffer Texts(IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return Null();
        }
        var start = FieldStart();
        Int32(values.Count == 0 ? 0 : 1);
        Int32(0);
        Int32(TextOid);
        if (values.Count > 0)
        {
            Int32(values.Count);
            Int32(1);
        }
        foreach (var value in values)
        {
            Text(value);
        }
        return FieldEnd(start);
    }

    /// <summary>The rows with the trailer; the buffer takes no more rows until cleared.</summary>
    public ReadOnlyMemory<byte> Finish()
    {
        BinaryPrimitives.WriteInt16BigEndian(Reserve(2), -1);
        return bytes.AsMemory(0, length);
    }

    private CopyBuffer Null()
    {
        Int32(-1);
        return this;
    }

    private void Int32(int value) => BinaryPrimitives.WriteInt32BigEndian(Reserve(4), value);

    /// <summary>Leaves room for a field's length, written by <see cref="FieldEnd"/> once the field is.</summary>
    private int FieldStart()
    {
        Reserve(4);
        return length;
    }

    private CopyBuffer FieldEnd(int start)
    {
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(start - 4), length - start);
        return this;
    }

    private Span<byte> Reserve(int count, bool advance = true)
    {
        if (length + count > bytes.Length)
        {
            Array.Resize(ref bytes, Math.Max(bytes.Length * 2, length + count));
        }
        var span = bytes.AsSpan(length, count);
        if (advance)
        {
            length += count;
        }
        return span;
    }
}
