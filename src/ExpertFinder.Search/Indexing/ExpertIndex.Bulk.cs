using Lucene.Net.Index;

namespace ExpertFinder.Search.Indexing;

public sealed partial class ExpertIndex
{
    /// <summary>
    /// Starts replacing everything in the index: it is emptied, then filled through the returned
    /// <see cref="IndexRebuild"/> from as many threads as the caller likes. Searches see the old index until
    /// <see cref="IndexRebuild.Commit"/>. One rebuild at a time, and no other writes meanwhile.
    /// </summary>
    public IndexRebuild BeginRebuild() => new(this, writer);
}

/// <summary>
/// Fills an emptied index in bulk. <see cref="IndexWriter.AddDocument(IEnumerable{IIndexableField})"/> analyses on
/// the calling thread, each thread into a segment of its own, so several threads use every core; entries are added
/// (an empty index has nothing to replace, and an update would look every key up first). While it lasts the writer
/// buffers more in memory before it flushes a segment and writes no compound files: fewer, larger segments, and no
/// copying of every file into one.
/// </summary>
public sealed class IndexRebuild : IDisposable
{
    /// <summary>Memory for buffered documents across all threads before the largest thread's segment is flushed.</summary>
    public const double BufferMB = 256;

    private readonly ExpertIndex index;
    private readonly IndexWriter writer;
    private readonly double bufferMB;
    private readonly bool compoundFiles;
    private readonly double compoundRatio;
    private bool restored;

    internal IndexRebuild(ExpertIndex index, IndexWriter writer)
    {
        this.index = index;
        this.writer = writer;
        var config = writer.Config;
        bufferMB = config.RAMBufferSizeMB;
        compoundFiles = config.UseCompoundFile;
        compoundRatio = config.MergePolicy.NoCFSRatio;
        config.RAMBufferSizeMB = BufferMB;
        config.UseCompoundFile = false;
        config.MergePolicy.NoCFSRatio = 0;
        writer.DeleteAll();
    }

    public void Add(IndexedPerson person) => writer.AddDocument(IndexDocuments.ForPerson(person));

    public void Add(IndexedDocument document) => writer.AddDocument(IndexDocuments.ForDocument(document));

    public void Add(IndexedNetwork network) => writer.AddDocument(IndexDocuments.ForNetwork(network));

    public void Add(IndexedCompetence competence) => writer.AddDocument(IndexDocuments.ForCompetence(competence));

    /// <summary>Makes the new index durable and visible to searches at once; the writer's usual settings return.</summary>
    public void Commit()
    {
        // The last segments are flushed by the commit, still with the bulk settings.
        index.Commit();
        Restore();
    }

    /// <summary>
    /// Restores the writer's usual settings. A rebuild abandoned before <see cref="Commit"/> stays invisible to searches,
    /// but it is still in the writer: the next commit publishes it as far as it got, as the rebuild by upserts did.
    /// </summary>
    public void Dispose() => Restore();

    private void Restore()
    {
        if (restored)
        {
            return;
        }
        restored = true;
        var config = writer.Config;
        config.RAMBufferSizeMB = bufferMB;
        config.UseCompoundFile = compoundFiles;
        config.MergePolicy.NoCFSRatio = compoundRatio;
    }
}
