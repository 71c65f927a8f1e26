using Lucene.Net.Index;

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
}
