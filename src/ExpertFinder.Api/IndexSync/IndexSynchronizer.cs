using ExpertFinder.Api.Data.Model;
using ExpertFinder.Search.Indexing;
using Npgsql;

namespace ExpertFinder.Api.IndexSync;

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

    /// <summary>Loads the entries of one kind (not people) and upserts them, or deletes those gone from the database.</summary>
    private async Task ApplyAsync(string kind, List<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }
        _ = kind switch
        {
            IndexOutboxEntry.DocumentKind => Apply(await loader.LoadDocumentsAsync(keys, cancellationToken), index.Upsert, index.DeleteDocument),
            IndexOutboxEntry.NetworkKind => Apply(await loader.LoadNetworksAsync(keys, cancellationToken), index.Upsert, index.DeleteNetwork),
            IndexOutboxEntry.CompetenceKind => Apply(await loader.LoadCompetencesAsync(keys, cancellationToken), index.Upsert, index.DeleteCompetence),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an entry kind loaded by key"),
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

        // People first: the documents that name someone who left (deleted or hidden) are indexed again in this batch,
        // so that no entry keeps pointing at them.
        var personKeys = Keys(entries, IndexOutboxEntry.PersonKind);
        var people = personKeys.Count == 0 ? [] : await loader.LoadPeopleAsync(personKeys, cancellationToken);
        var namesToFollow = ChangedNames(index.PersonNames(personKeys), people);
        var peopleLeft = Apply(people, index.Upsert, index.DeletePerson);
        await ApplyAsync(IndexOutboxEntry.CompetenceKind, Keys(entries, IndexOutboxEntry.CompetenceKind), cancellationToken);
        await ApplyAsync(IndexOutboxEntry.NetworkKind, Keys(entries, IndexOutboxEntry.NetworkKind), cancellationToken);
        var documentKeys = Keys(entries, IndexOutboxEntry.DocumentKind).Union(index.DocumentsNaming(peopleLeft), StringComparer.Ordinal).ToList();
        await ApplyAsync(IndexOutboxEntry.DocumentKind, documentKeys, cancellationToken);
        index.Commit();

        // A name that came, went or changed moves mentions in the documents whose text has the old or the new name;
        // they are queued for the next batch, so that the change itself is searchable without waiting for them.
        var mentioning = index.DocumentsWithNameInText(namesToFollow).Except(documentKeys, StringComparer.Ordinal).ToArray();
        if (mentioning.Length > 0)
        {
            await using var queue = new NpgsqlCommand(
                "INSERT INTO index_outbox (entity_kind, entity_key) SELECT @kind, unnest(@keys)", connection, transaction);
            queue.Parameters.AddWithValue("kind", IndexOutboxEntry.DocumentKind);
            queue.Parameters.AddWithValue("keys", mentioning);
            await queue.ExecuteNonQueryAsync(cancellationToken);
        }

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

    /// <summary>
    /// The old and the new name of each person whose name the index does not yet hold as it is now; only names a text
    /// can be found to mention (<see cref="MentionFinder.CanBeFound(string)"/>), as a one-word name would match
    /// documents by the thousand and none of them would name its bearer.
    /// </summary>
    private static List<string> ChangedNames(IReadOnlyDictionary<string, string> indexed, Dictionary<string, IndexedPerson?> loaded)
    {
        var names = new List<string>();
        foreach (var (key, person) in loaded)
        {
            var before = indexed.GetValueOrDefault(key);
            if (before != person?.Name)
            {
                names.AddRange(new[] { before, person?.Name }.OfType<string>().Where(MentionFinder.CanBeFound));
            }
        }
        return names;
    }

    public void Dispose() => oneAtATime.Dispose();

    private static List<string> Keys(List<(long Id, string Kind, string Key)> entries, string kind) =>
        entries.Where(e => e.Kind == kind).Select(e => e.Key).Distinct(StringComparer.Ordinal).ToList();
}
