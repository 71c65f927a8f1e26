using System.Text;
using ExpertFinder.Api.Import;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ExpertFinder.Api.Tests.Import;

/// <summary>The import's line reader: any bytes are read or refused with file and line, never more than a line at the limit kept.</summary>
public sealed class JsonLinesTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "ef-lines-" + Guid.NewGuid().ToString("N") + ".jsonl");

    public void Dispose() => File.Delete(path);

    private (List<(int Number, string Text)> Lines, List<string> Errors) ReadAll(byte[] bytes)
    {
        File.WriteAllBytes(path, bytes);
        var errors = new List<DatasetError>();
        var lines = JsonLines.Read(path, "f.jsonl", errors).Select(l => (l.Number, Encoding.UTF8.GetString(l.Bytes.Span))).ToList();
        return (lines, errors.Select(e => e.ToString()).ToList());
    }

    [Fact]
    public void A_multi_megabyte_line_without_a_newline_is_refused_at_its_line_without_being_kept_whole()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"a\":1}\n" + new string('x', 10 * JsonLines.MaxLineBytes));
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var (lines, errors) = ReadAll(bytes);

        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Assert.Equal([(1, "{\"a\":1}")], lines);
        Assert.Equal([$"f.jsonl:2: the line is longer than {JsonLines.MaxLineBytes} bytes"], errors);
        // The line is ten times the limit; the buffer grows by doubling to a line at the limit and no further.
        Assert.True(allocated < 4L * JsonLines.MaxLineBytes, $"allocated {allocated} bytes");
    }

    [Fact]
    public void A_line_a_little_over_the_limit_is_refused_even_when_its_newline_is_in_the_buffer()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('x', JsonLines.MaxLineBytes + 100_000) + "\n{\"b\":2}\n");

        var (lines, errors) = ReadAll(bytes);

        Assert.Equal([(2, "{\"b\":2}")], lines);
        Assert.Equal([$"f.jsonl:1: the line is longer than {JsonLines.MaxLineBytes} bytes"], errors);
    }

    [Fact]
    public void A_line_at_the_limit_is_read()
    {
        var line = "\"" + new string('x', JsonLines.MaxLineBytes - 2) + "\"";

        var (lines, errors) = ReadAll(Encoding.UTF8.GetBytes(line + "\n"));

        Assert.Empty(errors);
        Assert.Equal(JsonLines.MaxLineBytes, Assert.Single(lines).Text.Length);
    }

    /// <summary>Any bytes: lines come out numbered in order, without their newline, as UTF-8; every problem names the file and a line.</summary>
    [Property(MaxTest = 300)]
    public bool Any_bytes_are_read_as_numbered_utf8_lines_or_refused_with_file_and_line(byte[] bytes, NonNegativeInt newlines)
    {
        // Arbitrary bytes seldom hold newlines: some are put in, so that files of many lines are tried too.
        var withNewlines = bytes.ToArray();
        for (var i = 0; i < withNewlines.Length && i < newlines.Get; i += 3)
        {
            withNewlines[(i * 7) % withNewlines.Length] = (byte)'\n';
        }

        var (lines, errors) = ReadAll(withNewlines);

        var numbers = lines.Select(l => l.Number).ToList();
        return numbers.SequenceEqual(numbers.Order().Distinct())
            && lines.All(l => !l.Text.Contains('\n') && !string.IsNullOrWhiteSpace(l.Text) && !l.Text.Contains('\uFFFD') || HasReplacement(withNewlines))
            && errors.All(e => e.StartsWith("f.jsonl:", StringComparison.Ordinal))
            && (System.Text.Unicode.Utf8.IsValid(withNewlines) || errors.Count > 0);
    }

    private static bool HasReplacement(byte[] bytes) => Encoding.UTF8.GetString(bytes).Contains('\uFFFD');
}
