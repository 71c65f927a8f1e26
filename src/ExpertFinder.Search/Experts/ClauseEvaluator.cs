using System.Buffers;
using ExpertFinder.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace ExpertFinder.Search.Experts;

/// <summary>
/// The top hits of a planner's query, scored as Lucene scores it but evaluated clause by clause. Each term's postings
/// in a segment are read once into a sorted array of (document, score), with Lucene's own weight and BM25 scorer for
/// that term; the query's disjunctions, conjunctions and best-field choices then merge those arrays with the formulas
/// of Lucene's scorers (<see cref="DisjunctionMaxQuery"/>: best plus tie-breaker times the rest; a boolean query: the
/// sum times coordination, the share of its clauses matched).
/// </summary>
/// <remarks>
/// At a million documents, profiles of the expert search spent most of its time in Lucene.Net's scorer tree, which
/// moves a heap of sub-scorers and makes several virtual calls per posting and level; the bare term scorer underneath
/// is several times cheaper per posting. The queries the planner builds are only boolean queries of SHOULD or of MUST
/// clauses, best-field disjunctions and term queries, and those are what this evaluates; anything else (a query from
/// elsewhere) is left to Lucene. Scores equal Lucene's up to the order in which floats are summed.
/// </remarks>
internal static class ClauseEvaluator
{
    /// <summary>The <paramref name="depth"/> best documents, best first, equal scores in document order (as Lucene's collector).</summary>
    public static ScoreDoc[] Top(IndexSearcher searcher, Query query, int depth, TermStates terms)
    {
        if (depth <= 0)
        {
            return [];
        }
        var root = new Compiler(searcher, terms).Compile(query, 1f);
        if (root is null)
        {
            var collector = TopScoreDocCollector.Create(depth, docsScoredInOrder: true);
            searcher.Search(query, collector);
            return collector.GetTopDocs().ScoreDocs;
        }
        var best = new TopHits(depth);
        foreach (var leaf in searcher.TopReaderContext.Leaves)
        {
            var hits = root.Evaluate(new Segment(leaf, terms), within: null);
            if (hits is null)
            {
                continue;
            }
            for (var i = 0; i < hits.Count; i++)
            {
                best.Offer(leaf.DocBase + hits.Docs[i], hits.Scores[i]);
            }
            hits.Return();
        }
        return best.Ordered();
    }

    /// <summary>Every document the query matches, with its score, in no particular order: for a caller that needs all of them, not the best.</summary>
    public static void Visit(IndexSearcher searcher, Query query, TermStates terms, Action<int, float> visit)
    {
        var root = new Compiler(searcher, terms).Compile(query, 1f);
        if (root is null)
        {
            foreach (var hit in Top(searcher, query, Math.Max(1, searcher.IndexReader.MaxDoc), terms))
            {
                visit(hit.Doc, hit.Score);
            }
            return;
        }
        foreach (var leaf in searcher.TopReaderContext.Leaves)
        {
            var hits = root.Evaluate(new Segment(leaf, terms), within: null);
            if (hits is null)
            {
                continue;
            }
            for (var i = 0; i < hits.Count; i++)
            {
                visit(leaf.DocBase + hits.Docs[i], hits.Scores[i]);
            }
            hits.Return();
        }
    }

    /// <summary>Turns a query into nodes, with each term's weight as Lucene's <c>TermWeight</c> computes it.</summary>
    private sealed class Compiler(IndexSearcher searcher, TermStates terms)
    {
        /// <summary>The query as nodes to evaluate, or null when it holds a kind of query this does not evaluate.</summary>
        public Node? Compile(Query query, float boostAbove)
        {
            switch (query)
            {
                case TermQuery term when term.Term.Field == IndexFields.Absent:
                    return Never.Instance;
                case TermQuery term:
                    return Term(term, boostAbove);
                case DisjunctionMaxQuery best:
                {
                    var children = new List<Node>(best.Disjuncts.Count);
                    foreach (var disjunct in best.Disjuncts)
                    {
                        if (Compile(disjunct, boostAbove * best.Boost) is not { } child)
                        {
                            return null;
                        }
                        children.Add(child);
                    }
                    return new BestFieldNode(children.ToArray(), best.TieBreakerMultiplier);
                }
                case BooleanQuery boolean when boolean.MinimumNumberShouldMatch == 0 && boolean.Clauses.Count > 0
                                               && (boolean.Clauses.All(c => c.Occur == Occur.SHOULD) || boolean.Clauses.All(c => c.Occur == Occur.MUST)):
                {
                    var children = new List<Node>(boolean.Clauses.Count);
                    foreach (var clause in boolean.Clauses)
                    {
                        if (Compile(clause.Query, boostAbove * boolean.Boost) is not { } child)
                        {
                            return null;
                        }
                        children.Add(child);
                    }
                    var maxCoord = children.Count;
                    var coord = new float[maxCoord + 1];
                    for (var matched = 0; matched <= maxCoord; matched++)
                    {
                        coord[matched] = boolean.CoordDisabled || maxCoord == 1 ? 1f : searcher.Similarity.Coord(matched, maxCoord);
                    }
                    if (boolean.Clauses[0].Occur == Occur.MUST)
                    {
                        return new AllNode(children.ToArray(), coord[maxCoord]);
                    }
                    return boolean is WeightedCoordinationQuery weighted
                        ? new AnyNode<ByWeight>(children.ToArray(), new ByWeight(weighted))
                        : new AnyNode<ByCount>(children.ToArray(), new ByCount(coord));
                }
                default:
                    return null;
            }
        }

