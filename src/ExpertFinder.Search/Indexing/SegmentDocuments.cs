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
    private readonly int[] authorStart;
    private readonly string[] authors;
    private readonly int[] mentionStart;
    private readonly string[] mentions;

    public SegmentDocuments(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        isDocument = new bool[maxDoc];
        days = new int[maxDoc];
        Array.Fill(days, NoDate);
        var keys = reader.GetSortedDocValues(IndexFields.DocumentKey);
        if (keys is null)
        {
            (authorStart, authors, mentionStart, mentions) = ([0], [], [0], []);
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
        (authorStart, authors) = ReadSets(reader, IndexFields.DocumentAuthor, isDocument);
        (mentionStart, mentions) = ReadSets(reader, IndexFields.DocumentMention, isDocument);
    }

    /// <summary>The newest date of any document in the segment (deleted ones included) as a day number; <see cref="int.MinValue"/> when none.</summary>
    public int Newest { get; } = NoDate;

    public int MaxDoc => isDocument.Length;

    public bool IsDocument(int doc) => isDocument[doc];

    public DateOnly? Date(int doc) => days[doc] == NoDate ? null : DateOnly.FromDayNumber(days[doc]);

    public int Day(int doc) => days[doc];

    public ReadOnlySpan<string> Authors(int doc) => authors.AsSpan(authorStart[doc], authorStart[doc + 1] - authorStart[doc]);

    public ReadOnlySpan<string> Mentions(int doc) => mentions.AsSpan(mentionStart[doc], mentionStart[doc + 1] - mentionStart[doc]);

    /// <summary>A multi-valued field as one array of values with each document's start in it; each distinct value decoded once.</summary>
    private static (int[] Start, string[] Values) ReadSets(AtomicReader reader, string field, bool[] isDocument)
    {
        var start = new int[isDocument.Length + 1];
        var sets = reader.GetSortedSetDocValues(field);
        if (sets is null)
        {
            return (start, []);
        }
        var decoded = new string?[checked((int)sets.ValueCount)];
        var values = new List<string>();
        var scratch = new BytesRef();
        for (var doc = 0; doc < isDocument.Length; doc++)
        {
            start[doc] = values.Count;
            if (!isDocument[doc])
            {
                continue;
            }
            sets.SetDocument(doc);
            long ord;
            while ((ord = sets.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                if (decoded[ord] is not { } value)
                {
                    sets.LookupOrd(ord, scratch);
                    value = scratch.Utf8ToString();
                    decoded[ord] = value;
                }
                values.Add(value);
            }
        }
        start[isDocument.Length] = values.Count;
        return (start, values.ToArray());
    }
}
