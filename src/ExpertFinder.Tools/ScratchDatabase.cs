using ExpertFinder.Api.Data;
using ExpertFinder.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Npgsql;

namespace ExpertFinder.Tools;

/// <summary>
/// A database of its own on the server of ConnectionStrings__ExpertFinder, for the tools and the tests. As in
/// production, the owner role (ConnectionStrings__ExpertFinderOwner, when set) creates and migrates it and the server
/// built on it runs as the app role alone; without an owner string the one role does everything. Disposing drops it.
/// </summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly string admin;

    private ScratchDatabase(string admin, string name, string connectionString, string? ownerConnectionString)
    {
        this.admin = admin;
        Name = name;
        ConnectionString = connectionString;
        OwnerConnectionString = ownerConnectionString;
    }

    public string Name { get; }

    /// <summary>The app role's connection string: the one the server runs with.</summary>
    public string ConnectionString { get; }

    /// <summary>The owner role's connection string for this database; null on a single-role server.</summary>
    public string? OwnerConnectionString { get; }

    /// <summary>
    /// Creates a database named <c>ef_PURPOSE_…</c> and migrates it, unless <paramref name="migrate"/> is false (a database
    /// that needs its migrations); <paramref name="howToRun"/> says how to set the server when none is.
    /// </summary>
    public static async Task<ScratchDatabase> CreateAsync(string purpose, string howToRun, bool migrate = true, CancellationToken cancellationToken = default)
    {
        var server = Environment.GetEnvironmentVariable("ConnectionStrings__ExpertFinder")
            ?? throw new InvalidOperationException($"ConnectionStrings__ExpertFinder is not set: {howToRun}");
        var owner = Environment.GetEnvironmentVariable("ConnectionStrings__ExpertFinderOwner") is { Length: > 0 } given ? given : null;
        var name = $"ef_{purpose}_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(owner ?? server))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        var database = new ScratchDatabase(owner ?? server, name,
            new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString,
            owner is null ? null : new NpgsqlConnectionStringBuilder(owner) { Database = name }.ConnectionString);
        try
        {
            if (migrate)
            {
                await DatabaseMigration.MigrateAsync(database.ConnectionString, database.OwnerConnectionString, cancellationToken);
            }
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The server over this database, on a loopback port, with its index in <paramref name="indexPath"/>, logging warnings
    /// and worse; <paramref name="configure"/> sets the rest before it is built.
    /// </summary>
    public WebApplication BuildServer(string indexPath, string[] arguments, Action<WebApplicationBuilder> configure) =>
        Server.Build(["--urls", "http://127.0.0.1:0", .. arguments], builder =>
        {
            builder.Configuration["ConnectionStrings:ExpertFinder"] = ConnectionString;
            builder.Configuration[$"ConnectionStrings:{DataServices.OwnerConnectionStringName}"] = "";
            builder.Configuration["ExpertFinder:IndexPath"] = indexPath;
            builder.Configuration["Logging:LogLevel:Default"] = "Warning";
            configure(builder);
        });

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        // A connection of a stopped server may still be closing (the index follower's LISTEN): FORCE may not end another
        // role's session (42501), so the drop waits for it to go.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (attempt < 50 && e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                await Task.Delay(100);
            }
        }
    }
}