        /// <summary>As Lucene's term weight: BM25 statistics of the field and term, the term's boost, the boosts above it (no query norm).</summary>
        private TermNode Term(TermQuery query, float boostAbove)
        {
            var term = query.Term;
            var context = terms.Context(term.Field, term.Text);
            var statistics = terms.Statistics(term.Field);
            var similarity = searcher.Similarity;
            var weight = similarity.ComputeWeight(query.Boost, statistics, searcher.TermStatistics(term, context));
            weight.GetValueForNormalization();
            weight.Normalize(1f, boostAbove);
            return new TermNode(term.Field, term.Bytes, context, similarity, weight);
        }
    }

    /// <summary>One segment as the nodes read it, through the search's enumerators (<see cref="TermStates.Postings"/>).</summary>
    private sealed class Segment(AtomicReaderContext context, TermStates terms)
    {
        public AtomicReaderContext Context => context;

        public DocsEnum Postings(string field, BytesRef term, TermState state) => terms.Postings(field, context.Ord, term, state);
    }

    /// <summary>A segment's matches of one node: documents ascending, with their scores, in arrays from the shared pool.</summary>
    private sealed class Hits(int capacity)
    {
        /// <summary>
        /// A query holds many arrays of a size at once (a field's postings in every word), more than the shared pool keeps
        /// per size, and arrays above 85 KB that miss it are garbage of the large-object heap. The pool keeps at most 8
        /// arrays per size up to 2M entries (8 MB): what it can hold when idle stays bounded (about 128 MB for each of the
        /// two), and a longer array is made and dropped.
        /// </summary>
        private static readonly ArrayPool<int> DocPool = ArrayPool<int>.Create(1 << 21, 8);
        private static readonly ArrayPool<float> ScorePool = ArrayPool<float>.Create(1 << 21, 8);

        public int[] Docs { get; } = DocPool.Rent(Math.Max(1, capacity));

        public float[] Scores { get; } = ScorePool.Rent(Math.Max(1, capacity));

        public int Count { get; set; }

        public void Add(int doc, float score)
        {
            Docs[Count] = doc;
            Scores[Count] = score;
            Count++;
        }

        public void Return()
        {
            DocPool.Return(Docs);
            ScorePool.Return(Scores);
        }
    }

    private abstract class Node
    {
        /// <summary>How many documents of the whole index the node may match at most (its terms' document frequencies).</summary>
        public abstract long Cost { get; }

        /// <summary>
        /// The node's matches in one segment, or null when it has none there. With <paramref name="within"/>, only those of
        /// its documents: what a conjunction still needs from its next clause.
        /// </summary>
        public abstract Hits? Evaluate(Segment segment, Hits? within);

        /// <summary>The children's matches in one segment; null where a child has none.</summary>
        protected static Hits?[] EvaluateAll(Node[] children, Segment segment, Hits? within)
        {
            var results = new Hits?[children.Length];
            for (var i = 0; i < children.Length; i++)
            {
                results[i] = children[i].Evaluate(segment, within);
            }
            return results;
        }

        protected static void ReturnAll(Hits?[] results)
        {
            foreach (var result in results)
            {
                result?.Return();
            }
        }
    }

    /// <summary>A term of a field the index never holds: a clause that counts for coordination and never matches.</summary>
    private sealed class Never : Node
    {
        public static readonly Never Instance = new();

        public override long Cost => 0;

        public override Hits? Evaluate(Segment segment, Hits? within) => null;
    }

