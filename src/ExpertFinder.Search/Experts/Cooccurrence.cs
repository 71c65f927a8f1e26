using ExpertFinder.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ExpertFinder.Search.Experts;

/// <summary>
/// How many entries (people, documents, networks, competences) use two words together, counted by intersecting the
/// postings of their spelling terms: the rarer list leads and the other skips ahead to it. Counting stops at
/// <see cref="SpellingOptions.CooccurrenceCap"/> entries or <see cref="SpellingOptions.IntersectionSteps"/> steps, and
/// a query intersects at most <see cref="SpellingOptions.MaxIntersections"/> pairs; each pair is counted once.
/// </summary>
internal sealed class Cooccurrence(TermStates terms, SpellingOptions options, SpellingWork work)
{
    private readonly Dictionary<(string, string), int> counted = [];

    public int Count(string a, string b)
    {
        if (a == b)
        {
            return 0;
        }
        var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        if (counted.TryGetValue(key, out var count))
        {
            return count;
        }
        if (work.Intersections >= options.MaxIntersections)
        {
            return 0;
        }
        work.Intersections++;
        return counted[key] = Intersect(a, b);
    }

    private int Intersect(string a, string b)
    {
        var first = terms.Context(IndexFields.Spelling, a);
        var second = terms.Context(IndexFields.Spelling, b);
        if (first.DocFreq == 0 || second.DocFreq == 0)
        {
            return 0;
        }
        var (lead, follow, leadText, followText) = first.DocFreq <= second.DocFreq ? (first, second, a, b) : (second, first, b, a);
        var count = 0;
        var steps = 0;
        var leaves = terms.Reader.Leaves;
        for (var i = 0; i < leaves.Count && count < options.CooccurrenceCap && steps < options.IntersectionSteps; i++)
        {
            var leaf = leaves[i];
            if (lead.Get(leaf.Ord) is not { } leadState || follow.Get(leaf.Ord) is not { } followState)
            {
                continue;
            }
            var leading = Postings(leaf, leadText, leadState);
            var following = Postings(leaf, followText, followState);
            for (var doc = leading.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = leading.NextDoc())
            {
                if (++steps > options.IntersectionSteps)
                {
                    break;
                }
                var other = following.DocID < doc ? following.Advance(doc) : following.DocID;
                if (other == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }
                if (other == doc && ++count >= options.CooccurrenceCap)
                {
                    break;
                }
            }
        }
        work.PostingsSteps += steps;
        return count;
    }

    private static DocsEnum Postings(AtomicReaderContext leaf, string text, TermState state)
    {
        var reader = leaf.AtomicReader;
        var enumerator = reader.GetTerms(IndexFields.Spelling)!.GetEnumerator();
        enumerator.SeekExact(new BytesRef(text), state);
        return enumerator.Docs(reader.LiveDocs, null, DocsFlags.NONE);
    }
}
