using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ExpertFinder.Search.Indexing;

/// <summary>
/// The documents of one reader: its segments' tables (<see cref="SegmentDocuments"/>, shared with every other reader of
/// the same segments) seen through this reader's deletions, and the newest date (the reference for recency).
/// </summary>
internal sealed class DocumentTable
{
    private readonly IList<AtomicReaderContext> leaves;
    private readonly int[] docStarts;
    private readonly SegmentDocuments[] segments;
    private readonly SegmentPeople[] credited;

    public DocumentTable(IndexReader reader, Func<AtomicReader, SegmentTables> tables, PersonTable personTable)
    {
        leaves = reader.Leaves;
        docStarts = leaves.Select(l => l.DocBase).ToArray();
        segments = leaves.Select(l => tables(l.AtomicReader).Documents).ToArray();
        credited = segments.Select(s => new SegmentPeople(new PersonOrdinals(s.Authors, personTable), new PersonOrdinals(s.Mentions, personTable))).ToArray();
        var newest = int.MinValue;
        for (var i = 0; i < segments.Length; i++)
        {
            newest = Math.Max(newest, NewestLive(segments[i], leaves[i].AtomicReader.LiveDocs));
        }
        Newest = newest == int.MinValue ? null : DateOnly.FromDayNumber(newest);
    }

    public DateOnly? Newest { get; }

    /// <summary>The live document <paramref name="doc"/> (a top-level document number) as its segment's table and number in it.</summary>
    public bool TryFind(int doc, out SegmentDocuments segment, out int local) => TryFind(doc, out segment, out local, out _);

    /// <summary>As <see cref="TryFind(int, out SegmentDocuments, out int)"/>, with the people the segment's documents credit, as this reader's people.</summary>
    public bool TryFind(int doc, out SegmentDocuments segment, out int local, out SegmentPeople people)
    {
        var leaf = ReaderUtil.SubIndex(doc, docStarts);
        segment = segments[leaf];
        people = credited[leaf];
        local = doc - docStarts[leaf];
        var live = leaves[leaf].AtomicReader.LiveDocs;
        return segment.IsDocument(local) && (live is null || live.Get(local));
    }

    /// <summary>The whole entry of a live document, with its key and title read from doc values; for the page shown.</summary>
    public DocumentEntry? ByDoc(int doc)
    {
        if (!TryFind(doc, out var segment, out var local))
        {
            return null;
        }
        return Entry(leaves[ReaderUtil.SubIndex(doc, docStarts)].AtomicReader, segment, local, new BytesRef());
    }

    /// <summary>Every live document with two authors or more, for the colleague graph (<see cref="SegmentDocuments.CoAuthored"/>).</summary>
    public IEnumerable<CoAuthoredDocument> CoAuthored()
    {
        for (var i = 0; i < segments.Length; i++)
        {
            var reader = leaves[i].AtomicReader;
            var live = reader.LiveDocs;
            foreach (var document in segments[i].CoAuthored(reader))
            {
                if (live is null || live.Get(document.Doc))
                {
                    yield return document;
                }
            }
        }
    }

    /// <summary>Authors per live document, without keys or titles: the cheap whole-index walk (counts per author).</summary>
    public IEnumerable<string[]> AllAuthors
    {
        get
        {
            for (var i = 0; i < segments.Length; i++)
            {
                var live = leaves[i].AtomicReader.LiveDocs;
                for (var doc = 0; doc < segments[i].MaxDoc; doc++)
                {
                    if (segments[i].IsDocument(doc) && (live is null || live.Get(doc)))
                    {
                        yield return segments[i].Authors.KeysOf(doc);
                    }
                }
            }
        }
    }

    /// <summary>The keys of the live documents written by or naming any of <paramref name="people"/>.</summary>
    public List<string> KeysNaming(IReadOnlySet<string> people)
    {
        var found = new List<string>();
        var scratch = new BytesRef();
        for (var i = 0; i < segments.Length; i++)
        {
            var reader = leaves[i].AtomicReader;
            var live = reader.LiveDocs;
            var keys = reader.GetSortedDocValues(IndexFields.DocumentKey);
            for (var doc = 0; doc < segments[i].MaxDoc; doc++)
            {
                if (!segments[i].IsDocument(doc) || (live is not null && !live.Get(doc)) || !(Names(segments[i].Authors, doc, people) || Names(segments[i].Mentions, doc, people)))
                {
                    continue;
                }
                keys.Get(doc, scratch);
                found.Add(scratch.Utf8ToString());
            }
        }
        return found;
    }

    private static bool Names(KeySets sets, int doc, IReadOnlySet<string> people)
    {
        foreach (var ordinal in sets.Ordinals(doc))
        {
            if (people.Contains(sets.Keys[ordinal]))
            {
                return true;
            }
        }
        return false;
    }

    private static DocumentEntry Entry(AtomicReader reader, SegmentDocuments segment, int doc, BytesRef scratch)
    {
        reader.GetSortedDocValues(IndexFields.DocumentKey).Get(doc, scratch);
        var key = scratch.Utf8ToString();
        var title = key;
        if (reader.GetSortedDocValues(IndexFields.DocumentTitle) is { } titles && titles.GetOrd(doc) >= 0)
        {
            titles.Get(doc, scratch);
            title = scratch.Utf8ToString();
        }
        return new DocumentEntry(key, title, segment.Authors.KeysOf(doc), segment.Mentions.KeysOf(doc), segment.Date(doc));
    }

    /// <summary>The segment's newest date among its live documents; only a segment with deletions needs a look at each.</summary>
    private static int NewestLive(SegmentDocuments segment, IBits? live)
    {
        if (live is null)
        {
            return segment.Newest;
        }
        var newest = int.MinValue;
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            if (segment.IsDocument(doc) && live.Get(doc))
            {
                newest = Math.Max(newest, segment.Day(doc));
            }
        }
        return newest;
    }
}

/// <summary>The people one segment's documents credit, as one reader's people.</summary>
internal sealed record SegmentPeople(PersonOrdinals Authors, PersonOrdinals Mentions);

internal sealed record DocumentEntry(string Key, string Title, string[] Authors, string[] Mentions, DateOnly? Date);
