using ExpertFinder.Search.Indexing;

namespace ExpertFinder.Api.IndexSync;

/// <summary>
/// One comparison of index entries with the entries PostgreSQL says the index should hold: the index's side is held
/// in memory (kind, key and fingerprint: a few dozen bytes an entry, whatever the entry's size), and each expected
/// entry is checked off against it as it streams past; what is left was not expected.
/// </summary>
internal sealed class EntryComparison
{
    private readonly Dictionary<(IndexEntryKind Kind, string Key), ContentFingerprint?> indexed = [];
    private readonly List<IndexDifference> differences = [];

    public void Indexed(IndexEntry entry)
    {
        if (!indexed.TryAdd((entry.Kind, entry.Key), entry.Fingerprint))
        {
            differences.Add(new IndexDifference(entry.Kind, entry.Key, DifferenceKind.IndexedMoreThanOnce));
        }
    }

    public void Expected(IndexEntryKind kind, string key, ContentFingerprint fingerprint)
    {
        if (!indexed.Remove((kind, key), out var held))
        {
            differences.Add(new IndexDifference(kind, key, DifferenceKind.MissingFromIndex, Expected: fingerprint));
        }
        else if (held != fingerprint)
        {
            differences.Add(new IndexDifference(kind, key, DifferenceKind.ContentDiffers, held, fingerprint));
        }
    }

    /// <summary>
    /// The differences, once every expected entry has been checked off: the entries left were not expected, people
    /// among them told apart by whether PostgreSQL has them hidden (<paramref name="existingPeople"/> says which of
    /// the keys it has at all). In the order kind, key.
    /// </summary>
    public async Task<List<IndexDifference>> FinishAsync(Func<IReadOnlyCollection<string>, Task<IReadOnlySet<string>>> existingPeople)
    {
        var unexpectedPeople = indexed.Keys.Where(k => k.Kind == IndexEntryKind.Person).Select(k => k.Key).ToList();
        var hidden = unexpectedPeople.Count == 0 ? new HashSet<string>() : await existingPeople(unexpectedPeople);
        foreach (var (kind, key) in indexed.Keys)
        {
            var what = kind == IndexEntryKind.Person && hidden.Contains(key) ? DifferenceKind.HiddenInDatabase : DifferenceKind.NotInDatabase;
            differences.Add(new IndexDifference(kind, key, what));
        }
        return [.. differences.OrderBy(d => d.Kind).ThenBy(d => d.Key, StringComparer.Ordinal).ThenBy(d => d.What)];
    }
}