    /// <summary>How many times more postings than wanted documents a term needs before skipping beats reading it through.</summary>
    private const int SkipRatio = 8;

    private sealed class TermNode(string field, BytesRef term, TermContext context, Similarity similarity, Similarity.SimWeight weight) : Node
    {
        public override long Cost => context.DocFreq;

        public override Hits? Evaluate(Segment segment, Hits? within)
        {
            if (context.Get(segment.Context.Ord) is not { } state)
            {
                return null;
            }
            var postings = segment.Postings(field, term, state);
            var scorer = similarity.GetSimScorer(weight, segment.Context);
            var hits = new Hits(Math.Min(within?.Count ?? int.MaxValue, Math.Min(context.DocFreq, segment.Context.AtomicReader.MaxDoc)));
            int doc;
            if (within is null)
            {
                while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    hits.Add(doc, scorer.Score(doc, postings.Freq));
                }
            }
            else if (within.Count * SkipRatio < postings.GetCost())
            {
                // Far fewer documents wanted than the term has here: skip to each of them (a skip costs several steps).
                doc = -1;
                for (var i = 0; i < within.Count; i++)
                {
                    var wanted = within.Docs[i];
                    if (doc < wanted && (doc = postings.Advance(wanted)) == DocIdSetIterator.NO_MORE_DOCS)
                    {
                        break;
                    }
                    if (doc == wanted)
                    {
                        hits.Add(doc, scorer.Score(doc, postings.Freq));
                    }
                }
            }
            else
            {
                var next = 0;
                while (next < within.Count && (doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    while (next < within.Count && within.Docs[next] < doc)
                    {
                        next++;
                    }
                    if (next < within.Count && within.Docs[next] == doc)
                    {
                        hits.Add(doc, scorer.Score(doc, postings.Freq));
                    }
                }
            }
            if (hits.Count == 0)
            {
                hits.Return();
                return null;
            }
            return hits;
        }
    }

    /// <summary><see cref="DisjunctionMaxQuery"/>: the best child's score plus the tie-breaker times the others'.</summary>
    private sealed class BestFieldNode(Node[] children, float tieBreaker) : Node
    {
        public override long Cost { get; } = children.Sum(c => c.Cost);

        public override Hits? Evaluate(Segment segment, Hits? within)
        {
            var results = EvaluateAll(children, segment, within);
            var merge = new Merge(results);
            Hits? merged = null;
            if (merge.Single is { } only)
            {
                merged = only;
            }
            else if (merge.Pair is var (first, second))
            {
                merged = MergeTwo(first, second, new BestOfTwo(tieBreaker));
                ReturnAll(results);
            }
            else if (merge.Total > 0)
            {
                merged = new Hits(merge.Total);
                while (merge.Next(out var doc))
                {
                    var max = float.NegativeInfinity;
                    var sum = 0f;
                    foreach (var i in merge.Matched)
                    {
                        var score = merge.Score(i);
                        sum += score;
                        max = Math.Max(max, score);
                    }
                    merged.Add(doc, max + ((sum - max) * tieBreaker));
                }
                ReturnAll(results);
            }
            return merged;
        }
    }

    /// <summary>How a disjunction coordinates: the factor for a hit whose matched clauses number <c>count</c> and weigh <c>weight</c>.</summary>
    private interface ICoordination
    {
        float Weight(int clause);

        float Of(float weight, int count);
    }

    /// <summary>Lucene's coordination: by the number of clauses matched (each weighs one).</summary>
    private readonly struct ByCount(float[] coord) : ICoordination
    {
        public float Weight(int clause) => 1f;

        public float Of(float weight, int count) => coord[count];
    }

    /// <summary><see cref="WeightedCoordinationQuery"/>'s coordination: by the weight of the clauses matched as well as their number.</summary>
    private readonly struct ByWeight(WeightedCoordinationQuery query) : ICoordination
    {
        public float Weight(int clause) => query.Weights[clause];

        public float Of(float weight, int count) => query.Coord(weight, count);
    }

