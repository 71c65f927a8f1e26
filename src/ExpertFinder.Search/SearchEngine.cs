using ExpertFinder.Search.Experts;
using ExpertFinder.Search.Indexing;
using ExpertFinder.Search.Suggestions;

namespace ExpertFinder.Search;

/// <summary>
/// What a host calls: it opens the index (<see cref="Index"/>, which the host writes to) and answers every search
/// over it, each on the searcher current at the call. It sits above the folders so that they depend on each other one
/// way only: Experts ranks over what Indexing holds, and Indexing knows nothing of the searches made over it.
/// </summary>
public sealed class SearchEngine : IDisposable
{
    private static readonly StringComparer DanishNames = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("da-DK"), ignoreCase: false);

    private readonly ExpertSearcher experts;

    private SearchEngine(ExpertIndex index, RankingOptions ranking)
    {
        Index = index;
        experts = new ExpertSearcher(index.Analyzer, ranking);
    }

    /// <summary>
    /// Opens (or creates) the index in <paramref name="path"/> and takes its write lock.
    /// Throws <see cref="Lucene.Net.Store.LockObtainFailedException"/> when another process holds it.
    /// </summary>
    public static SearchEngine Open(string path, RankingOptions? ranking = null)
    {
        ranking ??= new RankingOptions();
        return new SearchEngine(ExpertIndex.Open(path, ranking.CoordExponent), ranking);
    }

    /// <summary>The index the engine searches: writes, rebuilds and what index upkeep reads go to it.</summary>
    public ExpertIndex Index { get; }

    /// <summary>Ranks people for a query: documents first, then their authors, combined with the people's profiles.</summary>
    public ExpertResults Search(ExpertQuery query) => Index.WithSearcher(searcher => experts.Search(searcher, query));

    /// <summary>Autocomplete over competences (and their synonyms), people and networks; the hidden are not indexed, so never suggested.</summary>
    public IReadOnlyList<Suggestion> Suggest(string prefix, IReadOnlyCollection<SuggestionKind>? kinds = null, int limit = 10)
    {
        if (string.IsNullOrWhiteSpace(prefix) || limit <= 0)
        {
            return [];
        }
        return Index.WithSnapshot(snapshot => snapshot.Suggestions.Find(prefix.Length > 100 ? prefix[..100] : prefix, kinds, limit));
    }

    /// <summary>
    /// The people both <paramref name="a"/> and <paramref name="b"/> share a unit, a network or a co-written document
    /// with (the introduction paths' colleague graph), as far as <paramref name="audience"/> may discover them: by name
    /// (Danish order, then key), at most <paramref name="limit"/>. The hidden are not indexed, so never among them.
    /// </summary>
    public IReadOnlyList<string> ColleaguesInCommon(string a, string b, IPersonAudience audience, int limit)
    {
        ArgumentNullException.ThrowIfNull(audience);
        if (limit <= 0)
        {
            return [];
        }
        return Index.WithSnapshot(snapshot => snapshot.Graph.ColleaguesInCommon(a, b)
            .Select(key => snapshot.People.OrdinalOf(key) is var ordinal and >= 0 ? snapshot.People[ordinal] : null)
            .OfType<PersonEntry>()
            .Where(person => audience.MayDiscover(person.Key, person.Visibility, person.Municipality?.Key))
            .OrderBy(person => person.Name, DanishNames).ThenBy(person => person.Key, StringComparer.Ordinal)
            .Take(limit)
            .Select(person => person.Key)
            .ToList());
    }

    public void Dispose() => Index.Dispose();
}
