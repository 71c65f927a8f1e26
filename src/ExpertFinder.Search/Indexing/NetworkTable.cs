using Lucene.Net.Index;

namespace ExpertFinder.Search.Indexing;

/// <summary>The networks in one reader, by key and document.</summary>
internal sealed class NetworkTable
{
    private readonly Dictionary<string, NetworkEntry> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<int, NetworkEntry> byDoc = [];

    public NetworkTable(IndexReader reader, Func<AtomicReader, SegmentTables> tables)
    {
        foreach (var leaf in reader.Leaves)
        {
            var live = leaf.AtomicReader.LiveDocs;
            foreach (var (doc, entry) in tables(leaf.AtomicReader).Networks)
            {
                if (live is null || live.Get(doc))
                {
                    byKey[entry.Key] = entry;
                    byDoc[leaf.DocBase + doc] = entry;
                }
            }
        }
    }

    public static NetworkEntry Read(DocValueReader values, int doc, string key)
    {
        var facts = DocValueReader.Split(values.One(IndexFields.NetworkFacts, doc) ?? "project" + IndexFields.Separator + "active");
        var members = values.Many(IndexFields.NetworkMembers, doc).Select(DocValueReader.Split).Select(p => new NetworkMember(p[0], p[1])).ToArray();
        return new NetworkEntry(key, values.One(IndexFields.NetworkName, doc) ?? key, facts[0], facts[1], members);
    }

    public IEnumerable<NetworkEntry> All => byKey.Values;

    public NetworkEntry? ByKey(string key) => byKey.GetValueOrDefault(key);

    public NetworkEntry? ByDoc(int doc) => byDoc.GetValueOrDefault(doc);
}

internal sealed record NetworkEntry(string Key, string Name, string Kind, string Status, NetworkMember[] Members);
