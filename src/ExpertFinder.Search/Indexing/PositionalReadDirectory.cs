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
            return new Input($"PositionalReadInput(path=\"{file}\")", handle, Math.Max(BufferSize, BufferedIndexInput.GetBufferSize(context)));
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private sealed class Input(string description, SafeFileHandle handle, int bufferSize) : BufferedIndexInput(description, bufferSize)
    {
        private readonly long length = RandomAccess.GetLength(handle);

        /// <summary>Clones share the file handle; only the original closes it (Lucene closes the original last).</summary>
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
                var read = RandomAccess.Read(handle, b.AsSpan(offset, count), position);
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
            if (disposing && !isClone)
            {
                handle.Dispose();
            }
        }
    }
}
