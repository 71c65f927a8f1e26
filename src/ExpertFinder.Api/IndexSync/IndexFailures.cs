using Npgsql;

namespace ExpertFinder.Api.IndexSync;

/// <summary>
/// Entries one index failed to apply (<c>index_failures</c>): retried with a growing wait, and set aside with their
/// error once they have failed <see cref="IndexLogOptions.MaxAttempts"/> times, so that one bad entry neither stops
/// the server nor holds back every change after it.
/// </summary>
internal sealed class IndexFailures(NpgsqlDataSource database, Guid index, IndexLogOptions options)
{
    /// <summary>Records a failure of the entry; true when it is now set aside.</summary>
    public async Task<bool> RecordAsync(string kind, string key, Exception error, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""
            INSERT INTO index_failures AS f (index_id, entity_kind, entity_key, attempts, last_error, next_attempt_at, set_aside)
            VALUES (@index, @kind, @key, 1, @error, now() + @first_wait, @max_attempts <= 1)
            ON CONFLICT (index_id, entity_kind, entity_key) DO UPDATE SET
                attempts = f.attempts + 1,
                last_error = excluded.last_error,
                next_attempt_at = now() + least(@first_wait * power(2, f.attempts), @longest_wait),
                set_aside = f.attempts + 1 >= @max_attempts
            RETURNING set_aside
            """);
        command.Parameters.AddWithValue("index", index);
        command.Parameters.AddWithValue("kind", kind);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("error", Describe(error));
        command.Parameters.AddWithValue("first_wait", options.FirstRetryAfter);
        command.Parameters.AddWithValue("longest_wait", options.LongestRetryWait);
        command.Parameters.AddWithValue("max_attempts", options.MaxAttempts);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The failed entries whose next try is due, and when the next one after them is.</summary>
    public async Task<(List<(string Kind, string Key)> Due, TimeSpan? NextIn)> DueAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""
            SELECT entity_kind, entity_key, greatest(next_attempt_at - now(), interval '0') FROM index_failures
            WHERE index_id = @index AND NOT set_aside ORDER BY next_attempt_at
            """);
        command.Parameters.AddWithValue("index", index);
        var due = new List<(string, string)>();
        TimeSpan? nextIn = null;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var wait = reader.GetFieldValue<TimeSpan>(2);
            if (wait <= TimeSpan.Zero)
            {
                due.Add((reader.GetString(0), reader.GetString(1)));
            }
            else
            {
                nextIn = wait;
                break;
            }
        }
        return (due, nextIn);
    }

    /// <summary>The entry was applied after all: it is no failure any more (nor set aside, when a repair applied it).</summary>
    public async Task ClearAsync(IReadOnlyCollection<(string Kind, string Key)> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }
        await using var command = database.CreateCommand("""
            DELETE FROM index_failures f USING unnest(@kinds, @keys) AS e(kind, key)
            WHERE f.index_id = @index AND f.entity_kind = e.kind AND f.entity_key = e.key
            """);
        command.Parameters.AddWithValue("index", index);
        command.Parameters.AddWithValue("kinds", entries.Select(e => e.Kind).ToArray());
        command.Parameters.AddWithValue("keys", entries.Select(e => e.Key).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Forgets every failure of this index: a rebuild has just applied every entry there is.</summary>
    public async Task ClearAllAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("DELETE FROM index_failures WHERE index_id = @index");
        command.Parameters.AddWithValue("index", index);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>How many entries this index has set aside.</summary>
    public async Task<long> SetAsideCountAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT count(*) FROM index_failures WHERE index_id = @index AND set_aside");
        command.Parameters.AddWithValue("index", index);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The error as it is kept: its type and message, and where it was thrown, bounded.</summary>
    private static string Describe(Exception error)
    {
        var text = $"{error.GetType().Name}: {error.Message}{Environment.NewLine}{error.StackTrace}";
        return text.Length <= 4000 ? text : text[..4000];
    }
}
