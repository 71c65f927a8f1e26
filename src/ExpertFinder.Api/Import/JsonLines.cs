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

    /// <summary>
    /// Every line that is not blank, with its number. A slice is valid until the next one is read. A line longer than
    /// <see cref="MaxLineBytes"/> is reported and skipped; bytes that are not UTF-8 are reported and end the file.
    /// </summary>
    public static IEnumerable<(int Number, ReadOnlyMemory<byte> Bytes)> Read(string path, string file, List<DatasetError> errors)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new byte[InitialBuffer];
        int start = 0, end = 0, number = 0;
        var endOfFile = false;
        var skippingLongLine = false;
        var first = true;
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline < 0 && !endOfFile)
            {
                if (end - start > MaxLineBytes)
                {
                    if (!skippingLongLine)
                    {
                        errors.Add(new DatasetError(file, number + 1, $"the line is longer than {MaxLineBytes} bytes"));
                        skippingLongLine = true;
                    }
                    start = end;
                }
                (buffer, start, end) = Compact(buffer, start, end);
                var read = stream.Read(buffer, end, buffer.Length - end);
                endOfFile = read == 0;
                end += read;
                continue;
            }
            if (newline < 0 && start == end)
            {
                yield break;
            }
            var length = newline < 0 ? end - start : newline;
            var line = new ReadOnlyMemory<byte>(buffer, start, length);
            start += newline < 0 ? length : length + 1;
            number++;
            if (skippingLongLine)
            {
                skippingLongLine = false;
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

    /// <summary>Moves the unread bytes to the front, and doubles the buffer when a line fills it (up to the line limit).</summary>
    private static (byte[] Buffer, int Start, int End) Compact(byte[] buffer, int start, int end)
    {
        var unread = end - start;
        var target = unread < buffer.Length / 2 ? buffer : new byte[Math.Min(buffer.Length * 2, MaxLineBytes + InitialBuffer)];
        if (unread == target.Length)
        {
            throw new InvalidOperationException("a line exceeded the buffer unnoticed");
        }
        Buffer.BlockCopy(buffer, start, target, 0, unread);
        return (target, 0, unread);
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r\f\v"u8) < 0;
}
