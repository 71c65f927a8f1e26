using Lucene.Net.Index;

namespace ExpertFinder.Search.Indexing;

/// <summary>Who wrote and who is named in each document of one reader, and the newest date (the reference for recency).</summary>
internal sealed class DocumentTable
{
    private readonly Dictionary<int, DocumentEntry> byDoc = [];

    public DocumentTable(IndexReader reader)
    {
        var newest = int.MinValue;
        foreach (var leaf in reader.Leaves)
        {
            var values = new DocValueReader(leaf.AtomicReader);
            for (var doc = 0; doc < values.MaxDoc; doc++)
            {
                if (!values.IsLive(doc) || values.One(IndexFields.DocumentKey, doc) is not { } key)
                {
                    continue;
                }
                var day = values.Number(IndexFields.DocumentDate, doc);
                var entry = new DocumentEntry(key, values.One(IndexFields.DocumentTitle, doc) ?? key,
                    [.. values.Many(IndexFields.DocumentAuthor, doc)], [.. values.Many(IndexFields.DocumentMention, doc)],
                    day is { } d ? DateOnly.FromDayNumber((int)d) : null);
                byDoc[leaf.DocBase + doc] = entry;
                if (day is { } value)
                {
                    newest = Math.Max(newest, (int)value);
                }
            }
        }
        Newest = newest == int.MinValue ? null : DateOnly.FromDayNumber(newest);
    }

    public IEnumerable<DocumentEntry> All => byDoc.Values;

    public DateOnly? Newest { get; }

    public DocumentEntry? ByDoc(int doc) => byDoc.GetValueOrDefault(doc);
}

internal sealed record DocumentEntry(string Key, string Title, string[] Authors, string[] Mentions, DateOnly? Date);
