using System.Runtime.CompilerServices;
using ExpertFinder.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ExpertFinder.Tools.Bench;

/// <summary>
/// The physical limit of this design, against which every other row reads as a ratio: bare Lucene.Net on the same
/// index, with its similarity (BM25) and analysis. A disjunction of the query's stems over the documents' text, the
/// top <see cref="DocumentDepth"/> documents, their scores summed per author from an in-memory table, the top people.
/// No expansion, profiles, privacy, filters, facets nor evidence: what any expert search of this shape must at least do.
/// </summary>
internal sealed class LuceneCore(ExpertIndex index)
{
    public const int DocumentDepth = 1000;

    public IReadOnlyList<string> Search(string text, int take = 10)
    {
        var stems = index.Analyzer.AnalyzeQuery(text).Select(w => w.Stem).Distinct(StringComparer.Ordinal).ToList();
        if (stems.Count == 0)
        {
            return [];
        }
        var query = new BooleanQuery();
        foreach (var stem in stems)
        {
            query.Add(new TermQuery(new Term(IndexFields.DocumentText, stem)), Occur.SHOULD);
        }
        return index.WithSearcher(searcher =>
        {
            var authors = AuthorTable.For(searcher.IndexReader);
            var top = searcher.Search(query, DocumentDepth).ScoreDocs;
            var scores = new Dictionary<int, float>(top.Length);
            foreach (var hit in top)
            {
                for (var i = authors.Start[hit.Doc]; i < authors.Start[hit.Doc + 1]; i++)
                {
                    scores[authors.Authors[i]] = scores.GetValueOrDefault(authors.Authors[i]) + hit.Score;
                }
            }
            return Best(scores, take).Select(author => authors.Keys[author]).ToList();
        });
    }

    /// <summary>The <paramref name="take"/> best authors, best first, in one pass with a heap of that size.</summary>
    private static List<int> Best(Dictionary<int, float> scores, int take)
    {
        var heap = new PriorityQueue<int, (float Score, int Author)>(take + 1, Worst.Instance);
        foreach (var (author, score) in scores)
        {
            heap.Enqueue(author, (score, author));
            if (heap.Count > take)
            {
                heap.Dequeue();
            }
        }
        var best = new List<int>(heap.Count);
        while (heap.Count > 0)
        {
            best.Add(heap.Dequeue());
        }
        best.Reverse();
        return best;
    }

    /// <summary>Lower score first; on a tie the later ordinal, so that the earlier one is kept.</summary>
    private sealed class Worst : IComparer<(float Score, int Author)>
    {
        public static readonly Worst Instance = new();

        public int Compare((float Score, int Author) x, (float Score, int Author) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Author.CompareTo(x.Author);
    }

    /// <summary>
    /// Every document's authors as ordinals, for the whole reader (top-level doc ids): the authors of doc d are
    /// <c>Authors[Start[d]..Start[d+1]]</c>, each the index of a key in <see cref="Keys"/>. Built once per reader from
    /// the doc values the index keeps for its own tables.
    /// </summary>
    private sealed class AuthorTable
    {
        private static readonly ConditionalWeakTable<IndexReader, AuthorTable> Cache = [];

        private AuthorTable(int[] start, int[] authors, string[] keys) => (Start, Authors, Keys) = (start, authors, keys);

        public int[] Start { get; }

        public int[] Authors { get; }

        public string[] Keys { get; }

        public static AuthorTable For(IndexReader reader) => Cache.GetValue(reader, Build);

        private static AuthorTable Build(IndexReader reader)
        {
            var start = new int[reader.MaxDoc + 1];
            var authors = new List<int>(reader.MaxDoc);
            var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
            var keys = new List<string>();
            var scratch = new Lucene.Net.Util.BytesRef();
            foreach (var leaf in reader.Leaves)
            {
                var values = leaf.AtomicReader.GetSortedSetDocValues(IndexFields.DocumentAuthor);
                // A segment's ordinals are its own: each is turned into the reader-wide one once.
                var global = new int[values?.ValueCount ?? 0];
                for (var ord = 0; ord < global.Length; ord++)
                {
                    values!.LookupOrd(ord, scratch);
                    var key = scratch.Utf8ToString();
                    if (!ordinals.TryGetValue(key, out var id))
                    {
                        id = ordinals[key] = keys.Count;
                        keys.Add(key);
                    }
                    global[ord] = id;
                }
                for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                {
                    start[leaf.DocBase + doc] = authors.Count;
                    if (values is null)
                    {
                        continue;
                    }
                    values.SetDocument(doc);
                    long ord;
                    while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                    {
                        authors.Add(global[ord]);
                    }
                }
            }
            start[reader.MaxDoc] = authors.Count;
            return new AuthorTable(start, [.. authors], [.. keys]);
        }
    }
}
