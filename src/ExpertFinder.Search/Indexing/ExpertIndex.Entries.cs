using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ExpertFinder.Search.Indexing;

/// <summary>The four kinds of entry the index holds.</summary>
public enum IndexEntryKind
{
    Person,
    Document,
    Network,
    Competence,
}

/// <summary>One live entry of the index: its kind, its key, and the fingerprint of the record it was built from (null when it has none).</summary>
public readonly record struct IndexEntry(IndexEntryKind Kind, string Key, ContentFingerprint? Fingerprint);

/// <summary>
/// What the index holds, entry by entry, for comparing it with its source: read from the ids' terms and the
/// fingerprints' doc values of the committed index, never from stored fields, so that a million entries are read
/// in a second or two.
/// </summary>
public sealed partial class ExpertIndex
{
    /// <summary>
    /// Calls <paramref name="read"/> for every live entry of the committed index, all from one point in time; an
    /// id held by two live entries (which no write of this index makes) is read twice.
    /// </summary>
    public void ReadEntries(Action<IndexEntry> read) => WithSearcher(searcher =>
    {
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var segment = leaf.AtomicReader;
            if (segment.GetTerms(IndexFields.Id) is not { } ids)
            {
                continue;
            }
            var fingerprints = new SegmentFingerprints(segment);
            var terms = ids.GetEnumerator();
            DocsEnum? docs = null;
            while (terms.MoveNext())
            {
                if (!TryParseId(terms.Term, out var kind, out var key))
                {
                    continue;
                }
                docs = terms.Docs(segment.LiveDocs, docs, DocsFlags.NONE);
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    read(new IndexEntry(kind, key, fingerprints.Of(doc)));
                }
            }
        }
        return 0;
    });

    /// <summary>Calls <paramref name="read"/> for every live entry of the committed index of one of <paramref name="keys"/> of one kind.</summary>
    public void ReadEntries(IndexEntryKind kind, IReadOnlyCollection<string> keys, Action<IndexEntry> read) => WithSearcher(searcher =>
    {
        var ids = keys.Distinct(StringComparer.Ordinal).Select(key => (Key: key, Id: new BytesRef(IdOf(kind, key)))).ToList();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var segment = leaf.AtomicReader;
            if (segment.GetTerms(IndexFields.Id) is not { } terms)
            {
                continue;
            }
            var fingerprints = new SegmentFingerprints(segment);
            var seek = terms.GetEnumerator();
            DocsEnum? docs = null;
            foreach (var (key, id) in ids)
            {
                if (!seek.SeekExact(id))
                {
                    continue;
                }
                docs = seek.Docs(segment.LiveDocs, docs, DocsFlags.NONE);
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    read(new IndexEntry(kind, key, fingerprints.Of(doc)));
                }
            }
        }
        return 0;
    });

    /// <summary>
    /// The identity recorded in the last commit of the index in <paramref name="path"/>, read without taking the
    /// index (another process may hold it and go on committing); null when there is no index there, or no identity.
    /// </summary>
    public static Guid? IdentityOf(string path)
    {
        if (!System.IO.Directory.Exists(path))
        {
            return null;
        }
        using var directory = FSDirectory.Open(new DirectoryInfo(path));
        if (!DirectoryReader.IndexExists(directory))
        {
            return null;
        }
        var commit = new SegmentInfos();
        // Finds the newest commit and retries when a commit of the owner replaces it meanwhile.
        commit.Read(directory);
        return commit.UserData.TryGetValue(IdentityKey, out var identity) && Guid.TryParse(identity, out var known) ? known : null;
    }

    private static string IdOf(IndexEntryKind kind, string key) => kind switch
    {
        IndexEntryKind.Person => IndexFields.PersonId(key),
        IndexEntryKind.Document => IndexFields.DocumentId(key),
        IndexEntryKind.Network => IndexFields.NetworkId(key),
        IndexEntryKind.Competence => IndexFields.CompetenceId(key),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of entry"),
    };

    /// <summary>An id term ("p:key", see <see cref="IndexFields.PersonId"/>) as kind and key.</summary>
    private static bool TryParseId(BytesRef term, out IndexEntryKind kind, out string key)
    {
        kind = default;
        key = "";
        if (term.Length < 2 || term.Bytes[term.Offset + 1] != (byte)':')
        {
            return false;
        }
        IndexEntryKind? parsed = (char)term.Bytes[term.Offset] switch
        {
            'p' => IndexEntryKind.Person,
            'd' => IndexEntryKind.Document,
            'n' => IndexEntryKind.Network,
            'c' => IndexEntryKind.Competence,
            _ => null,
        };
        if (parsed is not { } known)
        {
            return false;
        }
        kind = known;
        key = System.Text.Encoding.UTF8.GetString(term.Bytes, term.Offset + 2, term.Length - 2);
        return true;
    }

    /// <summary>The fingerprints of one segment's entries.</summary>
    private sealed class SegmentFingerprints(AtomicReader segment)
    {
        private readonly BinaryDocValues? values = segment.GetBinaryDocValues(IndexFields.Fingerprint);
        private readonly IBits? present = segment.GetDocsWithField(IndexFields.Fingerprint);
        private readonly BytesRef scratch = new();

        public ContentFingerprint? Of(int doc)
        {
            if (values is null || present is null || !present.Get(doc))
            {
                return null;
            }
            values.Get(doc, scratch);
            return scratch.Length == ContentFingerprint.Size ? ContentFingerprint.Read(scratch.Bytes.AsSpan(scratch.Offset, scratch.Length)) : null;
        }
    }
}
