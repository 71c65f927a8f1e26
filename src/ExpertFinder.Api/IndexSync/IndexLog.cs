using Npgsql;
using NpgsqlTypes;

namespace ExpertFinder.Api.IndexSync;

/// <summary>
/// The SQL of the index log (the table <c>index_outbox</c>, written by <see cref="IndexOutbox"/>) as one index reads
/// it: what it has yet to apply, where it records how far it got (<c>index_consumers</c>), and pruning what every
/// index has applied.
/// </summary>
internal sealed class IndexLog(NpgsqlDataSource database, Guid index)
{
    /// <summary>
    /// The entries past <paramref name="position"/>, at most <paramref name="limit"/>, read in one snapshot together
    /// with the oldest transaction running in it (below which no entry can still appear).
    /// </summary>
    public async Task<(List<LogEntry> Entries, ulong OldestRunning)> ReadAsync(LogPosition position, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        ulong oldestRunning;
        await using (var snapshot = new NpgsqlCommand("SELECT pg_snapshot_xmin(pg_current_snapshot())", connection, transaction))
        {
            oldestRunning = (ulong)(await snapshot.ExecuteScalarAsync(cancellationToken))!;
        }
        var entries = new List<LogEntry>();
        await using (var read = new NpgsqlCommand("""
            SELECT id, tx_id, entity_kind, entity_key FROM index_outbox
            WHERE tx_id >= @below AND tx_id <> ALL(@done) AND (for_index IS NULL OR for_index = @index)
              AND (tx_id <> @partial OR id > @partial_after)
            ORDER BY tx_id, id LIMIT @limit
            """, connection, transaction))
        {
            read.Parameters.Add(new NpgsqlParameter("below", NpgsqlDbType.Xid8) { Value = position.Below });
            read.Parameters.Add(new NpgsqlParameter("done", NpgsqlDbType.Array | NpgsqlDbType.Xid8) { Value = position.Done.ToArray() });
            read.Parameters.AddWithValue("index", index);
            read.Parameters.Add(new NpgsqlParameter("partial", NpgsqlDbType.Xid8) { Value = position.PartialTransaction });
            read.Parameters.AddWithValue("partial_after", position.PartialAfterId);
            read.Parameters.AddWithValue("limit", limit);
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                entries.Add(new LogEntry(reader.GetInt64(0), reader.GetFieldValue<ulong>(1), reader.GetString(2), reader.GetString(3)));
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return (entries, oldestRunning);
    }

    /// <summary>The oldest transaction running now: a rebuild that starts now covers every entry below it.</summary>
    public async Task<ulong> OldestRunningAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT pg_snapshot_xmin(pg_current_snapshot())");
        return (ulong)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Entries for this index alone: the documents whose text names someone whose name changed, found in this
    /// index. Committed on their own, before the change that caused them is committed to the index, so that a crash
    /// in between cannot lose them.
    /// </summary>
    public async Task QueueForThisIndexAsync(string kind, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }
        await using var command = database.CreateCommand(
            "INSERT INTO index_outbox (entity_kind, entity_key, for_index) SELECT @kind, unnest(@keys), @index");
        command.Parameters.AddWithValue("kind", kind);
        command.Parameters.AddWithValue("keys", keys.ToArray());
        command.Parameters.AddWithValue("index", index);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>What the database knows of this index: how far it had applied the log, and where it was last seen.</summary>
    public async Task<RegisteredIndex?> RegistrationAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            "SELECT applied_below, host, index_path, now() - seen_at FROM index_consumers WHERE index_id = @index");
        command.Parameters.AddWithValue("index", index);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new RegisteredIndex(reader.GetFieldValue<ulong>(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<TimeSpan>(3))
            : null;
    }

