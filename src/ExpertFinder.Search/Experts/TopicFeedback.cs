using ExpertFinder.Search.Analysis;
using ExpertFinder.Search.Indexing;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ExpertFinder.Search.Experts;

/// <summary>
/// Relevance feedback through people. The best people a query finds usually know its topic, but the query may name
/// it in words the organisation seldom writes: an English term ("dementia care") that only a few English documents
/// use, or a paraphrase ("børn der ikke kommer i skole"). What those people share, in the competences they hold and
/// the competences their newest documents name, is the topic in the organisation's own words; searching it too finds
/// the colleagues who know it but never wrote the query's words.
/// Only a narrow competence is inferred (a broad one, the parent of others, is a field, not a topic), and only when
/// several of the people show it and it clearly leads: feedback adds to a ranking, it must not drift it.
/// </summary>
internal sealed class TopicFeedback(DanishTextAnalyzer analyzer, FeedbackOptions options)
{
    /// <summary>
    /// The competence the best people share, or null when none clearly does. Support is each person's surprise at the
    /// competence (see <see cref="Shown"/>), weighed by rank and averaged. The leader must be narrow, not searched by
    /// the query already (then the query knows its topic, and feedback would only drift), ahead of the other narrow
    /// competences the query does not search by <see cref="FeedbackOptions.Margin"/> and of those it searches by
    /// <see cref="FeedbackOptions.SearchedMargin"/>, and surprising enough on average
    /// (<see cref="FeedbackOptions.MinSurprise"/>) to be more than chance.
    /// </summary>
    public CompetenceEntry? Infer(IndexSearcher searcher, IndexSnapshot snapshot, QueryPlan plan, IReadOnlyList<int> best, TermStates terms)
    {
        if (options.Weight <= 0 || best.Count < options.MinSupport)
        {
            return null;
        }
        var documents = Math.Max(1L, terms.Statistics(IndexFields.DocumentText).DocCount);
        var support = new Dictionary<CompetenceEntry, (double Score, int People)>();
        var weights = 0d;
        for (var rank = 0; rank < best.Count; rank++)
        {
            var weight = 1d / (1 + (0.3 * rank));
            weights += weight;
            foreach (var (competence, surprise) in ShownCached(searcher, snapshot, best[rank], terms, documents))
            {
                var (score, people) = support.GetValueOrDefault(competence);
                support[competence] = (score + (weight * surprise), people + 1);
            }
        }
        var shared = support
            .Where(s => s.Value.People >= options.MinSupport)
            .Select(s => (Competence: s.Key, Score: s.Value.Score / weights, Searched: Searched(s.Key, plan), Broad: snapshot.Competences.IsBroad(s.Key.Key)))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Competence.Key, StringComparer.Ordinal)
            .ToList();
        if (shared.Count == 0 || shared[0].Searched)
        {
            return null;
        }
        var narrow = shared.Where(s => !s.Broad).ToList();
        if (narrow.Count == 0 || narrow[0].Searched || narrow[0].Score < options.MinSurprise)
        {
            return null;
        }
        var leader = narrow[0];
        if (!InNamedField(leader.Competence, plan, snapshot.Competences))
        {
            return null;
        }
        var nextUnsearched = narrow.Skip(1).Where(s => !s.Searched).Select(s => s.Score).DefaultIfEmpty(0d).First();
        var nextSearched = narrow.Skip(1).Where(s => s.Searched).Select(s => s.Score).DefaultIfEmpty(0d).First();
        return leader.Score >= options.Margin * nextUnsearched && leader.Score >= options.SearchedMargin * nextSearched ? leader.Competence : null;
    }

    /// <summary>
    /// The competences one person shows, each with how surprising it is to see it there, -log of its chance in a random
    /// person's place: held at level 3 or more (the share of people who do), or named in the person's newest
    /// documents (the chance that as many random documents name it, from its rarest word's document frequency). A word
    /// in every tenth document is no sign when twelve documents are read; a word in one of a thousand is.
    /// </summary>
    private Dictionary<CompetenceEntry, double> Shown(IndexSearcher searcher, IndexSnapshot snapshot, PersonEntry person, Analyzer finding, TermStates terms, long documents)
    {
        var shown = new Dictionary<CompetenceEntry, double>();
        void Add(CompetenceEntry competence, double chance)
        {
            var surprise = -Math.Log(Math.Clamp(chance, 1e-9, 1d));
            shown[competence] = Math.Max(shown.GetValueOrDefault(competence), surprise);
        }
        var people = Math.Max(1, snapshot.People.Count);
        foreach (var holding in person.Competences.Where(h => h.Level >= IndexSnapshot.ExperiencedLevel))
        {
            if (snapshot.Competences.ByKey(holding.Key) is { } competence)
            {
                Add(competence, (double)snapshot.Experienced.GetValueOrDefault(holding.Key, 1) / people);
            }
        }
        var newest = searcher.Search(
            new TermQuery(new Term(IndexFields.DocumentAuthor, person.Key)), null, options.DocumentsPerPerson,
            new Sort(new SortField(IndexFields.DocumentDate, SortFieldType.INT64, reverse: true)));
        var named = new Dictionary<CompetenceEntry, double>();
        foreach (var hit in newest.ScoreDocs)
        {
            if (searcher.Doc(hit.Doc).Get(IndexFields.DocumentText) is not { } text)
            {
                continue;
            }
            var tokens = Tokens(finding, text.Length > options.CharactersPerDocument ? text[..options.CharactersPerDocument] : text);
            var stems = tokens.Select(t => t.Stem).ToList();
            for (var i = 0; i < stems.Count; i++)
            {
                foreach (var (competence, length) in snapshot.Competences.NamedAt(stems, i))
                {
                    if (Adjacent(tokens, i, length))
                    {
                        var share = stems.Skip(i).Take(length).Min(stem => terms.DocFreq(IndexFields.DocumentText, stem)) / (double)documents;
                        named[competence] = Math.Min(named.GetValueOrDefault(competence, 1d), share);
                    }
                }
            }
        }
        foreach (var (competence, share) in named)
        {
            Add(competence, 1 - Math.Pow(1 - share, newest.ScoreDocs.Length));
        }
        return shown;
    }

    /// <summary>
    /// What a person shows depends on the index alone, not on the query: read once per snapshot and person, for at most
    /// <see cref="MaxRememberedPeople"/> people (experts are found by many queries). The analyser that finds
    /// competence names in text is made once per snapshot too.
    /// </summary>
    private Dictionary<CompetenceEntry, double> ShownCached(IndexSearcher searcher, IndexSnapshot snapshot, int ordinal, TermStates terms, long documents)
    {
        var remembered = remembers.GetValue(snapshot, s => new Remembered(analyzer.ForFinding(s.Competences.FormStems)));
        if (remembered.People.TryGetValue(ordinal, out var shown))
        {
            return shown;
        }
        shown = Shown(searcher, snapshot, snapshot.People[ordinal], remembered.Finding, terms, documents);
        if (remembered.People.Count < MaxRememberedPeople)
        {
            remembered.People.TryAdd(ordinal, shown);
        }
        return shown;
    }

    private const int MaxRememberedPeople = 10_000;

    private readonly ConditionalWeakTable<IndexSnapshot, Remembered> remembers = new();

    private sealed class Remembered(Analyzer finding)
    {
        public Analyzer Finding { get; } = finding;

        public ConcurrentDictionary<int, Dictionary<CompetenceEntry, double>> People { get; } = new();
    }

    /// <summary>
    /// The words of a text that can be part of a competence's name, analysed as the index analyses them (a compound's
    /// parts after it, at its offsets); the others are dropped before the costly compound splitting and stemming.
    /// </summary>
    private static List<(string Stem, int Start, int End)> Tokens(Analyzer finding, string text)
    {
        var tokens = new List<(string Stem, int Start, int End)>();
        using var stream = finding.GetTokenStream(IndexFields.DocumentText, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offsets.StartOffset, offsets.EndOffset));
        }
        stream.End();
        return tokens;
    }

    /// <summary>The words of a name of several words stand together in the text: at most a short word ("af", "og") between them.</summary>
    private static bool Adjacent(List<(string Stem, int Start, int End)> tokens, int start, int length)
    {
        for (var i = start + 1; i < start + length; i++)
        {
            if (tokens[i].Start - tokens[i - 1].End > MaxGap)
            {
                return false;
            }
        }
        return true;
    }

    private const int MaxGap = 5;

    /// <summary>
    /// A query that names competences has told its field: the topic may narrow it ("dementia care i hjemmeplejen":
    /// Pleje og omsorg, then Demens in the same tree), never leave it ("budgetlægning" is Økonomistyring, whatever
    /// else budget people happen to share). A query that names none may be led anywhere.
    /// </summary>
    private static bool InNamedField(CompetenceEntry topic, QueryPlan plan, CompetenceTable competences)
    {
        if (plan.Named.Count == 0)
        {
            return true;
        }
        var field = competences.RootOf(topic.Key);
        return plan.Named.Any(named => competences.RootOf(named) == field);
    }

    /// <summary>The query already searches one of the competence's names.</summary>
    private static bool Searched(CompetenceEntry competence, QueryPlan plan) =>
        competence.AnalysedForms.Any(form => form.All(word => plan.Terms.Contains(word.Stem)));
}
