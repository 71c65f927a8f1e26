using Npgsql;

namespace ExpertFinder.Api.IndexSync;

/// <summary>
/// Requests to verify an index that a running server holds (the table <c>index_verifications</c>): the command line
/// cannot open an index another process owns, so it asks the owner through PostgreSQL and waits for its report. A
/// request names the index by identity, and only the process that holds that index takes it.
/// </summary>
internal sealed class IndexVerificationRequests(NpgsqlDataSource database)
{
    /// <summary>Notified when a request is made and when one is finished.</summary>
    public const string Channel = "expertfinder_index_verify";

    /// <summary>Finished requests nobody collected (the command line gave up waiting) are forgotten after this.</summary>
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(7);

    /// <summary>Asks the process that holds the index <paramref name="index"/> to verify it; returns the request's id.</summary>
    public async Task<long> RequestAsync(Guid index, bool repair, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""
            WITH request AS (INSERT INTO index_verifications (index_id, repair) VALUES (@index, @repair) RETURNING id)
            SELECT id, pg_notify(@channel, id::text) FROM request
            """);
        command.Parameters.AddWithValue("index", index);
        command.Parameters.AddWithValue("repair", repair);
        command.Parameters.AddWithValue("channel", Channel);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Takes the oldest request for the index <paramref name="index"/> that nobody has taken; null when there is none.</summary>
    public async Task<(long Id, bool Repair)?> TakeAsync(Guid index, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""
            UPDATE index_verifications SET started_at = now()
            WHERE id = (SELECT id FROM index_verifications WHERE index_id = @index AND started_at IS NULL
                        ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id, repair
            """);
        command.Parameters.AddWithValue("index", index);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetBoolean(1)) : null;
    }

    /// <summary>What the verification is doing now, for the one who waits.</summary>
    public async Task ReportProgressAsync(long id, string progress, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("UPDATE index_verifications SET progress = @progress WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("progress", progress);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Records the outcome: the report and the number of differences, or why it failed.</summary>
    public async Task FinishAsync(long id, IndexVerification? verification, string? failure, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""
            UPDATE index_verifications SET finished_at = now(), progress = NULL, report = @report, differences = @differences, failure = @failure
            WHERE id = @id;
            SELECT pg_notify(@channel, @id::text);
            DELETE FROM index_verifications WHERE finished_at < now() - @kept_for;
            """);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("report", (object?)verification?.Report ?? DBNull.Value);
        command.Parameters.AddWithValue("differences", (object?)verification?.Remaining.Count ?? DBNull.Value);
        command.Parameters.AddWithValue("failure", (object?)failure ?? DBNull.Value);
        command.Parameters.AddWithValue("channel", Channel);
        command.Parameters.AddWithValue("kept_for", KeptFor);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Where the request is; null when there is no such request.</summary>
    public async Task<VerificationRequestState?> StateAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""
            SELECT now() - requested_at, started_at IS NOT NULL, finished_at IS NOT NULL, progress, report, differences, failure
            FROM index_verifications WHERE id = @id
            """);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        return new VerificationRequestState(reader.GetFieldValue<TimeSpan>(0), reader.GetBoolean(1), reader.GetBoolean(2),
            reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
            reader.IsDBNull(5) ? null : reader.GetInt32(5), reader.IsDBNull(6) ? null : reader.GetString(6));
    }

    /// <summary>Forgets the request: its report has been read, or nobody took it and nobody waits for it any more.</summary>
    public async Task ForgetAsync(long id, bool onlyIfNotTaken, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            "DELETE FROM index_verifications WHERE id = @id AND (NOT @only_if_not_taken OR started_at IS NULL)");
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("only_if_not_taken", onlyIfNotTaken);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>A request as the one who made it sees it: how long ago it was made, whether it was taken and finished, and what came of it.</summary>
internal sealed record VerificationRequestState(TimeSpan Age, bool Taken, bool Finished, string? Progress, string? Report, int? Differences, string? Failure);
