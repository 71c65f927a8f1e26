using System.Diagnostics.CodeAnalysis;
using Lucene.Net.Index;

namespace ExpertFinder.Search.Indexing;

/// <summary>The networks in one reader, by key and document, and their members as the reader's people.</summary>
internal sealed class NetworkTable
{
    private readonly Dictionary<string, NetworkEntry> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> indexByDoc = [];
    private readonly List<NetworkEntry> byIndex = [];
    private readonly PersonTable people;

    /// <summary>
    /// Each network's members as person ordinals, resolved the first time the network is a hit (not at reopen). Concurrent
    /// searches may resolve the same network at once; they store equal arrays, and a reference is written whole.
    /// </summary>
    private readonly int[]?[] memberOrdinals;

    public NetworkTable(IndexReader reader, Func<AtomicReader, SegmentTables> tables, PersonTable people)
    {
        this.people = people;
        foreach (var leaf in reader.Leaves)
        {
            var live = leaf.AtomicReader.LiveDocs;
            foreach (var (doc, entry) in tables(leaf.AtomicReader).Networks)
            {
                if (live is null || live.Get(doc))
                {
                    byKey[entry.Key] = entry;
                    indexByDoc[leaf.DocBase + doc] = byIndex.Count;
                    byIndex.Add(entry);
                }
            }
        }
        memberOrdinals = new int[]?[byIndex.Count];
    }

    public static NetworkEntry Read(DocValueReader values, int doc, string key)
    {
        var facts = DocValueReader.Split(values.One(IndexFields.NetworkFacts, doc) ?? "project" + IndexFields.Separator + "active");
        var members = values.Many(IndexFields.NetworkMembers, doc).Select(DocValueReader.Split).Select(p => new NetworkMember(p[0], p[1])).ToArray();
        return new NetworkEntry(key, values.One(IndexFields.NetworkName, doc) ?? key, facts[0], facts[1], members);
    }

    public IEnumerable<NetworkEntry> All => byKey.Values;

    public NetworkEntry? ByKey(string key) => byKey.GetValueOrDefault(key);

    /// <summary>The live network <paramref name="doc"/>, with its members' person ordinals (-1 for a member not searchable), aligned with its members.</summary>
    public bool TryFind(int doc, [NotNullWhen(true)] out NetworkEntry? network, out int[] members)
    {
        if (!indexByDoc.TryGetValue(doc, out var index))
        {
            (network, members) = (null, []);
            return false;
        }
        network = byIndex[index];
        members = memberOrdinals[index] ??= network.Members.Select(m => people.OrdinalOf(m.PersonKey)).ToArray();
        return true;
    }
}

internal sealed record NetworkEntry(string Key, string Name, string Kind, string Status, NetworkMember[] Members);
