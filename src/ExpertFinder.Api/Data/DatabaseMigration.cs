using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ExpertFinder.Api.Data;

/// <summary>Applies the EF migrations as the owner role (or the one role there is), outside any service container.</summary>
public static class DatabaseMigration
{
    /// <summary>
    /// Migrates with <paramref name="ownerConnectionString"/> when given, and then grants the role of
    /// <paramref name="appConnectionString"/> exactly its rights, every time (new tables need them, and it repairs
    /// drift); without an owner, migrates with <paramref name="appConnectionString"/> as a single-role server does.
    /// </summary>
    public static async Task MigrateAsync(string appConnectionString, string? ownerConnectionString, CancellationToken cancellationToken)
    {
        // EF takes its migration lock and ensures its history table even with nothing to apply, which the app role may
        // not: on an up-to-date database a deployment's app role alone runs import, apikey and reindex, which migrate first.
        if (ownerConnectionString is null && (await PendingAsync(appConnectionString, cancellationToken)).Count == 0)
        {
            return;
        }
        // Unpooled, so that no connection of the owner stays open once migrating is done.
        var migrator = new NpgsqlConnectionStringBuilder(ownerConnectionString ?? appConnectionString) { Pooling = false }.ConnectionString;
        await using (var db = Open(migrator))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        if (ownerConnectionString is null)
        {
            return;
        }
        var appRole = new NpgsqlConnectionStringBuilder(appConnectionString).Username
            ?? throw new InvalidOperationException($"ConnectionStrings__{DataServices.ConnectionStringName} names no Username: the app role to grant rights to");
        if (appRole == new NpgsqlConnectionStringBuilder(ownerConnectionString).Username)
        {
            return; // Both strings name one role: a single-role server after all.
        }
        await using var owner = new NpgsqlConnection(migrator);
        await owner.OpenAsync(cancellationToken);
        await DatabaseRoles.GrantAppRoleAsync(owner, appRole, cancellationToken);
    }

    public static async Task<IReadOnlyList<string>> PendingAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var db = Open(connectionString);
        return [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];
    }

    private static ExpertFinderDb Open(string connectionString) =>
        new(new DbContextOptionsBuilder<ExpertFinderDb>().UseNpgsql(connectionString).Options);
}

/// <summary>The server was started on a database that needs migrations, without the owner role to apply them.</summary>
public sealed class PendingMigrationsException(IReadOnlyList<string> pending) : InvalidOperationException(
    $"The database needs {pending.Count} migration(s) ({string.Join(", ", pending)}), and the server runs without the owner role " +
    $"(ConnectionStrings__{DataServices.OwnerConnectionStringName}) that may apply them. Run `ExpertFinder.Api migrate` with it first " +
    "(./expertfinder serve does), then start the server again.");
