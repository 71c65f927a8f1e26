using Lucene.Net.Index;

namespace ExpertFinder.Search.Indexing;

/// <summary>The networks in one reader, by key and document.</summary>
internal sealed class NetworkTable
{
    private readonly Dictionary<string, NetworkEntry> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<int, NetworkEntry> byDoc = [];

    public NetworkTable(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            var values = new DocValueReader(leaf.AtomicReader);
            for (var doc = 0; doc < values.MaxDoc; doc++)
            {
                if (!values.IsLive(doc) || values.One(IndexFields.NetworkKey, doc) is not { } key)
                {
                    continue;
                }
                var facts = DocValueReader.Split(values.One(IndexFields.NetworkFacts, doc) ?? "project" + IndexFields.Separator + "active");
                var members = values.Many(IndexFields.NetworkMembers, doc).Select(DocValueReader.Split).Select(p => new NetworkMember(p[0], p[1])).ToArray();
                var entry = new NetworkEntry(key, values.One(IndexFields.NetworkName, doc) ?? key, facts[0], facts[1], members);
                byKey[key] = entry;
                byDoc[leaf.DocBase + doc] = entry;
            }
        }
    }

    public IEnumerable<NetworkEntry> All => byKey.Values;

    public NetworkEntry? ByKey(string key) => byKey.GetValueOrDefault(key);

    public NetworkEntry? ByDoc(int doc) => byDoc.GetValueOrDefault(doc);
}

internal sealed record NetworkEntry(string Key, string Name, string Kind, string Status, NetworkMember[] Members);
