using ExpertFinder.Search.Experts;
using ExpertFinder.Search.Indexing;

namespace ExpertFinder.Search.Tests;

/// <summary>A real on-disk index in a folder of its own, with the engine that searches it, removed afterwards.</summary>
public sealed class TempIndex : IDisposable
{
    private readonly RankingOptions? ranking;

    public TempIndex(RankingOptions? ranking = null)
    {
        this.ranking = ranking;
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ef-index-" + Guid.NewGuid().ToString("N"));
        Engine = SearchEngine.Open(Path, ranking);
    }

    public string Path { get; }

    public SearchEngine Engine { get; private set; }

    public ExpertIndex Index => Engine.Index;

    public static IndexedPerson Person(string key, string? title = null, string? bio = null, params HeldCompetence[] competences) =>
        new(key, "Navn " + key, title, bio, [new IndexedUnit("aarhus", "Aarhus Kommune", "municipality"), new IndexedUnit("unit", "Enhed", "office")],
            [], competences, []);

    public static IndexedDocument Document(string key, string title, string text, params string[] authors) =>
        new(key, title, text, "note", new DateOnly(2024, 1, 1), authors);

    public TempIndex With(params object[] entries)
    {
        foreach (var entry in entries)
        {
            switch (entry)
            {
                case IndexedPerson person:
                    Index.Upsert(person);
                    break;
                case IndexedDocument document:
                    Index.Upsert(document);
                    break;
                case IndexedNetwork network:
                    Index.Upsert(network);
                    break;
                case IndexedCompetence competence:
                    Index.Upsert(competence);
                    break;
                default:
                    throw new ArgumentException($"cannot index {entry.GetType().Name}", nameof(entries));
            }
        }
        Index.Commit();
        return this;
    }

    /// <summary>A person in a unit of their own choosing under a municipality and department, for scope and facet tests.</summary>
    public static IndexedPerson PersonIn(string key, string municipality, string department, string unit, string? bio = null,
        IReadOnlyList<string>? roles = null, IReadOnlyList<NetworkRole>? networks = null, string visibility = "organisation", params HeldCompetence[] competences) =>
        new(key, "Navn " + key, null, bio,
            [new IndexedUnit(municipality, municipality + " Kommune", "municipality"), new IndexedUnit(department, "Forvaltning " + department, "department"), new IndexedUnit(unit, "Enhed " + unit, "office")],
            roles ?? [], competences, networks ?? [], visibility);

    public static IndexedDocument DocumentOn(string key, string text, DateOnly date, IReadOnlyList<string> authors, IReadOnlyList<string>? mentioned = null) =>
        new(key, "Titel " + key, text, "note", date, authors, mentioned);

    public ExpertResults Run(ExpertFinder.Search.Experts.ExpertQuery query) => Engine.Search(query);

    public List<string> Search(string text, int take = 10) =>
        Engine.Search(new ExpertFinder.Search.Experts.ExpertQuery(text, 0, take)).Hits.Select(h => h.PersonKey).ToList();

    public void Reopen()
    {
        Engine.Dispose();
        Engine = SearchEngine.Open(Path, ranking);
    }

    public void Dispose()
    {
        Engine.Dispose(); // disposing twice is harmless: tests may let go of the index early
        Directory.Delete(Path, recursive: true);
    }
}
