using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ExpertFinder.Search.Evidence;

/// <summary>
/// The places in a text whose analysed terms are among the query terms, found by running the
/// field's analyzer again over the stored text. Overlapping tokens (a compound and its parts,
/// emitted at the same offsets) are merged into one spot that remembers every term it matched.
/// </summary>
internal sealed class TermHits
{
    private readonly List<Hit> hits = [];
    private readonly List<Spot> spots = [];

    private TermHits(int termCount) => TermCount = termCount;

    /// <summary>How many distinct query terms there are; term ids are below this.</summary>
    public int TermCount { get; }

    /// <summary>Merged, non-overlapping spots sorted by offset.</summary>
    public IReadOnlyList<Spot> Spots => spots;

    /// <summary>The first hit of the spot after <paramref name="spot"/> (the end of its hits).</summary>
    public int HitsEnd(int spot) => spot + 1 < spots.Count ? spots[spot + 1].FirstHit : hits.Count;

    public int TermOfHit(int hit) => hits[hit].Term;

    public static TermHits Find(Analyzer analyzer, string field, string text, int length, IReadOnlySet<string> terms)
    {
        // Ids for the distinct terms, looked up by the token's char buffer so no string is made per token.
        var ids = new Dictionary<string, int>(terms.Count, StringComparer.Ordinal);
        foreach (var term in terms)
        {
            ids.TryAdd(term, ids.Count);
        }
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var result = new TermHits(ids.Count);
        if (ids.Count == 0 || length == 0)
        {
            return result;
        }

        using (var stream = length == text.Length
            ? analyzer.GetTokenStream(field, text)
            : analyzer.GetTokenStream(field, new StringSliceReader(text, length)))
        {
            var termAttribute = stream.AddAttribute<ICharTermAttribute>();
            var offsets = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            var sorted = true;
            while (stream.IncrementToken())
            {
                if (!lookup.TryGetValue(termAttribute.Buffer.AsSpan(0, termAttribute.Length), out var id))
                {
                    continue;
                }
                var start = Math.Clamp(offsets.StartOffset, 0, length);
                var end = Math.Clamp(offsets.EndOffset, start, length);
                if (end == start)
                {
                    continue;
                }
                var hit = new Hit(start, end, id);
                sorted &= result.hits.Count == 0 || Compare(result.hits[^1], hit) <= 0;
                result.hits.Add(hit);
            }
            stream.End();
            if (!sorted)
            {
                result.hits.Sort(Compare);
            }
        }
        result.Merge();
        return result;
    }

    private static int Compare(Hit a, Hit b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End);

    private void Merge()
    {
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (spots.Count > 0 && hit.Start <= spots[^1].End)
            {
                var last = spots[^1];
                spots[^1] = last with { End = Math.Max(last.End, hit.End) };
            }
            else
            {
                spots.Add(new Spot(hit.Start, hit.End, i));
            }
        }
    }

    private readonly record struct Hit(int Start, int End, int Term);

    /// <summary>A highlighted range of the original text and the index of its first hit.</summary>
    internal readonly record struct Spot(int Start, int End, int FirstHit);
}
