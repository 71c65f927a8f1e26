using ExpertFinder.Search.Experts;
using ExpertFinder.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using static ExpertFinder.Search.Tests.TempIndex;

namespace ExpertFinder.Search.Tests.Experts;

/// <summary>
/// The clause-by-clause evaluation must find what Lucene's scorers find, with the same scores: every query shape the
/// planner builds (best-field choices, coordinated and required clauses, compound parts, absent terms, boosts at every
/// level), on an index of several segments with deleted documents.
/// </summary>
public sealed class ClauseEvaluatorTests
{
    private static readonly string[] Words =
    [
        "borger", "netværk", "ledelse", "demens", "pårørende", "sundhed", "skole", "trivsel", "data", "jura", "mentor", "referat",
        "dagsorden", "klima", "affald", "byggeri", "rekruttering", "ansættelse", "ældre", "omsorg", "frivillig", "integration",
    ];

    [Fact]
    public void Finds_the_same_documents_with_the_same_scores_as_Lucene()
    {
        using var index = Corpus();
        var random = new Random(20261205);

        var compared = index.Index.WithSearcher(searcher =>
        {
            Assert.True(searcher.IndexReader.Leaves.Count >= 3, "the corpus should span several segments");
            Assert.True(searcher.IndexReader.NumDeletedDocs > 0, "the corpus should have deleted documents");
            var vocabulary = VocabularyOf(searcher);
            var count = 0;
            for (var n = 0; n < 400; n++)
            {
                var terms = new TermStates(searcher);
                var query = Root(random, terms, vocabulary);
                var depth = random.Next(4) switch { 0 => 1, 1 => 7, 2 => 40, _ => 1000 };
                var collector = TopScoreDocCollector.Create(depth, docsScoredInOrder: true);
                searcher.Search(query, collector);
                var expected = collector.GetTopDocs().ScoreDocs;

                var actual = ClauseEvaluator.Top(searcher, query, depth, terms);

                AssertSameHits(expected, actual, query);
                count += expected.Length > 0 ? 1 : 0;
            }
            return count;
        });
        Assert.True(compared > 300, $"most random queries should find something ({compared} of 400 did)");
    }

    [Fact]
    public void A_required_clause_that_no_segment_holds_leaves_nothing()
    {
        using var index = Corpus();

        var hits = index.Index.WithSearcher(searcher =>
        {
            var terms = new TermStates(searcher);
            var both = new BooleanQuery(disableCoord: true)
            {
                { terms.Query(IndexFields.DocumentText, "borg"), Occur.MUST },
                { new TermQuery(new Term(IndexFields.Absent, "borg")), Occur.MUST },
            };
            return ClauseEvaluator.Top(searcher, both, 10, terms);
        });

        Assert.Empty(hits);
    }

