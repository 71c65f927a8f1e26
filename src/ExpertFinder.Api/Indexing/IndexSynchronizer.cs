using ExpertFinder.Search.Indexing;
using Npgsql;

namespace ExpertFinder.Api.Indexing;

/// <summary>
/// Applies the index outbox to the index. The index is committed before the outbox rows are deleted, so a crash
/// in between only replays idempotent upserts: nothing committed in PostgreSQL is ever lost to search.
/// </summary>
public sealed class IndexSynchronizer(ExpertIndex index, IndexEntryLoader loader, IndexRebuilder rebuilder, NpgsqlDataSource database, ILogger<IndexSynchronizer> logger) : IDisposable
{
    private const int BatchSize = 2000;
    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private long dataVersion;

    public ExpertIndex Index => index;

    /// <summary>Grows each time applied changes are committed: whatever is derived from the data (graphs) is stale once it moves.</summary>
    public long DataVersion => Interlocked.Read(ref dataVersion);

    /// <summary>Applies everything queued; returns how many entries it applied.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var applied = 0;
            while (true)
            {
                var done = await DrainBatchAsync(cancellationToken);
                if (done == 0)
                {
                    return applied;
                }
                applied += done;
            }
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>Rebuilds the whole index from PostgreSQL; searches see the old index until the new one is committed.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // Everything queued before the rebuild is covered by it.
            await using (var clear = new NpgsqlCommand("DELETE FROM index_outbox", connection, transaction))
            {
                await clear.ExecuteNonQueryAsync(cancellationToken);
            }
            await RebuildIndexAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            Interlocked.Increment(ref dataVersion);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    private async Task RebuildIndexAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var counts = await rebuilder.RebuildAsync(index, cancellationToken);
        var elapsed = started.Elapsed;
        logger.LogInformation("Rebuilt the search index: {People} people, {Documents} documents, {Networks} networks, {Competences} competences in {Elapsed} ms ({Rate} documents/s)",
            counts.People, counts.Documents, counts.Networks, counts.Competences, (long)elapsed.TotalMilliseconds,
            (long)(counts.Documents / Math.Max(elapsed.TotalSeconds, 0.001)));
    }

    private static readonly string[] Kinds =
        [IndexOutboxEntry.CompetenceKind, IndexOutboxEntry.PersonKind, IndexOutboxEntry.NetworkKind, IndexOutboxEntry.DocumentKind];

    /// <summary>
    /// Loads the entries of one kind and upserts them, or deletes those gone (or hidden) from the database; returns
    /// the keys it deleted.
    /// </summary>
    private async Task<IReadOnlyList<string>> ApplyAsync(string kind, List<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }
        return kind switch
        {
            IndexOutboxEntry.PersonKind => Apply(await loader.LoadPeopleAsync(keys, cancellationToken), index.Upsert, index.DeletePerson),
            IndexOutboxEntry.DocumentKind => Apply(await loader.LoadDocumentsAsync(keys, cancellationToken), index.Upsert, index.DeleteDocument),
            IndexOutboxEntry.NetworkKind => Apply(await loader.LoadNetworksAsync(keys, cancellationToken), index.Upsert, index.DeleteNetwork),
            IndexOutboxEntry.CompetenceKind => Apply(await loader.LoadCompetencesAsync(keys, cancellationToken), index.Upsert, index.DeleteCompetence),
            _ => [],
        };
    }

    private static List<string> Apply<T>(Dictionary<string, T?> entries, Action<T> upsert, Action<string> delete) where T : class
    {
        var deleted = new List<string>();
        foreach (var (key, entry) in entries)
        {
            if (entry is null)
            {
                delete(key);
                deleted.Add(key);
            }
            else
            {
                upsert(entry);
            }
        }
        return deleted;
    }

    private async Task<int> DrainBatchAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var entries = new List<(long Id, string Kind, string Key)>();
        await using (var select = new NpgsqlCommand(
            "SELECT id, entity_kind, entity_key FROM index_outbox ORDER BY id LIMIT @limit FOR UPDATE SKIP LOCKED", connection, transaction))
        {
            select.Parameters.AddWithValue("limit", BatchSize);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                entries.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
            }
        }
        if (entries.Count == 0)
        {
            return 0;
        }

        if (entries.Any(e => e.Kind == IndexOutboxEntry.RebuildKind))
        {
            await using (var clear = new NpgsqlCommand("DELETE FROM index_outbox", connection, transaction))
            {
                await clear.ExecuteNonQueryAsync(cancellationToken);
            }
            await RebuildIndexAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            Interlocked.Increment(ref dataVersion);
            return entries.Count;
        }

        var peopleLeft = new List<string>();
        foreach (var kind in Kinds)
        {
            var keys = Keys(entries, kind);
            if (kind == IndexOutboxEntry.DocumentKind && peopleLeft.Count > 0)
            {
                // The outbox finds documents that name a person in their text by a substring scan, which misses a name
                // broken over a line; the index knows every document that still names someone who left it (deleted or
                // hidden), and those are indexed again so that no entry keeps pointing at them.
                keys = [.. keys.Union(index.DocumentsNaming(peopleLeft), StringComparer.Ordinal)];
            }
            var deleted = await ApplyAsync(kind, keys, cancellationToken);
            if (kind == IndexOutboxEntry.PersonKind)
            {
                peopleLeft.AddRange(deleted);
            }
        }
        index.Commit();

        await using (var delete = new NpgsqlCommand("DELETE FROM index_outbox WHERE id = ANY(@ids)", connection, transaction))
        {
            delete.Parameters.AddWithValue("ids", entries.Select(e => e.Id).ToArray());
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        Interlocked.Increment(ref dataVersion);
        logger.LogDebug("Applied {Count} index changes", entries.Count);
        return entries.Count;
    }

    public void Dispose() => oneAtATime.Dispose();

    private static List<string> Keys(List<(long Id, string Kind, string Key)> entries, string kind) =>
        entries.Where(e => e.Kind == kind).Select(e => e.Key).Distinct(StringComparer.Ordinal).ToList();
}
