using ExpertFinder.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace ExpertFinder.Search.Indexing;

/// <summary>
/// The on-disk index of people and documents with near-real-time readers; the searches made over them are not its
/// concern. One instance owns the directory's write lock; reads are thread-safe and see every committed write.
/// </summary>
public sealed partial class ExpertIndex : IDisposable
{
    private const string FormatKey = "format";

    private const string IdentityKey = "identity";

    private const string PositionKey = "position";

    private const string OwnerLockFile = "expertfinder.owner.lock";

    private readonly FileStream ownerLock;
    private readonly Lucene.Net.Store.Directory directory;
    private readonly DanishTextAnalyzer analyzer;
    private readonly float coordExponent;

    // Replaced together, under the commit lock, only when uncommitted work is thrown away (DiscardUncommitted).
    private IndexWriter writer;
    private volatile SearcherManager searchers;
    private readonly System.Threading.Lock commitLock = new();

    /// <summary>What the index on disk must have been built with to be usable as it is: analysis chain, dictionary and layout.</summary>
    private readonly string format;

    private ExpertIndex(FileStream ownerLock, Lucene.Net.Store.Directory directory, IndexWriter writer, float coordExponent, DanishTextAnalyzer analyzer)
    {
        this.ownerLock = ownerLock;
        this.directory = directory;
        this.writer = writer;
        this.analyzer = analyzer;
        this.coordExponent = coordExponent;
        searchers = SearchersOf(writer);
        format = DanishTextAnalyzer.ChainVersion + "/" + analyzer.Lexicon.Fingerprint + "/" + IndexDocuments.LayoutVersion;
        var committed = writer.CommitData;
        NeedsRebuild = DirectoryReader.IndexExists(directory)
            && (!committed.TryGetValue(FormatKey, out var built) || built != format);
        Identity = committed.TryGetValue(IdentityKey, out var identity) && Guid.TryParse(identity, out var known) ? known : Guid.NewGuid();
        Position = committed.TryGetValue(PositionKey, out var position) && ulong.TryParse(position, out var applied) ? applied : null;
    }

    /// <summary>
    /// Names this index among all the indexes that follow one database; kept in the index itself, so that it survives
    /// restarts and goes with the folder. A new index has a new identity (written with its first commit).
    /// </summary>
    public Guid Identity { get; private set; }

    /// <summary>
    /// How far the index had followed its source when it was last committed, as the follower counts (opaque here);
    /// null for an index that never recorded one.
    /// </summary>
    public ulong? Position { get; private set; }

    /// <summary>Takes a new identity from the next commit on: the folder turned out to be a copy of an index that is in use elsewhere.</summary>
    public void RenewIdentity()
    {
        lock (commitLock)
        {
            Identity = Guid.NewGuid();
        }
    }

    /// <summary>True when the index on disk was built by another analysis chain or layout and must be rebuilt from the database.</summary>
    public bool NeedsRebuild { get; private set; }

    /// <summary>
    /// Opens (or creates) the index in <paramref name="path"/> and takes its write lock; its searchers weigh how many of
    /// a query's words match with <paramref name="coordExponent"/> (<see cref="CoordinatingSimilarity"/>).
    /// Throws <see cref="LockObtainFailedException"/> when another process holds it.
    /// </summary>
    internal static ExpertIndex Open(string path, float coordExponent)
    {
        System.IO.Directory.CreateDirectory(path);
        var ownerLock = TakeOwnership(path);
        var directory = new MappedReadDirectory(new DirectoryInfo(path));
        var analyzer = new DanishTextAnalyzer();
        try
        {
            var writer = new IndexWriter(directory, WriterConfig(analyzer, coordExponent));
            return new ExpertIndex(ownerLock, directory, writer, coordExponent, analyzer);
        }
        catch
        {
            directory.Dispose();
            ownerLock.Dispose();
            throw;
        }
    }

