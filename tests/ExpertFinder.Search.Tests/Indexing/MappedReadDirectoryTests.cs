using ExpertFinder.Search.Indexing;
using Lucene.Net.Store;

namespace ExpertFinder.Search.Tests.Indexing;

public sealed class MappedReadDirectoryTests : IDisposable
{
    private readonly DirectoryInfo folder = System.IO.Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ef-mapped-" + Guid.NewGuid().ToString("N")));

    [Fact]
    public void Reads_back_what_was_written_across_buffer_boundaries_and_in_clones()
    {
        var bytes = Enumerable.Range(0, 40_000).Select(i => (byte)(i * 7)).ToArray();
        using var directory = new MappedReadDirectory(folder);
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
    public void Stored_fields_are_read_without_a_mapping_and_everything_else_mapped()
    {
        var bytes = Enumerable.Range(0, 20_000).Select(i => (byte)(i * 3)).ToArray();
        using var directory = new MappedReadDirectory(folder);
        foreach (var name in new[] { "_0.fdt", "_0.fdx", "_0_Lucene41_0.doc" })
        {
            using var output = directory.CreateOutput(name, IOContext.DEFAULT);
            output.WriteBytes(bytes, bytes.Length);
        }

        using var stored = directory.OpenInput("_0.fdt", IOContext.DEFAULT);
        using var index = directory.OpenInput("_0.fdx", IOContext.DEFAULT);
        using var postings = directory.OpenInput("_0_Lucene41_0.doc", IOContext.DEFAULT);

        Assert.DoesNotContain("MappedInput", stored.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("MappedInput", index.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("MappedInput", postings.ToString(), StringComparison.Ordinal);
        stored.Seek(12_345);
        var clone = (IndexInput)stored.Clone();
        Assert.Equal(bytes[12_345], clone.ReadByte());
    }

    [Fact]
    public void Reading_past_the_end_fails_rather_than_returning_zeros()
    {
        using var directory = new MappedReadDirectory(folder);
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
        using var directory = new MappedReadDirectory(folder);
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

    [Fact]
    public void A_clone_reads_on_after_its_original_is_closed_and_its_file_deleted()
    {
        // Lucene deletes the files of merged segments while readers of them may still be open. Unmapping the file when
        // the original input closes would make the clone's next read touch unmapped memory and crash the process.
        var bytes = Enumerable.Range(0, 70_000).Select(i => (byte)(i % 253)).ToArray();
        using var directory = new MappedReadDirectory(folder);
        using (var output = directory.CreateOutput("merged-away", IOContext.DEFAULT))
        {
            output.WriteBytes(bytes, bytes.Length);
        }

        var input = directory.OpenInput("merged-away", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        input.Dispose();
        directory.DeleteFile("merged-away");
        GC.Collect();
        GC.WaitForPendingFinalizers();

        clone.Seek(60_000);
        var read = new byte[10_000];
        clone.ReadBytes(read, 0, read.Length);
        Assert.Equal(bytes[60_000..], read);
        Assert.False(File.Exists(Path.Combine(folder.FullName, "merged-away")));
    }

    [Fact]
    public void Variable_length_numbers_read_as_Lucene_wrote_them_also_at_the_end_of_a_file()
    {
        long[] longs = [0, 1, 127, 128, 16_383, 16_384, int.MaxValue, long.MaxValue / 3, long.MaxValue];
        int[] ints = [0, 1, 127, 128, 2_097_151, 268_435_456, int.MaxValue, -1];
        using var directory = new MappedReadDirectory(folder);
        using (var output = directory.CreateOutput("numbers", IOContext.DEFAULT))
        {
            foreach (var value in ints)
            {
                output.WriteVInt32(value);
                output.WriteInt32(value);
            }
            foreach (var value in longs)
            {
                output.WriteVInt64(value);
                output.WriteInt64(value);
                output.WriteInt16((short)value);
            }
            output.WriteVInt64(long.MaxValue);
        }

        using var input = directory.OpenInput("numbers", IOContext.DEFAULT);
        foreach (var value in ints)
        {
            Assert.Equal(value, input.ReadVInt32());
            Assert.Equal(value, input.ReadInt32());
        }
        foreach (var value in longs)
        {
            Assert.Equal(value, input.ReadVInt64());
            Assert.Equal(value, input.ReadInt64());
            Assert.Equal((short)value, input.ReadInt16());
        }
        Assert.Equal(long.MaxValue, input.ReadVInt64());
        Assert.Equal(input.Length, input.Position);
        Assert.Throws<EndOfStreamException>(() => input.ReadVInt32());
    }

    [Fact]
    public void An_empty_file_opens_and_has_nothing_to_read()
    {
        using var directory = new MappedReadDirectory(folder);
        using (directory.CreateOutput("empty", IOContext.DEFAULT))
        {
        }

        using var input = directory.OpenInput("empty", IOContext.DEFAULT);
        Assert.Equal(0, input.Length);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void A_deleted_file_is_unmapped_once_no_input_can_reach_it()
    {
        using var directory = new MappedReadDirectory(folder);
        using (var output = directory.CreateOutput("released", IOContext.DEFAULT))
        {
            output.WriteBytes(new byte[50_000], 50_000);
        }
        var path = Path.Combine(folder.FullName, "released");

        ReadWhileMappedThenDelete(directory, "released", path);
        for (var i = 0; i < 3 && File.ReadAllText("/proc/self/maps").Contains(path, StringComparison.Ordinal); i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.DoesNotContain(path, File.ReadAllText("/proc/self/maps"));
    }

    [Fact]
    public void Closing_inputs_of_many_bytes_asks_for_a_collection_so_deleted_files_free_their_disk()
    {
        var closed = new ClosedFiles(100_000);
        using var directory = new MappedReadDirectory(folder, closed);
        using (var output = directory.CreateOutput("big", IOContext.DEFAULT))
        {
            output.WriteBytes(new byte[70_000], 70_000);
        }

        ReadOnceAndClose(directory, "big");
        var second = directory.OpenInput("big", IOContext.DEFAULT);
        ((IndexInput)second.Clone()).Dispose(); // a clone's close frees nothing and counts for nothing
        Assert.Equal(0, closed.CollectionsRequested);
        second.Dispose();

        Assert.Equal(1, closed.CollectionsRequested);
    }

    /// <summary>The file is mapped while a clone of its closed input can read it; deleted, it still reads.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void ReadWhileMappedThenDelete(MappedReadDirectory directory, string name, string path)
    {
        var input = directory.OpenInput(name, IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        input.Dispose();
        Assert.Contains(path, File.ReadAllText("/proc/self/maps"));
        directory.DeleteFile(name);
        clone.Seek(clone.Length - 1);
        Assert.Equal(0, clone.ReadByte());
        GC.KeepAlive(clone);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void ReadOnceAndClose(MappedReadDirectory directory, string name)
    {
        using var input = directory.OpenInput(name, IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        clone.Seek(input.Length - 1);
        clone.ReadByte();
    }

    public void Dispose() => folder.Delete(recursive: true);
}
