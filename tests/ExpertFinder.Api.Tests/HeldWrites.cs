using System.Diagnostics;
using Npgsql;

namespace ExpertFinder.Api.Tests;

/// <summary>
/// Holds writes back while a test starts mutations at once: their reads go on and their writes wait, so each has made
/// every check it makes before any of them writes. That is the widest window a race can find, and the test finds it
/// every run instead of now and then. The locks are taken as the owner, in a transaction of their own, and let go
/// when released or disposed.
/// </summary>
public sealed class HeldWrites : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly NpgsqlConnection connection;
    private NpgsqlTransaction? transaction;

    private HeldWrites(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
    }

    /// <summary>
    /// Holds every write to <paramref name="table"/>, a table name the test spells out: SHARE ROW EXCLUSIVE lets
    /// SELECT (and SELECT ... FOR UPDATE) through and stops INSERT, UPDATE and DELETE.
    /// </summary>
    public static Task<HeldWrites> OnAsync(ServerFixture server, string table) =>
        HoldAsync(server, $"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE", null);

    /// <summary>
    /// Holds the writes to the rows of <paramref name="table"/> with the given keys, and no others: for what takes a
    /// table lock of its own (an import) and would otherwise wait before it reads.
    /// </summary>
    public static Task<HeldWrites> OnRowsAsync(ServerFixture server, string table, params string[] keys) =>
        HoldAsync(server, $"SELECT 1 FROM {table} WHERE key = ANY(@keys) FOR UPDATE", keys);

    private static async Task<HeldWrites> HoldAsync(ServerFixture server, string sql, string[]? keys)
    {
        var connection = server.OwnerConnection();
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        if (keys is not null)
        {
            command.Parameters.AddWithValue("keys", keys);
        }
        await command.ExecuteNonQueryAsync();
        return new HeldWrites(connection, transaction);
    }

    /// <summary>
    /// Waits until <paramref name="sessions"/> sessions of this database wait for a lock (this one's, or each other's):
    /// then every mutation started has got as far as it can.
    /// </summary>
    public async Task UntilWaitingAsync(int sessions)
    {
        const string Waiting = """
            SELECT count(DISTINCT l.pid) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE NOT l.granted AND a.datname = current_database()
            """;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await using var command = new NpgsqlCommand(Waiting, connection, transaction);
            var waiting = (long)(await command.ExecuteScalarAsync())!;
            if (waiting >= sessions)
            {
                return;
            }
            Assert.True(clock.Elapsed < Patience, $"{waiting} of {sessions} sessions came to wait within {Patience.TotalSeconds} s");
            await Task.Delay(20);
        }
    }

    /// <summary>Lets the writes go on.</summary>
    public async Task ReleaseAsync()
    {
        if (transaction is not null)
        {
            await transaction.RollbackAsync();
            await transaction.DisposeAsync();
            transaction = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ReleaseAsync();
        await connection.DisposeAsync();
    }
}