    /// <summary>Below which position the log may have lost entries to pruning; an index behind it must rebuild.</summary>
    public async Task<ulong> PrunedBelowAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT pruned_below FROM index_log_state");
        return (ulong)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Records that the index has applied everything below <paramref name="position"/>'s horizon and the transactions
    /// above it, as its own last commit holds; the row is the registration that holds back pruning. Called right after
    /// each commit of the index, never before: the database may not claim more than the index holds.
    /// </summary>
    public async Task RecordAppliedAsync(LogPosition position, string host, string path, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""
            INSERT INTO index_consumers (index_id, applied_below, applied_above, host, index_path) VALUES (@index, @below, @above, @host, @path)
            ON CONFLICT (index_id) DO UPDATE SET applied_below = excluded.applied_below, applied_above = excluded.applied_above,
                host = excluded.host, index_path = excluded.index_path, applied_at = now(), seen_at = now()
            """);
        command.Parameters.AddWithValue("index", index);
        command.Parameters.Add(new NpgsqlParameter("below", NpgsqlDbType.Xid8) { Value = position.Below });
        command.Parameters.Add(new NpgsqlParameter("above", NpgsqlDbType.Array | NpgsqlDbType.Xid8) { Value = position.Done.ToArray() });
        command.Parameters.AddWithValue("host", host);
        command.Parameters.AddWithValue("path", path);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Shows that the index is alive (it stays registered while it is).</summary>
    public async Task HeartbeatAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("UPDATE index_consumers SET seen_at = now() WHERE index_id = @index");
        command.Parameters.AddWithValue("index", index);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Deletes the entries every registered index has applied; with <paramref name="expire"/> also those older than
    /// the retention whoever still lacks them (recording below which position entries may be missing, so that such an
    /// index rebuilds), and forgets indexes not seen for the retention. Returns how many entries went.
    /// </summary>
    public async Task<int> PruneAsync(TimeSpan retention, bool expire, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (expire)
        {
            await using var forget = new NpgsqlCommand("DELETE FROM index_consumers WHERE seen_at < now() - @retention", connection, transaction);
            forget.Parameters.AddWithValue("retention", retention);
            await forget.ExecuteNonQueryAsync(cancellationToken);
        }
        var pruned = 0;
        // An entry goes once no registered index it is meant for lacks it: below an index's horizon, or among the
        // transactions it applied above it (the horizon alone waits for the oldest transaction running anywhere in
        // the cluster, and an erased person's key should not wait with it).
        await using (var applied = new NpgsqlCommand("""
            DELETE FROM index_outbox o WHERE NOT EXISTS (
                SELECT 1 FROM index_consumers c
                WHERE (o.for_index IS NULL OR o.for_index = c.index_id)
                  AND o.tx_id >= c.applied_below AND NOT (o.tx_id = ANY(c.applied_above)))
              AND EXISTS (SELECT 1 FROM index_consumers)
            """, connection, transaction))
        {
            pruned += await applied.ExecuteNonQueryAsync(cancellationToken);
        }
        ulong? expiredBelow = null;
        if (expire)
        {
            await using var expired = new NpgsqlCommand(
                "DELETE FROM index_outbox WHERE enqueued_at < now() - @retention RETURNING tx_id", connection, transaction);
            expired.Parameters.AddWithValue("retention", retention);
            await using var reader = await expired.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var next = reader.GetFieldValue<ulong>(0) + 1;
                expiredBelow = Math.Max(expiredBelow ?? 0, next);
                pruned++;
            }
        }
        if (expiredBelow is { } below)
        {
            await using var record = new NpgsqlCommand(
                "UPDATE index_log_state SET pruned_below = greatest(pruned_below, @below)", connection, transaction);
            record.Parameters.Add(new NpgsqlParameter("below", NpgsqlDbType.Xid8) { Value = below });
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return pruned;
    }

    /// <summary>How many entries this index has yet to apply, and how long the oldest of them has waited.</summary>
    public async Task<(long Pending, TimeSpan OldestWaiting)> PendingAsync(LogPosition position, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""
            SELECT count(*), coalesce(now() - min(enqueued_at), interval '0') FROM index_outbox
            WHERE tx_id >= @below AND tx_id <> ALL(@done) AND (for_index IS NULL OR for_index = @index)
            """);
        command.Parameters.Add(new NpgsqlParameter("below", NpgsqlDbType.Xid8) { Value = position.Below });
        command.Parameters.Add(new NpgsqlParameter("done", NpgsqlDbType.Array | NpgsqlDbType.Xid8) { Value = position.Done.ToArray() });
        command.Parameters.AddWithValue("index", index);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetFieldValue<TimeSpan>(1));
    }
}

/// <summary>An index as the database has it registered.</summary>
internal sealed record RegisteredIndex(ulong AppliedBelow, string Host, string Path, TimeSpan SinceSeen);
