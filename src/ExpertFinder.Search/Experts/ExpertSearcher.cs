using ExpertFinder.Search.Analysis;
using ExpertFinder.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ExpertFinder.Search.Experts;

/// <summary>
/// Ranks people in two passes over one searcher: documents are ranked by BM25 and their scores credited to
/// their authors (document-first expert finding), and people's profiles are ranked directly; the two are summed
/// with configured weights. Only people present in the index (never the hidden) can be credited.
/// </summary>
internal sealed class ExpertSearcher(DanishTextAnalyzer analyzer, RankingOptions ranking)
{
    public ExpertResults Search(IndexSearcher searcher, ExpertQuery query)
    {
        var words = QueryWords(query.Text);
        if (words.Count == 0)
        {
            return ExpertResults.Empty;
        }

        var people = PersonCatalog.For(searcher.IndexReader);
        var candidates = new Dictionary<int, Candidate>();

        var profileHits = searcher.Search(ProfileQuery(words), ranking.ProfileDepth);
        foreach (var hit in profileHits.ScoreDocs)
        {
            var ordinal = people.OrdinalOfPersonDoc(hit.Doc);
            if (ordinal >= 0)
            {
                Get(candidates, ordinal).Profile = hit.Score;
            }
        }

        var documentHits = searcher.Search(DocumentQuery(words), ranking.DocumentDepth);
        var authors = new AuthorReader(searcher.IndexReader);
        foreach (var hit in documentHits.ScoreDocs)
        {
            foreach (var author in authors.Read(hit.Doc))
            {
                var ordinal = people.OrdinalOf(author);
                if (ordinal >= 0)
                {
                    Get(candidates, ordinal).AddDocument(hit.Score, authors.DocumentKey(hit.Doc));
                }
            }
        }

        var ranked = candidates
            .Select(pair => ToHit(people.KeyAt(pair.Key), pair.Value))
            .OrderByDescending(hit => hit.Score)
            .ThenBy(hit => hit.PersonKey, StringComparer.Ordinal)
            .ToList();
        var page = ranked.Skip(Math.Max(0, query.Skip)).Take(Math.Max(0, query.Take)).ToList();
        return new ExpertResults(page, ranked.Count);
    }

    private ExpertHit ToHit(string personKey, Candidate candidate)
    {
        var documentEvidence = 0f;
        var weight = 1f;
        foreach (var score in candidate.DocumentScores.OrderByDescending(s => s))
        {
            documentEvidence += weight * score;
            weight *= ranking.DocumentDecay;
        }
        var profile = ranking.ProfileWeight * candidate.Profile;
        var documents = ranking.DocumentWeight * documentEvidence;
        return new ExpertHit(personKey, profile + documents, profile, documents, candidate.DocumentKeys);
    }

    private static Candidate Get(Dictionary<int, Candidate> candidates, int ordinal)
    {
        if (!candidates.TryGetValue(ordinal, out var candidate))
        {
            candidate = new Candidate();
            candidates[ordinal] = candidate;
        }
        return candidate;
    }

    /// <summary>The distinct analysed words of the query; user text never reaches a query parser.</summary>
    private List<string> QueryWords(string text) =>
        analyzer.Terms(text.Length > 1000 ? text[..1000] : text).Distinct(StringComparer.Ordinal).Take(32).ToList();

    private BooleanQuery ProfileQuery(List<string> words)
    {
        var fields = new List<(string Field, float Boost)>
        {
            (IndexFields.PersonName, ranking.NameBoost),
            (IndexFields.PersonTitle, ranking.TitleBoost),
            (IndexFields.PersonBio, ranking.BioBoost),
            (IndexFields.PersonUnit, ranking.UnitBoost),
            (IndexFields.PersonNetworks, ranking.NetworkBoost),
        };
        for (var level = 1; level <= 5; level++)
        {
            fields.Add((IndexFields.Competence(level), ranking.CompetenceBoost(level)));
        }
        return WordsAcrossFields(words, fields);
    }

    private BooleanQuery DocumentQuery(List<string> words) =>
        WordsAcrossFields(words, [(IndexFields.DocumentTitle, ranking.DocumentTitleBoost), (IndexFields.DocumentText, ranking.DocumentTextBoost)]);

    /// <summary>
    /// Each word is a disjunction over the fields (the best field counts, the others a little);
    /// the words are OR-ed, and coordination favours documents with more of them.
    /// </summary>
    private BooleanQuery WordsAcrossFields(List<string> words, List<(string Field, float Boost)> fields)
    {
        var query = new BooleanQuery(disableCoord: false);
        foreach (var word in words)
        {
            var perWord = new DisjunctionMaxQuery(ranking.FieldTieBreaker);
            foreach (var (field, boost) in fields)
            {
                perWord.Add(new TermQuery(new Term(field, word)) { Boost = boost });
            }
            query.Add(perWord, Occur.SHOULD);
        }
        return query;
    }

    private sealed class Candidate
    {
        public float Profile { get; set; }

        public List<float> DocumentScores { get; } = [];

        public List<string> DocumentKeys { get; } = [];

        public void AddDocument(float score, string documentKey)
        {
            DocumentScores.Add(score);
            DocumentKeys.Add(documentKey);
        }
    }

    /// <summary>Reads a hit's authors from doc values, fetching each segment's reader once per search.</summary>
    private sealed class AuthorReader(IndexReader reader)
    {
        private readonly IList<AtomicReaderContext> leaves = reader.Leaves;
        private readonly Dictionary<int, (SortedSetDocValues? Authors, SortedDocValues? Keys)> values = [];
        private readonly BytesRef scratch = new();

        private (AtomicReaderContext Leaf, SortedSetDocValues? Authors, SortedDocValues? Keys) Leaf(int doc)
        {
            var leafIndex = ReaderUtil.SubIndex(doc, leaves);
            var leaf = leaves[leafIndex];
            if (!values.TryGetValue(leafIndex, out var leafValues))
            {
                leafValues = (leaf.AtomicReader.GetSortedSetDocValues(IndexFields.DocumentAuthor), leaf.AtomicReader.GetSortedDocValues(IndexFields.DocumentKey));
                values[leafIndex] = leafValues;
            }
            return (leaf, leafValues.Authors, leafValues.Keys);
        }

        public IEnumerable<string> Read(int doc)
        {
            var (leaf, authors, _) = Leaf(doc);
            if (authors is null)
            {
                yield break;
            }
            authors.SetDocument(doc - leaf.DocBase);
            long ord;
            while ((ord = authors.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                authors.LookupOrd(ord, scratch);
                yield return scratch.Utf8ToString();
            }
        }

        public string DocumentKey(int doc)
        {
            var (leaf, _, keys) = Leaf(doc);
            keys!.Get(doc - leaf.DocBase, scratch);
            return scratch.Utf8ToString();
        }
    }
}
