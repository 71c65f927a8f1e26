using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace ExpertFinder.Search.Indexing;

/// <summary>
/// An index folder read with positional reads (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>, pread on
/// Linux): no shared file position, so no lock, and no stream layers between Lucene's buffer and the kernel. Writing is
/// <see cref="FSDirectory"/>'s own. Profiles of searches over a million documents showed Lucene.Net's NIOFSDirectory
/// spending about a third of the search in its stream adapter; MMapDirectory is not an option in this version of
/// Lucene.Net (slow, and unstable under concurrent reopen).
/// </summary>
internal sealed class PositionalReadDirectory(DirectoryInfo path) : FSDirectory(path, null)
{
    /// <summary>Postings of common words are read in long runs; a larger buffer means fewer reads.</summary>
    private const int BufferSize = 8192;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        try
        {
            return new Input($"PositionalReadInput(path=\"{file}\")", handle, 0, RandomAccess.GetLength(handle), Math.Max(BufferSize, BufferedIndexInput.GetBufferSize(context)), ownsHandle: true);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Slices of a compound file read the file directly at their offset, instead of through a second buffer over an
    /// input of the whole file (the default): small segments are compound files, and every search reads them.
    /// </summary>
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        return new Slicer(file, File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete),
            Math.Max(BufferSize, BufferedIndexInput.GetBufferSize(context)));
    }

    private sealed class Slicer(string file, SafeFileHandle handle, int bufferSize) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new Input($"PositionalReadInput({sliceDescription} in path=\"{file}\" slice={offset}:{offset + length})", handle, offset, length, bufferSize, ownsHandle: false);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(handle));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                handle.Dispose();
            }
        }
    }

    /// <summary><paramref name="length"/> bytes of the file from <paramref name="start"/> (the whole file, or a slice of a compound file).</summary>
    private sealed class Input(string description, SafeFileHandle handle, long start, long length, int bufferSize, bool ownsHandle) : BufferedIndexInput(description, bufferSize)
    {
        /// <summary>Clones share the file handle; only the original closes it (Lucene closes the original last), and a slice never does (its slicer does).</summary>
        private bool isClone;

        public override long Length => length;

        protected override void ReadInternal(byte[] b, int offset, int count)
        {
            var position = Position;
            if (position + count > length)
            {
                throw new EndOfStreamException($"read past EOF: {this} (position {position}, {count} bytes, length {length})");
            }
            while (count > 0)
            {
                var read = RandomAccess.Read(handle, b.AsSpan(offset, count), start + position);
                if (read <= 0)
                {
                    throw new EndOfStreamException($"read past EOF: {this} (position {position}, {count} bytes left)");
                }
                position += read;
                offset += read;
                count -= read;
            }
        }

        /// <summary>Nothing to move: every read says where it reads.</summary>
        protected override void SeekInternal(long pos)
        {
        }

        public override object Clone()
        {
            var clone = (Input)base.Clone();
            clone.isClone = true;
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !isClone && ownsHandle)
            {
                handle.Dispose();
            }
        }
    }
}
