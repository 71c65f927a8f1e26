using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ExpertFinder.Search.Indexing;

/// <summary>
/// What ranking needs of each document of one segment, as flat arrays indexed by segment-local document number: the
/// date, the authors and the people named. A hit then costs an array read rather than a doc-values decode; keys and
/// titles, needed only for the page shown, are read from doc values when asked for.
/// </summary>
internal sealed class SegmentDocuments
{
    private const int NoDate = int.MinValue;

    private readonly bool[] isDocument;
    private readonly int[] days;

    public SegmentDocuments(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        isDocument = new bool[maxDoc];
        days = new int[maxDoc];
        Array.Fill(days, NoDate);
        var keys = reader.GetSortedDocValues(IndexFields.DocumentKey);
        if (keys is null)
        {
            Authors = KeySets.Read(reader, IndexFields.DocumentAuthor, isDocument);
            Mentions = KeySets.Read(reader, IndexFields.DocumentMention, isDocument);
            return;
        }
        var newest = NoDate;
        var dates = reader.GetNumericDocValues(IndexFields.DocumentDate);
        var dated = reader.GetDocsWithField(IndexFields.DocumentDate);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            if (keys.GetOrd(doc) < 0)
            {
                continue;
            }
            isDocument[doc] = true;
            if (dates is not null && dated is not null && dated.Get(doc))
            {
                days[doc] = (int)dates.Get(doc);
                newest = Math.Max(newest, days[doc]);
            }
        }
        Newest = newest;
        Authors = KeySets.Read(reader, IndexFields.DocumentAuthor, isDocument);
        Mentions = KeySets.Read(reader, IndexFields.DocumentMention, isDocument);
    }

    /// <summary>The newest date of any document in the segment (deleted ones included) as a day number; <see cref="int.MinValue"/> when none.</summary>
    public int Newest { get; } = NoDate;

    public int MaxDoc => isDocument.Length;

    public bool IsDocument(int doc) => isDocument[doc];

    public DateOnly? Date(int doc) => days[doc] == NoDate ? null : DateOnly.FromDayNumber(days[doc]);

    public int Day(int doc) => days[doc];

    /// <summary>The authors of each document.</summary>
    public KeySets Authors { get; }

    /// <summary>The people named in each document.</summary>
    public KeySets Mentions { get; }

    private CoAuthoredDocument[]? coAuthored;

    /// <summary>
    /// The segment's documents with two authors or more, with key and title, deleted ones included: read once per
    /// segment, since every reader builds its colleague graph anew and most of its segments are those of the reader
    /// before. <paramref name="reader"/> is any reader of this segment (doc values do not change with deletions).
    /// </summary>
    public CoAuthoredDocument[] CoAuthored(AtomicReader reader) => LazyInitializer.EnsureInitialized(ref coAuthored, () =>
    {
        var found = new List<CoAuthoredDocument>();
        var keys = reader.GetSortedDocValues(IndexFields.DocumentKey);
        var titles = reader.GetSortedDocValues(IndexFields.DocumentTitle);
        var scratch = new BytesRef();
        for (var doc = 0; doc < MaxDoc; doc++)
        {
            if (!isDocument[doc] || Authors.Ordinals(doc).Length < 2)
            {
                continue;
            }
            keys.Get(doc, scratch);
            var key = scratch.Utf8ToString();
            var title = key;
            if (titles is not null && titles.GetOrd(doc) >= 0)
            {
                titles.Get(doc, scratch);
                title = scratch.Utf8ToString();
            }
            found.Add(new CoAuthoredDocument(doc, key, title, Authors.KeysOf(doc)));
        }
        return found.ToArray();
    });
}

/// <summary>A document of a segment, by its number there, that ties its authors together in the colleague graph.</summary>
internal sealed record CoAuthoredDocument(int Doc, string Key, string Title, string[] Authors);
