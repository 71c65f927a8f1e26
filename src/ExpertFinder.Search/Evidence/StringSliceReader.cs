namespace ExpertFinder.Search.Evidence;

/// <summary>
/// Reads the first <c>length</c> characters of a string without copying them, so a 1 MB text
/// can be analysed up to a bound without allocating a 64k substring first.
/// </summary>
internal sealed class StringSliceReader(string text, int length) : TextReader
{
    private int position;

    public override int Peek() => position < length ? text[position] : -1;

    public override int Read() => position < length ? text[position++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var count = Math.Min(buffer.Length, length - position);
        text.AsSpan(position, count).CopyTo(buffer);
        position += count;
        return count;
    }
}
