using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ExpertFinder.Search.Indexing;

/// <summary>
/// A multi-valued key field of one segment's documents (authors, people named), as each document's run of ordinals
/// into the segment's distinct keys. Ranking reads the ordinals, which a reader maps to its people once per key
/// (<see cref="PersonOrdinals"/>) instead of looking up a key string for every hit.
/// </summary>
internal sealed class KeySets
{
    private readonly int[] start;
    private readonly int[] ordinals;

    private KeySets(int[] start, int[] ordinals, string[] keys)
    {
        this.start = start;
        this.ordinals = ordinals;
        Keys = keys;
    }

    /// <summary>The segment's distinct keys, by ordinal (in byte order).</summary>
    public string[] Keys { get; }

    public ReadOnlySpan<int> Ordinals(int doc) => ordinals.AsSpan(start[doc], start[doc + 1] - start[doc]);

    /// <summary>The document's keys as strings (allocates): for whole entries and whole-index walks, not per hit.</summary>
    public string[] KeysOf(int doc)
    {
        var found = Ordinals(doc);
        var keys = new string[found.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = Keys[found[i]];
        }
        return keys;
    }

    /// <summary>Reads <paramref name="field"/> for the documents marked in <paramref name="isDocument"/>; each distinct key decoded once.</summary>
    public static KeySets Read(AtomicReader reader, string field, bool[] isDocument)
    {
        var start = new int[isDocument.Length + 1];
        var sets = reader.GetSortedSetDocValues(field);
        if (sets is null)
        {
            return new KeySets(start, [], []);
        }
        var keys = new string[checked((int)sets.ValueCount)];
        var scratch = new BytesRef();
        for (var ord = 0; ord < keys.Length; ord++)
        {
            sets.LookupOrd(ord, scratch);
            keys[ord] = scratch.Utf8ToString();
        }
        var ordinals = new List<int>();
        for (var doc = 0; doc < isDocument.Length; doc++)
        {
            start[doc] = ordinals.Count;
            if (!isDocument[doc])
            {
                continue;
            }
            sets.SetDocument(doc);
            long ord;
            while ((ord = sets.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ordinals.Add((int)ord);
            }
        }
        start[isDocument.Length] = ordinals.Count;
        return new KeySets(start, ordinals.ToArray(), keys);
    }
}
