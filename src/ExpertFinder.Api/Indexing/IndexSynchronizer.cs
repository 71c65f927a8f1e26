using ExpertFinder.Search.Indexing;
using Npgsql;

namespace ExpertFinder.Api.Indexing;

/// <summary>
/// Applies the index outbox to the index. The index is committed before the outbox rows are deleted, so a crash
/// in between only replays idempotent upserts: nothing committed in PostgreSQL is ever lost to search.
/// </summary>
public sealed class IndexSynchronizer(ExpertIndex index, IndexEntryLoader loader, NpgsqlDataSource database, ILogger<IndexSynchronizer> logger) : IDisposable
{
    private const int BatchSize = 2000;
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public ExpertIndex Index => index;

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
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    private async Task RebuildIndexAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        index.DeleteAll();
        var people = await loader.AllPersonKeysAsync(cancellationToken);
        foreach (var batch in people.Chunk(BatchSize))
        {
            foreach (var person in (await loader.LoadPeopleAsync(batch, cancellationToken)).Values.OfType<IndexedPerson>())
            {
                index.Upsert(person);
            }
        }
        var documents = await loader.AllDocumentKeysAsync(cancellationToken);
        foreach (var batch in documents.Chunk(BatchSize))
        {
            foreach (var document in (await loader.LoadDocumentsAsync(batch, cancellationToken)).Values.OfType<IndexedDocument>())
            {
                index.Upsert(document);
            }
        }
        index.Commit();
        logger.LogInformation("Rebuilt the search index: {People} people, {Documents} documents in {Elapsed} ms",
            people.Count, documents.Count, started.ElapsedMilliseconds);
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
            return entries.Count;
        }

        var people = await loader.LoadPeopleAsync(Keys(entries, IndexOutboxEntry.PersonKind), cancellationToken);
        foreach (var (key, person) in people)
        {
            if (person is null)
            {
                index.DeletePerson(key);
            }
            else
            {
                index.Upsert(person);
            }
        }
        var documents = await loader.LoadDocumentsAsync(Keys(entries, IndexOutboxEntry.DocumentKind), cancellationToken);
        foreach (var (key, document) in documents)
        {
            if (document is null)
            {
                index.DeleteDocument(key);
            }
            else
            {
                index.Upsert(document);
            }
        }
        index.Commit();

        await using (var delete = new NpgsqlCommand("DELETE FROM index_outbox WHERE id = ANY(@ids)", connection, transaction))
        {
            delete.Parameters.AddWithValue("ids", entries.Select(e => e.Id).ToArray());
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        logger.LogDebug("Applied {Count} index changes", entries.Count);
        return entries.Count;
    }

    public void Dispose() => oneAtATime.Dispose();

    private static List<string> Keys(List<(long Id, string Kind, string Key)> entries, string kind) =>
        entries.Where(e => e.Kind == kind).Select(e => e.Key).Distinct(StringComparer.Ordinal).ToList();
}
