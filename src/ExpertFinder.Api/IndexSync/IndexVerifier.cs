using ExpertFinder.Search.Indexing;
using Npgsql;

namespace ExpertFinder.Api.IndexSync;

/// <summary>
/// Compares this process's index with PostgreSQL, entry by entry: which people, documents, networks and competences
/// it holds, and whether each was built from the content PostgreSQL has now (<see cref="ContentFingerprint"/>). The
/// index catches up first; a difference is checked again after it has caught up once more, so that a change
/// committed while the comparison ran is not taken for one. A repair queues the differing entries for this index
/// alone, in the index log, so that the synchronizer stays the one writer of the index: it loads each as it is now
/// and indexes it, or deletes it when PostgreSQL does not have it (visibly).
/// </summary>
public sealed class IndexVerifier(IndexSynchronizer synchronizer, IndexEntryLoader loader, NpgsqlDataSource database, ILogger<IndexVerifier> logger)
{
    private readonly ExpectedEntries expected = new(loader, database);

    private ExpertIndex Index => synchronizer.Index;

    /// <summary>
    /// Verifies the index and, with <paramref name="repair"/>, repairs what differs and verifies again;
    /// <paramref name="progress"/> hears what is being done.
    /// </summary>
    public async Task<IndexVerification> VerifyAsync(bool repair, Func<string, Task>? progress, CancellationToken cancellationToken)
    {
        progress ??= _ => Task.CompletedTask;
        var found = await CompareAsync(progress, cancellationToken);
        logger.LogInformation("Verified the search index against PostgreSQL: {Differences} differences", found.Count);
        if (!repair)
        {
            return new IndexVerification(found, null, found);
        }
        var queued = 0;
        var log = new IndexLog(database, Index.Identity);
        foreach (var kind in found.GroupBy(d => d.Kind))
        {
            var keys = kind.Select(d => d.Key).Distinct(StringComparer.Ordinal).ToList();
            await log.QueueForThisIndexAsync(IndexDifference.NameOf(kind.Key), keys, cancellationToken);
            queued += keys.Count;
        }
        await progress($"queued {queued} entries for this index; verifying again");
        var remaining = queued == 0 ? found : await CompareAsync(progress, cancellationToken);
        logger.LogInformation("Repaired the search index: {Queued} entries queued, {Remaining} differences remain", queued, remaining.Count);
        return new IndexVerification(found, queued, remaining);
    }

    /// <summary>Catches up and compares everything; then catches up again and compares again only what differed.</summary>
    private async Task<List<IndexDifference>> CompareAsync(Func<string, Task> progress, CancellationToken cancellationToken)
    {
        await progress("catching up with the index log");
        await synchronizer.DrainAsync(cancellationToken);
        var comparison = new EntryComparison();
        Index.ReadEntries(comparison.Indexed);
        await progress("comparing the index with PostgreSQL");
        await expected.ReadAllAsync(comparison.Expected, cancellationToken);
        var first = await comparison.FinishAsync(keys => expected.ExistingPeopleAsync(keys, cancellationToken));
        if (first.Count == 0)
        {
            return first;
        }

        await progress($"{first.Count} differences; checking them again once the index has caught up");
        await synchronizer.DrainAsync(cancellationToken);
        var again = new EntryComparison();
        foreach (var kind in first.GroupBy(d => d.Kind))
        {
            var keys = kind.Select(d => d.Key).Distinct(StringComparer.Ordinal).ToList();
            Index.ReadEntries(kind.Key, keys, again.Indexed);
            foreach (var (key, fingerprint) in await expected.ReadAsync(kind.Key, keys, cancellationToken))
            {
                if (fingerprint is { } value)
                {
                    again.Expected(kind.Key, key, value);
                }
            }
        }
        var confirmed = await again.FinishAsync(keys => expected.ExistingPeopleAsync(keys, cancellationToken));
        if (confirmed.Count < first.Count)
        {
            await progress($"{first.Count - confirmed.Count} of them were changes committed meanwhile, now applied");
        }
        return confirmed;
    }
}
