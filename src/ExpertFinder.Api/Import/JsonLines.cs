using System.Text.Unicode;

namespace ExpertFinder.Api.Import;

/// <summary>
/// The lines of a JSON Lines file as UTF-8 bytes, in a buffer of bounded size. Lines stay bytes because the JSON parser
/// reads UTF-8: decoding a 2 GB file to UTF-16 first only to parse it back was most of what reading used to cost.
/// </summary>
internal static class JsonLines
{
    /// <summary>The largest line accepted: a 1 MB document text, JSON-escaped, with its other fields.</summary>
    public const int MaxLineBytes = 8 * 1024 * 1024;

    private const int InitialBuffer = 1024 * 1024;

    /// <summary>The most the buffer holds: a line at the limit and one read beyond it.</summary>
    private const int MaxBuffer = MaxLineBytes + InitialBuffer;

    /// <summary>
    /// Every line that is not blank, with its number. A slice is valid until the next one is read. A line longer than
    /// <see cref="MaxLineBytes"/> is reported and skipped: it stops being buffered once it passes the limit, so a file
    /// of one endless line takes no more memory than a line at the limit. Bytes that are not UTF-8 are reported and end
    /// the file. Every byte is searched for the end of its line once, so reading takes time in proportion to the file.
    /// </summary>
    public static IEnumerable<(int Number, ReadOnlyMemory<byte> Bytes)> Read(string path, string file, List<DatasetError> errors)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new byte[InitialBuffer];
        // The unread bytes are buffer[start..end]; the first 'searched' of them hold no newline.
        int start = 0, end = 0, searched = 0, number = 0;
        var endOfFile = false;
        var skippingLongLine = false;
        var first = true;
        while (true)
        {
            var found = buffer.AsSpan(start + searched, end - start - searched).IndexOf((byte)'\n');
            int length;
            if (found >= 0)
            {
                length = searched + found;
            }
            else
            {
                searched = end - start;
                if (searched > MaxLineBytes)
                {
                    if (!skippingLongLine)
                    {
                        errors.Add(new DatasetError(file, number + 1, LongLine));
                        skippingLongLine = true;
                    }
                    // The rest of a line already refused is read past, never kept.
                    (start, searched) = (end, 0);
                }
                if (!endOfFile)
                {
                    (buffer, start, end) = Compact(buffer, start, end);
                    var read = stream.Read(buffer, end, buffer.Length - end);
                    endOfFile = read == 0;
                    end += read;
                    continue;
                }
                if (start == end)
                {
                    yield break;
                }
                length = end - start;
            }
            var line = new ReadOnlyMemory<byte>(buffer, start, length);
            start = Math.Min(start + length + 1, end);
            searched = 0;
            number++;
            if (skippingLongLine)
            {
                skippingLongLine = false;
                continue;
            }
            if (length > MaxLineBytes)
            {
                // Found whole within the buffer's slack: too long all the same.
                errors.Add(new DatasetError(file, number, LongLine));
                continue;
            }
            if (first)
            {
                first = false;
                if (line.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                {
                    line = line[3..];
                }
            }
            if (!Utf8.IsValid(line.Span))
            {
                errors.Add(new DatasetError(file, number, "the file is not valid UTF-8"));
                yield break;
            }
            if (IsBlank(line.Span))
            {
                continue;
            }
            yield return (number, line);
        }
    }

    private static readonly string LongLine = $"the line is longer than {MaxLineBytes} bytes";

    /// <summary>
    /// Moves the unread bytes to the front, and doubles the buffer when they fill half of it (up to <see cref="MaxBuffer"/>,
    /// which the unread bytes, at most a line at the limit, never fill).
    /// </summary>
    private static (byte[] Buffer, int Start, int End) Compact(byte[] buffer, int start, int end)
    {
        var unread = end - start;
        var target = unread < buffer.Length / 2 || buffer.Length == MaxBuffer ? buffer : new byte[Math.Min(buffer.Length * 2, MaxBuffer)];
        if (unread == target.Length)
        {
            throw new InvalidOperationException("a line exceeded the buffer unnoticed");
        }
        if (start > 0 || target != buffer)
        {
            Buffer.BlockCopy(buffer, start, target, 0, unread);
        }
        return (target, 0, unread);
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r\f\v"u8) < 0;
}
