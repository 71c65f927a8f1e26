using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace ExpertFinder.Search.Indexing;

/// <summary>
/// An index folder read from memory-mapped files: a read is a copy out of the page cache with no system call and no
/// intermediate buffer. Writing is <see cref="FSDirectory"/>'s own.
/// </summary>
/// <remarks>
/// Profiles of the expert search over a million documents spent a third of the postings' time in reads: a system
/// call and an 8 KB copy per buffer of a long postings list, and a full buffer for every short seek in a terms
/// dictionary. Lucene.Net's own MMapDirectory is not used: in this version it reads through a byte-buffer layer that
/// is slow, and it unmaps a file when the input is closed, which crashes a clone still reading under a concurrent
/// reopen. Here a mapping is released only by the garbage collector, once no input of the file (original or clone)
/// can reach it, so a read can never touch unmapped memory. The price is that a file deleted after a merge keeps its
/// disk blocks until the collector has released its last mapping; so once closed inputs add up to
/// <see cref="ClosedFiles.BytesBeforeCollection"/>, a background collection is asked for.
/// </remarks>
internal sealed class MappedReadDirectory(DirectoryInfo path, ClosedFiles? closedFiles = null) : FSDirectory(path, null)
{
    private readonly ClosedFiles closed = closedFiles ?? ClosedFiles.Shared;

    /// <summary>
    /// Stored fields (the documents' text, read for snippets and for what a person shows) are read a few documents at a
    /// time, anywhere in the file. Mapped, each such read makes resident in the process the page it touches and the
    /// cached pages around it, which the kernel maps on every fault; over a million documents that is a large share of
    /// the process's peak memory. Read with positional reads instead, they stay in the page cache, outside the process.
    /// </summary>
    private readonly NIOFSDirectory storedFields = new(path);

