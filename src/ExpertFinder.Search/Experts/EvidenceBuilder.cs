using ExpertFinder.Search.Analysis;
using ExpertFinder.Search.Evidence;
using ExpertFinder.Search.Indexing;
using Lucene.Net.Search;

namespace ExpertFinder.Search.Experts;

/// <summary>Explains the hits of one page: matched competences, the best documents with snippets, networks, paths.</summary>
internal sealed class EvidenceBuilder(IndexSearcher searcher, IndexSnapshot snapshot, QueryPlan plan, DanishTextAnalyzer analyzer, ExpertQuery query) : IDisposable
{
    public const int MaxDocuments = ExpertHit.MaxDocuments;
    public const int MaxNetworks = ExpertHit.MaxNetworks;

    /// <summary>Co-authors on one page share documents: each snippet is cut once.</summary>
    private readonly Dictionary<int, Snippet?> snippets = [];

    /// <summary>The analysis chain that only splits and stems the words that can be query terms, made for the first snippet.</summary>
    private Lucene.Net.Analysis.Analyzer? finding;

    public void Dispose() => finding?.Dispose();

    public ExpertHit Hit(PersonEntry person, Candidate candidate, ScoreParts parts, float score, ColleagueRelation relation) => new(person.Key, score, parts)
    {
        Competences = person.Competences
            .Where(c => HitFilter.Matches(snapshot, plan, c.Key))
            .OrderByDescending(c => c.Level).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new CompetenceEvidence(c.Key, snapshot.Competences.NameOf(c.Key), c.Level, c.Source))
            .ToList(),
        AskMeAbout = query.WithEvidence ? MatchedStatements(person) : [],
        Documents = candidate.Documents
            .OrderBy(d => d.Association).ThenByDescending(d => d.Score)
            .DistinctBy(d => d.Doc)
            .Take(MaxDocuments)
            .Select(d => Document(d.Doc, d.Association, d.Score))
            .OfType<DocumentEvidence>()
            .ToList(),
        Networks = candidate.Networks
            .OrderByDescending(n => n.Score).ThenBy(n => n.Network.Key, StringComparer.Ordinal)
            .Take(MaxNetworks)
            .Select(n => new NetworkEvidence(n.Network.Key, n.Network.Name, n.Network.Kind, n.Role, n.Score))
            .ToList(),
        Relation = relation,
    };

    /// <summary>
    /// The statements that share a term (a stem, or a compound's part) with the query, as a competence is matched:
    /// analysed for the page's hits only, a handful of short texts each.
    /// </summary>
    private List<string> MatchedStatements(PersonEntry person) =>
        person.AskMeAbout.Where(statement => analyzer.Terms(statement, IndexFields.PersonAskMeAbout).Any(plan.Terms.Contains)).ToList();

    /// <summary>One breadth-first search from the viewer finds the paths to the whole page.</summary>
    public void AddIntroductionPaths(List<ExpertHit> hits)
    {
        if (query.Viewer is not { } viewer || !query.WithEvidence || hits.Count == 0)
        {
            return;
        }
        // Paths only pass through people the reader may discover: a path must not reveal anyone the reader may not see.
        var audience = query.Audience;
        Func<string, bool>? mayPass = audience is null ? null
            : key => snapshot.People.OrdinalOf(key) is var ordinal and >= 0 && snapshot.People[ordinal] is var person
                && audience.MayDiscover(person.Key, person.Visibility, person.Municipality?.Key);
        var paths = snapshot.Graph.PathsFrom(viewer.PersonKey, hits.Select(h => h.PersonKey).ToList(), mayPassThrough: mayPass);
        for (var i = 0; i < hits.Count; i++)
        {
            if (paths.TryGetValue(hits[i].PersonKey, out var path))
            {
                hits[i] = hits[i] with { IntroductionPath = path };
            }
        }
    }

    private DocumentEvidence? Document(int doc, DocumentAssociation association, float score)
    {
        if (snapshot.Documents.ByDoc(doc) is not { } document)
        {
            return null;
        }
        if (query.WithEvidence && !snippets.TryGetValue(doc, out var snippet))
        {
            snippet = searcher.Doc(doc).Get(IndexFields.DocumentText) is { } text
                ? SnippetBuilder.Build(finding ??= analyzer.ForFinding(plan.Terms), IndexFields.DocumentText, text, plan.Terms)
                : null;
            snippets[doc] = snippet;
        }
        return new DocumentEvidence(document.Key, document.Title, association, score, query.WithEvidence ? snippets[doc] : null);
    }
}