    private static void AssertSameHits(ScoreDoc[] expected, ScoreDoc[] actual, Query query)
    {
        Assert.True(expected.Length == actual.Length, $"{query}: {expected.Length} hits from Lucene, {actual.Length} evaluated");
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Close(expected[i].Score, actual[i].Score), $"{query}: hit {i} scores {expected[i].Score:R} in Lucene, {actual[i].Score:R} evaluated");
            // Sums taken in another order may differ in the last bit: only documents whose scores tie can change places.
            if (expected[i].Doc != actual[i].Doc)
            {
                var other = Array.Find(expected, h => h.Doc == actual[i].Doc);
                Assert.True(other is null ? Close(actual[i].Score, expected[^1].Score) : Close(other.Score, expected[i].Score),
                    $"{query}: hit {i} is document {expected[i].Doc} in Lucene, {actual[i].Doc} evaluated");
            }
        }
    }

    private static bool Close(float a, float b) => Math.Abs(a - b) <= 1e-5f * Math.Max(1f, Math.Abs(a));

    private static BooleanQuery Root(Random random, TermStates terms, Vocabulary vocabulary)
    {
        var root = new BooleanQuery(disableCoord: false);
        for (var units = random.Next(1, 5); units > 0; units--)
        {
            if (random.Next(3) == 0)
            {
                var alternatives = new DisjunctionMaxQuery(0f);
                for (var n = random.Next(2, 4); n > 0; n--)
                {
                    alternatives.Add(Alternative(random, terms, vocabulary));
                }
                root.Add(alternatives, Occur.SHOULD);
            }
            else
            {
                root.Add(Alternative(random, terms, vocabulary), Occur.SHOULD);
            }
        }
        return root;
    }

    /// <summary>A word, or words that must all match (a synonym) or should (the words as typed).</summary>
    private static Query Alternative(Random random, TermStates terms, Vocabulary vocabulary)
    {
        if (random.Next(2) == 0)
        {
            var single = Word(random, terms, vocabulary);
            single.Boost *= Boost(random);
            return single;
        }
        var requireAll = random.Next(2) == 0;
        var all = new BooleanQuery(disableCoord: requireAll) { Boost = Boost(random) };
        for (var n = random.Next(2, 4); n > 0; n--)
        {
            all.Add(Word(random, terms, vocabulary), requireAll ? Occur.MUST : Occur.SHOULD);
        }
        return all;
    }

    /// <summary>A word's best field, with sometimes a term the index lacks and sometimes a compound's parts.</summary>
    private static DisjunctionMaxQuery Word(Random random, TermStates terms, Vocabulary vocabulary)
    {
        var word = new DisjunctionMaxQuery(0.2f);
        foreach (var field in new[] { IndexFields.DocumentTitle, IndexFields.DocumentText })
        {
            if (random.Next(4) > 0)
            {
                var term = terms.Query(field, vocabulary.Pick(random, field));
                term.Boost = Boost(random);
                word.Add(term);
            }
        }
        if (random.Next(4) == 0)
        {
            var parts = new BooleanQuery(disableCoord: false) { Boost = Boost(random) };
            parts.Add(terms.Query(IndexFields.DocumentText, vocabulary.Pick(random, IndexFields.DocumentText)), Occur.SHOULD);
            parts.Add(new TermQuery(new Term(IndexFields.Absent, "del")), Occur.SHOULD);
            parts.Add(terms.Query(IndexFields.DocumentText, vocabulary.Pick(random, IndexFields.DocumentText)), Occur.SHOULD);
            word.Add(parts);
        }
        if (word.Disjuncts.Count == 0 || random.Next(8) == 0)
        {
            word.Add(new TermQuery(new Term(IndexFields.Absent, "ord")));
        }
        return word;
    }

    private static float Boost(Random random) => random.Next(4) switch { 0 => 1f, 1 => 0.7f, 2 => 1.5f, _ => 2.2f };

    private sealed record Vocabulary(Dictionary<string, List<string>> ByField)
    {
        /// <summary>A term of the field, now and then one it does not hold.</summary>
        public string Pick(Random random, string field) =>
            random.Next(12) == 0 ? "ukendtord" : ByField[field][random.Next(ByField[field].Count)];
    }

    private static Vocabulary VocabularyOf(IndexSearcher searcher)
    {
        var byField = new Dictionary<string, List<string>>();
        foreach (var field in new[] { IndexFields.DocumentTitle, IndexFields.DocumentText })
        {
            var found = new List<string>();
            var terms = MultiFields.GetTerms(searcher.IndexReader, field).GetEnumerator();
            while (terms.MoveNext())
            {
                found.Add(terms.Term.Utf8ToString());
            }
            byField[field] = found;
        }
        return new Vocabulary(byField);
    }

    /// <summary>600 documents of a small vocabulary, common and rare words (Zipf-like), in four commits; 60 rewritten.</summary>
    private static TempIndex Corpus()
    {
        var random = new Random(7);
        string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[(int)(Words.Length * Math.Pow(random.NextDouble(), 2.5))]));
        var index = new TempIndex();
        for (var batch = 0; batch < 4; batch++)
        {
            index.With(Enumerable.Range(batch * 150, 150)
                .Select(i => (object)Document($"d{i}", Text(random.Next(1, 4)), Text(random.Next(3, 60)), $"p{i % 40}")).ToArray());
        }
        index.With(Enumerable.Range(0, 60).Select(i => (object)Document($"d{i * 7}", Text(2), Text(random.Next(3, 30)), $"p{i % 40}")).ToArray());
        return index;
    }
}