    /// <summary>The stored fields' data file of a segment that is not a compound file (Lucene 4.1's stored fields format).</summary>
    internal static bool IsStoredFieldsData(string name) => name.EndsWith(".fdt", StringComparison.Ordinal);

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        if (IsStoredFieldsData(name))
        {
            return storedFields.OpenInput(name, context);
        }
        var file = Path.Combine(Directory.FullName, name);
        var mapping = MappedFile.Open(file);
        return new Input($"MappedInput(path=\"{file}\")", mapping, 0, mapping.Length, closed);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            storedFields.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <summary>Slices of a compound file read the one mapping of the whole file at their offset.</summary>
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        return new Slicer(file, MappedFile.Open(file), closed);
    }

    private sealed class Slicer(string file, MappedFile mapping, ClosedFiles closed) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
        {
            if (offset < 0 || length < 0 || offset + length > mapping.Length)
            {
                throw new ArgumentException($"slice {offset}:{offset + length} is outside {file} ({mapping.Length} bytes)");
            }
            return new Input($"MappedInput({sliceDescription} in path=\"{file}\" slice={offset}:{offset + length})", mapping, offset, length, owner: null);
        }

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, mapping.Length);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                closed.Add(mapping.Length);
            }
        }
    }

    /// <summary>
    /// A whole file mapped for reading. Nothing unmaps it explicitly: the view's handle unmaps when the collector finds
    /// this object (and so every input holding it) unreachable. An empty file has no mapping.
    /// </summary>
    private sealed unsafe class MappedFile
    {
        private readonly MemoryMappedFile? file;
        private readonly MemoryMappedViewAccessor? view;

        private MappedFile(MemoryMappedFile? file, MemoryMappedViewAccessor? view, byte* start, long length)
        {
            this.file = file;
            this.view = view;
            Start = start;
            Length = length;
        }

        public byte* Start { get; }

        public long Length { get; }

        public static MappedFile Open(string path)
        {
            // Lucene deletes files that readers still hold open: the handle must allow it.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
            var length = stream.Length;
            if (length == 0)
            {
                return new MappedFile(null, null, null, 0);
            }
            var file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            try
            {
                var view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
                var start = (byte*)view.SafeMemoryMappedViewHandle.DangerousGetHandle() + view.PointerOffset;
                return new MappedFile(file, view, start, length);
            }
            catch
            {
                file.Dispose();
                throw;
            }
        }

        /// <summary>Keeps the mapping reachable until the caller's read of it has ended.</summary>
        public void KeepAlive() => GC.KeepAlive(view);
    }

    /// <summary><paramref name="length"/> bytes of a mapping from <paramref name="start"/> (a whole file, or a slice of a compound file).</summary>
    private sealed unsafe class Input(string description, MappedFile mapping, long start, long length, ClosedFiles? owner) : IndexInput(description)
    {
        private long position;

        /// <summary>Where the input opened for a file reports its close; null for a clone or a slice of a compound file (whose slicer reports).</summary>
        private ClosedFiles? owner = owner;

        public override long Length => length;

        public override long Position => position;

        public override void Seek(long pos)
        {
            if (pos < 0 || pos > length)
            {
                throw new EndOfStreamException($"seek outside the file: {this} (position {pos}, length {length})");
            }
            position = pos;
        }

        public override byte ReadByte()
        {
            var at = position;
            if (at >= length)
            {
                throw new EndOfStreamException($"read past EOF: {this} (position {at}, length {length})");
            }
            var value = mapping.Start[start + at];
            position = at + 1;
            mapping.KeepAlive();
            return value;
        }

        public override void ReadBytes(byte[] b, int offset, int len)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(len);
            var at = Claim(len);
            new ReadOnlySpan<byte>(mapping.Start + start + at, len).CopyTo(b.AsSpan(offset, len));
            mapping.KeepAlive();
        }

        public override short ReadInt16()
        {
            var at = Claim(sizeof(short));
            var value = BinaryPrimitives.ReadInt16BigEndian(new ReadOnlySpan<byte>(mapping.Start + start + at, sizeof(short)));
            mapping.KeepAlive();
            return value;
        }

        public override int ReadInt32()
        {
            var at = Claim(sizeof(int));
            var value = BinaryPrimitives.ReadInt32BigEndian(new ReadOnlySpan<byte>(mapping.Start + start + at, sizeof(int)));
            mapping.KeepAlive();
            return value;
        }

        public override long ReadInt64()
        {
            var at = Claim(sizeof(long));
            var value = BinaryPrimitives.ReadInt64BigEndian(new ReadOnlySpan<byte>(mapping.Start + start + at, sizeof(long)));
            mapping.KeepAlive();
            return value;
        }

        /// <summary>Lucene's variable-length int: seven bits a byte, low bits first, at most five bytes.</summary>
        public override int ReadVInt32()
        {
            if (length - position < 5)
            {
                return base.ReadVInt32();
            }
            var p = mapping.Start + start + position;
            int b = p[0];
            var value = b & 0x7F;
            var read = 1;
            for (var shift = 7; b >= 0x80 && read < 5; shift += 7)
            {
                b = p[read++];
                value |= (b & 0x7F) << shift;
            }
            if (b >= 0x80)
            {
                throw new IOException($"invalid variable-length int: {this} (position {position})");
            }
            position += read;
            mapping.KeepAlive();
            return value;
        }

        public override long ReadVInt64()
        {
            if (length - position < 9)
            {
                return base.ReadVInt64();
            }
            var p = mapping.Start + start + position;
            long b = p[0];
            var value = b & 0x7F;
            var read = 1;
            for (var shift = 7; b >= 0x80 && read < 9; shift += 7)
            {
                b = p[read++];
                value |= (b & 0x7F) << shift;
            }
            if (b >= 0x80)
            {
                throw new IOException($"invalid variable-length long: {this} (position {position})");
            }
            position += read;
            mapping.KeepAlive();
            return value;
        }

        /// <summary>Moves past <paramref name="count"/> bytes and returns where they begin; throws if they run past the end.</summary>
        private long Claim(int count)
        {
            var at = position;
            if (count > length - at)
            {
                throw new EndOfStreamException($"read past EOF: {this} (position {at}, {count} bytes, length {length})");
            }
            position = at + count;
            return at;
        }

        public override object Clone()
        {
            var clone = (Input)base.Clone();
            clone.owner = null;
            return clone;
        }

        /// <summary>Nothing is unmapped here: the mapping goes with the last input that can reach it.</summary>
        protected override void Dispose(bool disposing)
        {
            if (disposing && owner is { } closed)
            {
                owner = null;
                closed.Add(length);
            }
        }
    }
}

/// <summary>
/// Counts the bytes of mapped files whose readers closed. Their disk blocks are only freed once the collector has
/// released the mappings, so after <see cref="BytesBeforeCollection"/> such bytes a background collection is asked for.
/// </summary>
internal sealed class ClosedFiles(long bytesBeforeCollection)
{
    /// <summary>The server's: a collection after 512 MB of closed files (merged-away segments, a rebuilt index's old ones).</summary>
    public static ClosedFiles Shared { get; } = new(512L << 20);

    private long bytes;
    private int collectionsRequested;

    public long BytesBeforeCollection => bytesBeforeCollection;

    public int CollectionsRequested => collectionsRequested;

    public void Add(long closed)
    {
        if (Interlocked.Add(ref bytes, closed) >= bytesBeforeCollection)
        {
            Interlocked.Exchange(ref bytes, 0);
            Interlocked.Increment(ref collectionsRequested);
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false);
        }
    }
}
