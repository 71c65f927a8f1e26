using Npgsql;

namespace ExpertFinder.Api.Import;

/// <summary>
/// An import's connection and transaction: staging tables that binary COPY fills, and set-based statements from them
/// that return the keys they changed. No statement has a time limit: an import takes as long as its data, and is
/// stopped by its cancellation token.
/// </summary>
internal sealed class StagingSession(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
{
    public NpgsqlConnection Connection => connection;

    public NpgsqlTransaction Transaction => transaction;

    public CancellationToken CancellationToken => cancellationToken;

    public async Task ExecuteAsync(string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Applies a setting this session may refuse (error 22023); a refusal leaves the transaction as it was.</summary>
    public async Task TrySettingAsync(string sql)
    {
        await transaction.SaveAsync("setting", cancellationToken);
        try
        {
            await ExecuteAsync(sql);
            await transaction.ReleaseAsync("setting", cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidParameterValue)
        {
            await transaction.RollbackAsync("setting", cancellationToken);
        }
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Fills a staging table, given as <c>table (columns)</c>, with rows already in binary COPY format.</summary>
    public async Task CopyAsync(string tableAndColumns, CopyBuffer rows)
    {
        if (rows.Rows == 0)
        {
            return;
        }
        await using var copy = await connection.BeginRawBinaryCopyAsync($"COPY {tableAndColumns} FROM STDIN (FORMAT BINARY)", cancellationToken);
        copy.WriteTimeout = 0;
        await copy.WriteAsync(rows.Finish(), cancellationToken);
    }

    /// <summary>Runs a statement that returns the keys it changed, hands each to <paramref name="changed"/> and returns how many.</summary>
    public Task<int> ChangedAsync(string sql, Action<string> changed) => ChangedAsync(sql, changed, null, null);

    /// <summary>As <see cref="ChangedAsync(string, Action{string})"/>, for a statement that returns two keys a row (a meeting and a person).</summary>
    public Task<int> ChangedAsync(string sql, Action<string> changed, Action<string> alsoChanged) => ChangedAsync(sql, changed, alsoChanged, null);

    /// <summary>As <see cref="ChangedAsync(string, Action{string})"/>, for a statement that takes the keys it is about as <c>@keys</c>.</summary>
    public Task<int> ChangedAsync(string sql, Action<string> changed, string[] keys) => ChangedAsync(sql, changed, null, keys);

    private async Task<int> ChangedAsync(string sql, Action<string> changed, Action<string>? alsoChanged, string[]? keys)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        if (keys is not null)
        {
            command.Parameters.AddWithValue("keys", keys);
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var count = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            changed(reader.GetString(0));
            if (alsoChanged is not null && !reader.IsDBNull(1))
            {
                alsoChanged(reader.GetString(1));
            }
            count++;
        }
        return count;
    }
}
