using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ExpertFinder.Search.Indexing;

/// <summary>
/// Reads one segment's doc values as strings, decoding each distinct value once: the tables built from them
/// repeat the same unit, role and competence values many times.
/// </summary>
internal sealed class DocValueReader(AtomicReader reader)
{
    private readonly Dictionary<string, (SortedDocValues? Values, Dictionary<int, string> Decoded)> single = [];
    private readonly Dictionary<string, (SortedSetDocValues? Values, Dictionary<long, string> Decoded)> sets = [];
    private readonly Dictionary<string, (NumericDocValues? Values, IBits? Present)> numbers = [];
    private readonly BytesRef scratch = new();

    public IBits? LiveDocs { get; } = reader.LiveDocs;

    public int MaxDoc { get; } = reader.MaxDoc;

    public bool IsLive(int doc) => LiveDocs is null || LiveDocs.Get(doc);

    /// <summary>The value of a single-valued field, or null when the document has none.</summary>
    public string? One(string field, int doc)
    {
        if (!single.TryGetValue(field, out var entry))
        {
            entry = (reader.GetSortedDocValues(field), []);
            single[field] = entry;
        }
        if (entry.Values is null)
        {
            return null;
        }
        var ord = entry.Values.GetOrd(doc);
        if (ord < 0)
        {
            return null;
        }
        if (!entry.Decoded.TryGetValue(ord, out var value))
        {
            entry.Values.LookupOrd(ord, scratch);
            value = scratch.Utf8ToString();
            entry.Decoded[ord] = value;
        }
        return value;
    }

    /// <summary>The values of a multi-valued field in byte order.</summary>
    public List<string> Many(string field, int doc)
    {
        if (!sets.TryGetValue(field, out var entry))
        {
            entry = (reader.GetSortedSetDocValues(field), []);
            sets[field] = entry;
        }
        var result = new List<string>();
        if (entry.Values is null)
        {
            return result;
        }
        entry.Values.SetDocument(doc);
        long ord;
        while ((ord = entry.Values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            if (!entry.Decoded.TryGetValue(ord, out var value))
            {
                entry.Values.LookupOrd(ord, scratch);
                value = scratch.Utf8ToString();
                entry.Decoded[ord] = value;
            }
            result.Add(value);
        }
        return result;
    }

    public long? Number(string field, int doc)
    {
        if (!numbers.TryGetValue(field, out var entry))
        {
            entry = (reader.GetNumericDocValues(field), reader.GetDocsWithField(field));
            numbers[field] = entry;
        }
        return entry.Values is null || entry.Present is null || !entry.Present.Get(doc) ? null : entry.Values.Get(doc);
    }

    public static string[] Split(string value) => value.Split(IndexFields.Separator);
}