    /// <summary>
    /// A boolean query of SHOULD clauses: the sum of the matched clauses' scores times coordination. Generic over the
    /// coordination (a struct), so that the merge loop calls it without a virtual call per document.
    /// </summary>
    private sealed class AnyNode<TCoordination>(Node[] children, TCoordination coordination) : Node
        where TCoordination : struct, ICoordination
    {
        public override long Cost { get; } = children.Sum(c => c.Cost);

        public override Hits? Evaluate(Segment segment, Hits? within)
        {
            var results = EvaluateAll(children, segment, within);
            var merge = new Merge(results);
            if (merge.Total == 0)
            {
                return null;
            }
            if (merge.Single is { } only)
            {
                var coord = coordination.Of(coordination.Weight(Array.IndexOf(results, only)), 1);
                for (var i = 0; i < only.Count; i++)
                {
                    only.Scores[i] *= coord;
                }
                return only;
            }
            if (merge.Pair is var (first, second))
            {
                var (a, b) = (coordination.Weight(Array.IndexOf(results, first)), coordination.Weight(Array.IndexOf(results, second)));
                var pair = MergeTwo(first, second, new SumOfTwo(coordination.Of(a, 1), coordination.Of(b, 1), coordination.Of(a + b, 2)));
                ReturnAll(results);
                return pair;
            }
            var merged = new Hits(merge.Total);
            while (merge.Next(out var doc))
            {
                var sum = 0d;
                var weight = 0f;
                foreach (var i in merge.Matched)
                {
                    sum += merge.Score(i);
                    weight += coordination.Weight(i);
                }
                merged.Add(doc, (float)sum * coordination.Of(weight, merge.Matched.Length));
            }
            ReturnAll(results);
            return merged;
        }
    }

    /// <summary>A boolean query of MUST clauses: documents every clause matches, the sum of their scores times coordination.</summary>
    private sealed class AllNode(Node[] children, float coord) : Node
    {
        /// <summary>The clauses from the rarest: each after the first is only read for the documents all before it matched.</summary>
        private readonly Node[] rarestFirst = children.OrderBy(c => c.Cost).ToArray();

        public override long Cost { get; } = children.Min(c => c.Cost);

        public override Hits? Evaluate(Segment segment, Hits? within)
        {
            var results = new Hits?[rarestFirst.Length];
            for (var i = 0; i < rarestFirst.Length; i++)
            {
                results[i] = rarestFirst[i].Evaluate(segment, i == 0 ? within : results[i - 1]);
                if (results[i] is null)
                {
                    ReturnAll(results);
                    return null;
                }
            }
            var merge = new Merge(results);
            var merged = new Hits(results.Min(r => r!.Count));
            while (merge.Next(out var doc))
            {
                if (merge.Matched.Length < children.Length)
                {
                    continue;
                }
                var sum = 0f;
                foreach (var i in merge.Matched)
                {
                    sum += merge.Score(i);
                }
                merged.Add(doc, sum * coord);
            }
            ReturnAll(results);
            if (merged.Count == 0)
            {
                merged.Return();
                return null;
            }
            return merged;
        }
    }

    /// <summary>
    /// How a node scores a document from two children, for <see cref="MergeTwo"/>: the same arithmetic as its general
    /// merge, which for one or two matched children gives exactly these values (float addition is commutative).
    /// </summary>
    private interface IPairScore
    {
        /// <summary>A document only the first child matches.</summary>
        float First(float score);

        /// <summary>A document only the second child matches.</summary>
        float Second(float score);

        float Both(float first, float second);
    }

    /// <summary><see cref="BestFieldNode"/>'s max plus tie-breaker; of one score, the score itself.</summary>
    private readonly struct BestOfTwo(float tieBreaker) : IPairScore
    {
        public float First(float score) => score;

        public float Second(float score) => score;

        public float Both(float first, float second)
        {
            var max = Math.Max(first, second);
            return max + ((first + second - max) * tieBreaker);
        }
    }

    /// <summary><see cref="AnyNode{TCoordination}"/>'s sum (in double, as there) times the coordination of each side alone, or of both.</summary>
    private readonly struct SumOfTwo(float coordFirst, float coordSecond, float coordBoth) : IPairScore
    {
        public float First(float score) => score * coordFirst;

        public float Second(float score) => score * coordSecond;

        public float Both(float first, float second) => (float)((double)first + second) * coordBoth;
    }

    /// <summary>
    /// The most common merge, of exactly two children, as a plain two-way walk: the general merge's bookkeeping (live
    /// children, matched lists) cost more than the scoring itself in profiles at a million documents.
    /// </summary>
    private static Hits MergeTwo<TScore>(Hits first, Hits second, TScore score)
        where TScore : struct, IPairScore
    {
        var merged = new Hits(first.Count + second.Count);
        int i = 0, j = 0;
        while (i < first.Count && j < second.Count)
        {
            int a = first.Docs[i], b = second.Docs[j];
            if (a < b)
            {
                merged.Add(a, score.First(first.Scores[i++]));
            }
            else if (b < a)
            {
                merged.Add(b, score.Second(second.Scores[j++]));
            }
            else
            {
                merged.Add(a, score.Both(first.Scores[i++], second.Scores[j++]));
            }
        }
        for (; i < first.Count; i++)
        {
            merged.Add(first.Docs[i], score.First(first.Scores[i]));
        }
        for (; j < second.Count; j++)
        {
            merged.Add(second.Docs[j], score.Second(second.Scores[j]));
        }
        return merged;
    }

