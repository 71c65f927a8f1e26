using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ExpertFinder.Search.Indexing;

/// <summary>
/// The people searchable in one reader (live person documents), built once per reader and cached with it,
/// so that crediting a document's author is a dictionary lookup rather than a search.
/// </summary>
internal sealed class PersonCatalog
{
    private static readonly ConditionalWeakTable<IndexReader, PersonCatalog> Cache = [];

    private readonly Dictionary<string, int> ordinalByKey = new(StringComparer.Ordinal);
    private readonly List<string> keys = [];
    private readonly Dictionary<int, int> ordinalByDoc = [];

    private PersonCatalog(IndexReader reader)
    {
        var scratch = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetSortedDocValues(IndexFields.PersonKey);
            if (values is null)
            {
                continue;
            }
            var live = leaf.AtomicReader.LiveDocs;
            var docsWithKey = leaf.AtomicReader.GetDocsWithField(IndexFields.PersonKey);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if ((live is not null && !live.Get(doc)) || !docsWithKey.Get(doc))
                {
                    continue;
                }
                values.Get(doc, scratch);
                var key = scratch.Utf8ToString();
                ordinalByKey[key] = keys.Count;
                ordinalByDoc[leaf.DocBase + doc] = keys.Count;
                keys.Add(key);
            }
        }
    }

    public static PersonCatalog For(IndexReader reader) => Cache.GetValue(reader, r => new PersonCatalog(r));

    public int OrdinalOf(string personKey) => ordinalByKey.GetValueOrDefault(personKey, -1);

    public int OrdinalOfPersonDoc(int doc) => ordinalByDoc.GetValueOrDefault(doc, -1);

    public string KeyAt(int ordinal) => keys[ordinal];
}
