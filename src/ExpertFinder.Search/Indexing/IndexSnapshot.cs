using System.Runtime.CompilerServices;
using ExpertFinder.Core.Ties;
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

    private readonly IndexReader reader;
    private readonly DanishTextAnalyzer analyzer;
    private readonly Lazy<ColleagueGraph> graph;
    private readonly Lazy<SuggestionTable> suggestions;
    private readonly Lazy<FacetTable> facets;
    private readonly Lazy<Dictionary<string, int>> experienced;

    private IndexSnapshot(IndexReader reader, DanishTextAnalyzer analyzer)
    {
        this.reader = reader;
        this.analyzer = analyzer;
        People = new PersonTable(reader, Tables);
        Networks = new NetworkTable(reader, Tables, People);
        Competences = new CompetenceTable(reader, Tables);
        Documents = new DocumentTable(reader, Tables, People);
        graph = new(BuildGraph);
        suggestions = new(BuildSuggestions);
        facets = new(() => new FacetTable(People, Networks, Competences));
        experienced = new(CountExperienced);
    }

    public PersonTable People { get; }

    public NetworkTable Networks { get; }

    public CompetenceTable Competences { get; }

    public DocumentTable Documents { get; }

    public ColleagueGraph Graph => graph.Value;

    public SuggestionTable Suggestions => suggestions.Value;

    /// <summary>How many people hold each competence at <see cref="ExperiencedLevel"/> or more, counted at the first search that asks.</summary>
    public IReadOnlyDictionary<string, int> Experienced => experienced.Value;

    /// <summary>The level from which holding a competence counts as experience in it (3 of 5: past the beginner's).</summary>
    public const int ExperiencedLevel = 3;

    /// <summary>Every person's facet values by number, built at the first search that asks for facets.</summary>
    public FacetTable Facets => facets.Value;

    /// <summary>
    /// Whether a term occurs in a field, from the field's vocabulary held in memory per segment. Only for the small fields
    /// of profiles, networks and competences: it lets queries leave out the many (field, term) pairs that cannot match,
    /// which would otherwise each cost a terms-dictionary seek per search.
    /// </summary>
    public bool Contains(string field, string term)
    {
        foreach (var leaf in reader.Leaves)
        {
            if (Tables(leaf.AtomicReader).Contains(leaf.AtomicReader, field, term))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>As <see cref="Contains(string, string)"/>, in the reader's segment at <paramref name="leaf"/> only.</summary>
    public bool Contains(int leaf, string field, string term)
    {
        var segment = reader.Leaves[leaf].AtomicReader;
        return Tables(segment).Contains(segment, field, term);
    }

    private SegmentTables Tables(AtomicReader segment) => SegmentTables.For(segment, analyzer);

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
            builder.AddNetwork(network.Key, network.Name, network.Members.Where(m => TieRules.TiesThroughNetwork(m.Role)).Select(m => m.PersonKey));
        }
        foreach (var document in Documents.CoAuthored())
        {
            builder.AddDocument(document.Key, document.Title, document.Authors);
        }
        return builder.Build();
    }

    private Dictionary<string, int> CountExperienced()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var holding in People.All.SelectMany(p => p.Competences).Where(h => h.Level >= ExperiencedLevel))
        {
            counts[holding.Key] = counts.GetValueOrDefault(holding.Key) + 1;
        }
        return counts;
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
        foreach (var authors in Documents.AllAuthors)
        {
            foreach (var author in authors)
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
