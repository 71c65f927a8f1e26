using System.Runtime.CompilerServices;
using ExpertFinder.Search.Analysis;
using ExpertFinder.Search.Colleagues;
using ExpertFinder.Search.Suggestions;
using Lucene.Net.Index;

namespace ExpertFinder.Search.Indexing;

/// <summary>
/// What one reader holds, as in-memory tables built once per reader and cached with it: the people, networks,
/// competences and documents by key, and what is derived from them (colleague graph, autocomplete).
/// Ranking, filtering, facets and evidence become lookups rather than searches.
/// </summary>
internal sealed class IndexSnapshot
{
    private static readonly ConditionalWeakTable<IndexReader, IndexSnapshot> Cache = [];

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>> vocabularies = new(StringComparer.Ordinal);
    private readonly IndexReader reader;
    private readonly Lazy<DocumentTable> documents;
    private readonly Lazy<ColleagueGraph> graph;
    private readonly Lazy<SuggestionTable> suggestions;

    private IndexSnapshot(IndexReader reader, DanishTextAnalyzer analyzer)
    {
        this.reader = reader;
        People = new PersonTable(reader);
        Networks = new NetworkTable(reader);
        Competences = new CompetenceTable(reader, analyzer);
        documents = new(() => new DocumentTable(reader));
        graph = new(BuildGraph);
        suggestions = new(BuildSuggestions);
    }

    public PersonTable People { get; }

    public NetworkTable Networks { get; }

    public CompetenceTable Competences { get; }

    public DocumentTable Documents => documents.Value;

    public ColleagueGraph Graph => graph.Value;

    public SuggestionTable Suggestions => suggestions.Value;

    /// <summary>
    /// Whether a term occurs in a field, from the field's whole vocabulary held in memory. Only for the small fields of
    /// profiles, networks and competences: it lets queries leave out the many (field, term) pairs that cannot match,
    /// which would otherwise each cost a terms-dictionary seek per search.
    /// </summary>
    public bool Contains(string field, string term) => vocabularies.GetOrAdd(field, Vocabulary).Contains(term);

    private HashSet<string> Vocabulary(string field)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        if (MultiFields.GetTerms(reader, field) is { } indexed)
        {
            var enumerator = indexed.GetEnumerator();
            while (enumerator.MoveNext())
            {
                terms.Add(enumerator.Term.Utf8ToString());
            }
        }
        return terms;
    }

    public static IndexSnapshot For(IndexReader reader, DanishTextAnalyzer analyzer) => Cache.GetValue(reader, r => new IndexSnapshot(r, analyzer));

    private ColleagueGraph BuildGraph()
    {
        var builder = new ColleagueGraphBuilder();
        var unitNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var person in People.All)
        {
            builder.AddPerson(person.Key, person.UnitKey);
            unitNames.TryAdd(person.UnitKey, person.UnitName);
        }
        foreach (var (key, name) in unitNames)
        {
            builder.AddUnit(key, name);
        }
        foreach (var network in Networks.All)
        {
            builder.AddNetwork(network.Key, network.Name, network.Members.Select(m => m.PersonKey));
        }
        foreach (var document in Documents.All.Where(d => d.Authors.Length > 1))
        {
            builder.AddDocument(document.Key, document.Title, document.Authors);
        }
        return builder.Build();
    }

    private SuggestionTable BuildSuggestions()
    {
        var holders = new Dictionary<string, int>(StringComparer.Ordinal);
        var documentCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var person in People.All)
        {
            foreach (var competence in person.Competences)
            {
                holders[competence.Key] = holders.GetValueOrDefault(competence.Key) + 1;
            }
        }
        foreach (var document in Documents.All)
        {
            foreach (var author in document.Authors)
            {
                documentCounts[author] = documentCounts.GetValueOrDefault(author) + 1;
            }
        }
        var entries = new List<SuggestionEntry>();
        entries.AddRange(Competences.All.Select(c => new SuggestionEntry(SuggestionKind.Competence, c.Key, c.Name, c.Synonyms, holders.GetValueOrDefault(c.Key))));
        entries.AddRange(People.All.Select(p => new SuggestionEntry(SuggestionKind.Person, p.Key, p.Name, [], p.Competences.Length + documentCounts.GetValueOrDefault(p.Key))));
        entries.AddRange(Networks.All.Select(n => new SuggestionEntry(SuggestionKind.Network, n.Key, n.Name, [], n.Members.Length)));
        return new SuggestionTable(entries);
    }
}
