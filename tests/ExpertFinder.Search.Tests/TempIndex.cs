using ExpertFinder.Search.Indexing;

namespace ExpertFinder.Search.Tests;

/// <summary>A real on-disk index in a folder of its own, removed afterwards.</summary>
public sealed class TempIndex : IDisposable
{
    public TempIndex()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ef-index-" + Guid.NewGuid().ToString("N"));
        Index = ExpertIndex.Open(Path);
    }

    public string Path { get; }

    public ExpertIndex Index { get; private set; }

    public static IndexedPerson Person(string key, string? title = null, string? bio = null, params IndexedCompetence[] competences) =>
        new(key, "Navn " + key, title, bio, "unit", ["Aarhus Kommune"], "aarhus", [], competences, []);

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
            }
        }
        Index.Commit();
        return this;
    }

    public List<string> Search(string text, int take = 10) =>
        Index.Search(new ExpertFinder.Search.Experts.ExpertQuery(text, 0, take)).Hits.Select(h => h.PersonKey).ToList();

    public void Reopen()
    {
        Index.Dispose();
        Index = ExpertIndex.Open(Path);
    }

    public void Dispose()
    {
        Index.Dispose(); // disposing twice is harmless: tests may let go of the index early
        Directory.Delete(Path, recursive: true);
    }
}
