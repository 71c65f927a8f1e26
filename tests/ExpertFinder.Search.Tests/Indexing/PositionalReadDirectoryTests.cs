using ExpertFinder.Search.Indexing;
using Lucene.Net.Store;

namespace ExpertFinder.Search.Tests.Indexing;

public sealed class PositionalReadDirectoryTests : IDisposable
{
    private readonly DirectoryInfo folder = System.IO.Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ef-pread-" + Guid.NewGuid().ToString("N")));

    [Fact]
    public void Reads_back_what_was_written_across_buffer_boundaries_and_in_clones()
    {
        var bytes = Enumerable.Range(0, 40_000).Select(i => (byte)(i * 7)).ToArray();
        using var directory = new PositionalReadDirectory(folder);
        using (var output = directory.CreateOutput("data", IOContext.DEFAULT))
        {
            output.WriteBytes(bytes, bytes.Length);
            output.WriteInt64(long.MaxValue - 3);
        }

        using var input = directory.OpenInput("data", IOContext.DEFAULT);
        Assert.Equal(bytes.Length + 8, input.Length);
        var read = new byte[bytes.Length];
        input.ReadBytes(read, 0, read.Length);
        Assert.Equal(bytes, read);
        Assert.Equal(long.MaxValue - 3, input.ReadInt64());

        input.Seek(12_345);
        var clone = (IndexInput)input.Clone();
        clone.Seek(20_000);
        Assert.Equal(bytes[12_345], input.ReadByte());
        Assert.Equal(bytes[20_000], clone.ReadByte());
        Assert.Equal(bytes[12_346], input.ReadByte());
    }

    [Fact]
    public void Reading_past_the_end_fails_rather_than_returning_zeros()
    {
        using var directory = new PositionalReadDirectory(folder);
        using (var output = directory.CreateOutput("short", IOContext.DEFAULT))
        {
            output.WriteBytes([1, 2, 3], 3);
        }

        using var input = directory.OpenInput("short", IOContext.DEFAULT);
        var buffer = new byte[4];
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(buffer, 0, 4));
    }

    [Fact]
    public void A_slice_of_a_compound_file_reads_its_own_bytes_and_not_past_its_end()
    {
        var bytes = Enumerable.Range(0, 30_000).Select(i => (byte)(i % 251)).ToArray();
        using var directory = new PositionalReadDirectory(folder);
        using (var output = directory.CreateOutput("compound", IOContext.DEFAULT))
        {
            output.WriteBytes(bytes, bytes.Length);
        }

        using var slicer = directory.CreateSlicer("compound", IOContext.DEFAULT);
        using var slice = slicer.OpenSlice("part", 10_000, 15_000);
        Assert.Equal(15_000, slice.Length);
        var read = new byte[15_000];
        slice.ReadBytes(read, 0, read.Length);
        Assert.Equal(bytes[10_000..25_000], read);
        slice.Seek(14_999);
        Assert.Equal(bytes[24_999], slice.ReadByte());
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
    }

    public void Dispose() => folder.Delete(recursive: true);
}
