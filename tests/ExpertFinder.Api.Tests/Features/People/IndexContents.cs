using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ExpertFinder.Api.Tests.Features.People;

/// <summary>
/// What the search index on disk holds for its live entries, read with Lucene itself rather than through the
/// server: every stored field and every doc value (names, keys, authors, mentions, members), field by field.
/// </summary>
internal static class IndexContents
{
    /// <summary>Each (field, value) of every live entry of the last commit.</summary>
    public static List<(string Field, string Value)> LiveValues(string indexPath)
    {
        var values = new List<(string, string)>();
        using var directory = FSDirectory.Open(new DirectoryInfo(indexPath));
        using var reader = DirectoryReader.Open(directory);
        var scratch = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }
                foreach (var field in segment.Document(doc).Fields)
                {
                    if (field.GetStringValue() is { } stored)
                    {
                        values.Add((field.Name, stored));
                    }
                }
                foreach (var info in segment.FieldInfos)
                {
                    switch (info.DocValuesType)
                    {
                        case DocValuesType.SORTED:
                            var sorted = segment.GetSortedDocValues(info.Name);
                            if (sorted.GetOrd(doc) >= 0)
                            {
                                sorted.Get(doc, scratch);
                                values.Add((info.Name, scratch.Utf8ToString()));
                            }
                            break;
                        case DocValuesType.SORTED_SET:
                            var set = segment.GetSortedSetDocValues(info.Name);
                            set.SetDocument(doc);
                            for (var ord = set.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = set.NextOrd())
                            {
                                set.LookupOrd(ord, scratch);
                                values.Add((info.Name, scratch.Utf8ToString()));
                            }
                            break;
                        case DocValuesType.BINARY:
                            // Bytes, not text (the entries' fingerprints): in hex.
                            segment.GetBinaryDocValues(info.Name).Get(doc, scratch);
                            values.Add((info.Name, Convert.ToHexString(scratch.Bytes, scratch.Offset, scratch.Length)));
                            break;
                    }
                }
            }
        }
        return values;
    }
}
