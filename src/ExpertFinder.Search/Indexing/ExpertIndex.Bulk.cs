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
/// writes no compound files: no copying of every segment's files into one. The RAM buffer stays as it is: the commit
/// flushes what is buffered on one thread, and with a buffer of 256 MB instead of 48 MB that serial tail took 3.5 to
/// 5.6 s instead of 1.3 to 1.8 s of a 100,000-document rebuild, for more CPU time in all (33 to 37 s against 28 to 30 s).
/// </summary>
public sealed class IndexRebuild : IDisposable
{
    private readonly ExpertIndex index;
    private readonly IndexWriter writer;
    private readonly bool compoundFiles;
    private readonly double compoundRatio;
    private bool restored;

    internal IndexRebuild(ExpertIndex index, IndexWriter writer)
    {
        this.index = index;
        this.writer = writer;
        var config = writer.Config;
        compoundFiles = config.UseCompoundFile;
        compoundRatio = config.MergePolicy.NoCFSRatio;
        config.UseCompoundFile = false;
        config.MergePolicy.NoCFSRatio = 0;
        writer.DeleteAll();
    }

    public void Add(IndexedPerson person) => writer.AddDocument(IndexDocuments.ForPerson(person));

    public void Add(IndexedDocument document) => writer.AddDocument(IndexDocuments.ForDocument(document));

    public void Add(IndexedNetwork network) => writer.AddDocument(IndexDocuments.ForNetwork(network));

    public void Add(IndexedCompetence competence) => writer.AddDocument(IndexDocuments.ForCompetence(competence));

    /// <summary>
    /// Makes the new index durable and visible to searches at once, with the source position it was built from
    /// (<see cref="ExpertIndex.Commit"/>); the writer's usual settings return.
    /// </summary>
    public void Commit(ulong? position = null)
    {
        // The last segments are flushed by the commit, still with the bulk settings.
        index.Commit(position);
        Restore();
    }

    /// <summary>
    /// A rebuild abandoned before <see cref="Commit"/> (a failed read, a cancelled request) is thrown away: searches
    /// and the next commit go on from the index as it was before the rebuild began.
    /// </summary>
    public void Dispose()
    {
        if (!restored)
        {
            Restore();
            index.DiscardUncommitted();
        }
    }

    private void Restore()
    {
        if (restored)
        {
            return;
        }
        restored = true;
        var config = writer.Config;
        config.UseCompoundFile = compoundFiles;
        config.MergePolicy.NoCFSRatio = compoundRatio;
    }
}