    /// <summary>A writer's settings; each writer needs a configuration of its own.</summary>
    private static IndexWriterConfig WriterConfig(DanishTextAnalyzer analyzer, float coordExponent) =>
        new(DanishTextAnalyzer.Version, IndexDocuments.WriterAnalyzer(analyzer))
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new CoordinatingSimilarity(coordExponent),
            RAMBufferSizeMB = 64,
            // A merged segment's tables are read before searches can see it, not by the first search after the merge.
            MergedSegmentWarmer = new SegmentTablesWarmer(analyzer),
        };

    private SearcherManager SearchersOf(IndexWriter writer) =>
        new(writer, applyAllDeletes: true, new WarmingSearcherFactory((CoordinatingSimilarity)writer.Config.Similarity, analyzer));

    /// <summary>
    /// Throws away every write since the last commit (a rebuild abandoned half-way), so that no later commit can
    /// publish it: Lucene closes a writer to roll it back, so a new writer and searcher manager take over. Searches
    /// under way finish on the searcher they hold; the next ones see the last commit, as before.
    /// </summary>
    public void DiscardUncommitted()
    {
        lock (commitLock)
        {
            var previous = searchers;
            writer.Rollback();
            writer = new IndexWriter(directory, WriterConfig(analyzer, coordExponent));
            searchers = SearchersOf(writer);
            previous.Dispose();
        }
    }

    /// <summary>
    /// One process owns an index folder. Lucene.Net's own write lock was seen not to exclude a second process on
    /// Linux, so ownership is an exclusive OS lock on a file of our own, held for the lifetime of this instance
    /// (released by the OS if the process dies).
    /// </summary>
    private static FileStream TakeOwnership(string path)
    {
        try
        {
            return new FileStream(System.IO.Path.Combine(path, OwnerLockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new LockObtainFailedException($"The index in {path} is in use by another process", e);
        }
    }

    /// <summary>Number of people and documents searchable now.</summary>
    public (int People, int Documents) Count()
    {
        return WithSearcher(searcher => (
            searcher.Search(new TermQuery(new Term(IndexFields.Kind, "p")), 1).TotalHits,
            searcher.Search(new TermQuery(new Term(IndexFields.Kind, "d")), 1).TotalHits));
    }

    public void Upsert(IndexedPerson person) =>
        writer.UpdateDocument(new Term(IndexFields.Id, IndexFields.PersonId(person.Key)), IndexDocuments.ForPerson(person));

    public void Upsert(IndexedDocument document) =>
        writer.UpdateDocument(new Term(IndexFields.Id, IndexFields.DocumentId(document.Key)), IndexDocuments.ForDocument(document));

    public void Upsert(IndexedNetwork network) =>
        writer.UpdateDocument(new Term(IndexFields.Id, IndexFields.NetworkId(network.Key)), IndexDocuments.ForNetwork(network));

    public void Upsert(IndexedCompetence competence) =>
        writer.UpdateDocument(new Term(IndexFields.Id, IndexFields.CompetenceId(competence.Key)), IndexDocuments.ForCompetence(competence));

    public void DeleteNetwork(string key) => writer.DeleteDocuments(new Term(IndexFields.Id, IndexFields.NetworkId(key)));

    public void DeleteCompetence(string key) => writer.DeleteDocuments(new Term(IndexFields.Id, IndexFields.CompetenceId(key)));

    public void DeletePerson(string key) => writer.DeleteDocuments(new Term(IndexFields.Id, IndexFields.PersonId(key)));

    public void DeleteDocument(string key) => writer.DeleteDocuments(new Term(IndexFields.Id, IndexFields.DocumentId(key)));

    /// <summary>Removes everything; used before a rebuild. Nothing is visible until <see cref="Commit"/>.</summary>
    public void DeleteAll() => writer.DeleteAll();

    /// <summary>
    /// Makes all writes durable and visible to searches, recording <paramref name="position"/> (when given) with them
    /// in the same commit, so that the index on disk always says how far it had followed its source.
    /// </summary>
    public void Commit(ulong? position = null)
    {
        lock (commitLock)
        {
            var data = new Dictionary<string, string> { [FormatKey] = format, [IdentityKey] = Identity.ToString() };
            var recorded = position ?? Position;
            if (recorded is { } value)
            {
                data[PositionKey] = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            writer.SetCommitData(data);
            writer.Commit();
            Position = recorded;
            NeedsRebuild = false;
            searchers.MaybeRefreshBlocking();
        }
    }

    /// <summary>Runs <paramref name="read"/> on the tables of the current searcher's reader (<see cref="IndexSnapshot"/>).</summary>
    internal T WithSnapshot<T>(Func<IndexSnapshot, T> read) => WithSearcher(searcher => read(IndexSnapshot.For(searcher.IndexReader, analyzer)));

    /// <summary>The analysis chain of this index, for the searches over it and the tools that measure them against bare Lucene.</summary>
    internal DanishTextAnalyzer Analyzer => analyzer;

    /// <summary>Runs <paramref name="read"/> on the current searcher: searches, and diagnostics and benchmarks of the bare engine.</summary>
    internal T WithSearcher<T>(Func<IndexSearcher, T> read)
    {
        // The manager the searcher came from takes it back, even if a rollback has replaced it meanwhile.
        var manager = searchers;
        IndexSearcher searcher;
        while (!TryAcquire(manager, out searcher))
        {
            manager = searchers;
        }
        try
        {
            return read(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>False when a rollback disposed the manager between reading the field and acquiring from it.</summary>
    private static bool TryAcquire(SearcherManager manager, out IndexSearcher searcher)
    {
        try
        {
            searcher = manager.Acquire();
            return true;
        }
        catch (ObjectDisposedException)
        {
            searcher = null!;
            return false;
        }
    }

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
        ownerLock.Dispose();
    }

    /// <summary>
    /// Builds each new reader's tables while it is opened (in <see cref="Commit"/>), so that no search waits for them;
    /// only new segments are read (<see cref="SegmentTables"/>).
    /// </summary>
    private sealed class WarmingSearcherFactory(CoordinatingSimilarity similarity, DanishTextAnalyzer analyzer) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            IndexSnapshot.For(reader, analyzer);
            return new IndexSearcher(reader) { Similarity = similarity };
        }
    }

    private sealed class SegmentTablesWarmer(DanishTextAnalyzer analyzer) : IndexWriter.IndexReaderWarmer
    {
        public override void Warm(AtomicReader reader) => SegmentTables.For(reader, analyzer);
    }
}
