using ExpertFinder.Core;

namespace ExpertFinder.Api.Import;

/// <summary>
/// When an import queues one rebuild of the search index instead of an update per changed entity. An update loads,
/// analyses and replaces one entry; the bulk rebuild streams everything into an empty index far faster per entry, so
/// past some size of change (a first import, a new municipality) one rebuild is the cheaper way to catch up.
/// </summary>
public sealed record IndexRefreshPolicy
{
    /// <summary>Rebuild when more entities than this changed (documents, people, networks, units, competences).</summary>
    public int RebuildAboveChanges { get; init; } = 50_000;

    /// <summary>Rebuild when the change is more than this share of the people and documents there were before...</summary>
    public double RebuildAboveShare { get; init; } = 0.5;

    /// <summary>...and more than this many entities changed: small changes to a small index are applied one by one.</summary>
    public int ShareAppliesAbove { get; init; } = 1_000;

    public bool ShouldRebuild(long changed, long indexedBefore) =>
        changed > RebuildAboveChanges || (changed > ShareAppliesAbove && changed > RebuildAboveShare * indexedBefore);
}

/// <summary>
/// The keys an import changed. They are kept only up to the rebuild threshold: past it the index is rebuilt anyway,
/// so a million changed keys never need to be held.
/// </summary>
internal sealed class ImportChanges(int keepAtMost)
{
    public ChangeSet Keys { get; } = new();

    /// <summary>How many distinct keys changed, or <c>keepAtMost + 1</c> once there were more.</summary>
    public long Count { get; private set; }

    public void Unit(string key) => Add(Keys.Units, key);

    public void Competence(string key) => Add(Keys.Competences, key);

    public void Person(string key) => Add(Keys.People, key);

    public void Network(string key) => Add(Keys.Networks, key);

    public void Document(string key) => Add(Keys.Documents, key);

    private void Add(HashSet<string> keys, string key)
    {
        if (Count > keepAtMost || !keys.Add(key) || ++Count <= keepAtMost)
        {
            return;
        }
        foreach (var set in (HashSet<string>[])[Keys.Units, Keys.Competences, Keys.People, Keys.Networks, Keys.Documents])
        {
            set.Clear();
            set.TrimExcess();
        }
    }
}