    /// <summary>
    /// Walks the children's sorted matches together, one document at a time, ascending. <see cref="Matched"/> names the
    /// children that match the current document. Children are few (fields, words of a query), so a linear pass over
    /// their heads per document is cheaper than a heap.
    /// </summary>
    private ref struct Merge
    {
        private readonly Hits?[] results;
        private readonly int[] positions;
        private readonly int[] matched;
        private readonly int[] live;
        private readonly int[] heads;
        private int liveCount;
        private int matchedCount;

        public Merge(Hits?[] results)
        {
            this.results = results;
            positions = new int[results.Length];
            matched = new int[results.Length];
            // Only the children with matches left are walked: most fields of a word have none in a segment.
            live = new int[results.Length];
            heads = new int[results.Length];
            for (var i = 0; i < results.Length; i++)
            {
                if (results[i] is { Count: > 0 } result)
                {
                    Total += result.Count;
                    Single = result;
                    heads[liveCount] = result.Docs[0];
                    live[liveCount++] = i;
                }
            }
            if (liveCount != 1)
            {
                Single = null;
            }
            if (liveCount == 2)
            {
                Pair = (results[live[0]]!, results[live[1]]!);
            }
        }

        /// <summary>The two children with matches, when exactly two have any (a word's title and text, say).</summary>
        public (Hits First, Hits Second)? Pair { get; }

        /// <summary>How many matches the children have in all: a bound on the merged count.</summary>
        public int Total { get; }

        /// <summary>The one child with matches, when only one has any.</summary>
        public Hits? Single { get; }

        public ReadOnlySpan<int> Matched => matched.AsSpan(0, matchedCount);

        /// <summary>The score child <paramref name="i"/> gives the current document.</summary>
        public readonly float Score(int i) => results[i]!.Scores[positions[i] - 1];

        public bool Next(out int doc)
        {
            if (liveCount == 0)
            {
                doc = int.MaxValue;
                return false;
            }
            doc = heads[0];
            for (var l = 1; l < liveCount; l++)
            {
                doc = Math.Min(doc, heads[l]);
            }
            matchedCount = 0;
            for (var l = 0; l < liveCount;)
            {
                if (heads[l] != doc)
                {
                    l++;
                    continue;
                }
                var i = live[l];
                matched[matchedCount++] = i;
                var result = results[i]!;
                if (++positions[i] < result.Count)
                {
                    heads[l++] = result.Docs[positions[i]];
                }
                else
                {
                    // Exhausted: the last live child takes its place.
                    liveCount--;
                    live[l] = live[liveCount];
                    heads[l] = heads[liveCount];
                }
            }
            return true;
        }
    }

    /// <summary>
    /// The best hits seen, in a heap whose root is the worst: a lower score, or an equal score at a later document.
    /// Documents are offered in ascending order, so an equal score never displaces an earlier document (as Lucene's).
    /// </summary>
    private sealed class TopHits(int depth)
    {
        private readonly PriorityQueue<int, (float Score, int Doc)> heap = new(Math.Min(depth, 4096) + 1, Worst.Instance);

        public void Offer(int doc, float score)
        {
            if (heap.Count < depth)
            {
                heap.Enqueue(doc, (score, doc));
            }
            else if (heap.TryPeek(out _, out var worst) && score > worst.Score)
            {
                heap.EnqueueDequeue(doc, (score, doc));
            }
        }

        public ScoreDoc[] Ordered()
        {
            var ordered = new ScoreDoc[heap.Count];
            for (var i = ordered.Length - 1; i >= 0; i--)
            {
                heap.TryDequeue(out var doc, out var key);
                ordered[i] = new ScoreDoc(doc, key.Score);
            }
            return ordered;
        }

        private sealed class Worst : IComparer<(float Score, int Doc)>
        {
            public static readonly Worst Instance = new();

            public int Compare((float Score, int Doc) x, (float Score, int Doc) y) =>
                x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Doc.CompareTo(x.Doc);
        }
    }
}
