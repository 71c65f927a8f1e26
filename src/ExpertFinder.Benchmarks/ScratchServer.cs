using System.Diagnostics;
using ExpertFinder.Api;
using ExpertFinder.Api.Data;
using ExpertFinder.Api.Import;
using ExpertFinder.Api.Indexing;
using ExpertFinder.Search.Indexing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Benchmarks;

/// <summary>
/// A dataset imported into a scratch database on the server of ConnectionStrings__ExpertFinder, with the server
/// started in-process on a loopback port and an index of its own rebuilt from it. Disposing drops both. As in
/// production, the owner role (ConnectionStrings__ExpertFinderOwner, when set) creates and migrates the database and
/// the server runs as the app role.
/// </summary>
public sealed class ScratchServer : IAsyncDisposable
{
    private readonly string server;
    private readonly string? owner;
    private readonly string databaseName;
    private readonly string indexPath;
    private WebApplication? app;
    private NpgsqlDataSource? ownerDatabase;

    private ScratchServer(string server, string? owner, string databaseName, string indexPath)
    {
        this.server = server;
        this.owner = owner;
        this.databaseName = databaseName;
        this.indexPath = indexPath;
    }

    public WebApplication App => app ?? throw new InvalidOperationException("not started");

    public NpgsqlDataSource Database => App.Services.GetRequiredService<NpgsqlDataSource>();

    /// <summary>The scratch database as its owner, for what the server's role may not do (the baseline's indexes).</summary>
    public NpgsqlDataSource OwnerDatabase => ownerDatabase ?? throw new InvalidOperationException("not started");

    public ExpertIndex Index => App.Services.GetRequiredService<ExpertIndex>();

    public Uri Url => new(App.Urls.First());

    public DatasetSummary Summary { get; private set; } = null!;

    public ImportCounts Counts { get; private set; } = null!;

    public TimeSpan ImportTime { get; private set; }

    public TimeSpan RebuildTime { get; private set; }

    /// <summary>
    /// Creates the database, imports <paramref name="dataset"/>, rebuilds the index and starts the server.
    /// A dataset that does not validate throws <see cref="InvalidDataException"/> with every error, one per line.
    /// </summary>
    public static async Task<ScratchServer> StartAsync(string dataset, string purpose)
    {
        var server = Environment.GetEnvironmentVariable("ConnectionStrings__ExpertFinder")
            ?? throw new InvalidOperationException($"ConnectionStrings__ExpertFinder is not set: run ./expertfinder {purpose}");
        var owner = Environment.GetEnvironmentVariable("ConnectionStrings__ExpertFinderOwner") is { Length: > 0 } given ? given : null;
        var id = Guid.NewGuid().ToString("N");
        var scratch = new ScratchServer(server, owner, $"ef_{purpose}_{id}", Path.Combine(Path.GetTempPath(), $"ef-{purpose}-index-{id}"));
        try
        {
            await scratch.StartAsync(dataset);
            return scratch;
        }
        catch
        {
            await scratch.DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync(string dataset)
    {
        await using (var admin = new NpgsqlConnection(owner ?? server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{databaseName}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        var appConnection = new NpgsqlConnectionStringBuilder(server) { Database = databaseName }.ConnectionString;
        var ownerConnection = owner is null ? null : new NpgsqlConnectionStringBuilder(owner) { Database = databaseName }.ConnectionString;
        await DatabaseMigration.MigrateAsync(appConnection, ownerConnection, CancellationToken.None);
        ownerDatabase = NpgsqlDataSource.Create(ownerConnection ?? appConnection);
        app = Server.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration["ConnectionStrings:ExpertFinder"] = appConnection;
            builder.Configuration[$"ConnectionStrings:{DataServices.OwnerConnectionStringName}"] = "";
            builder.Configuration["ExpertFinder:IndexPath"] = indexPath;
            builder.Configuration["Logging:LogLevel:Default"] = "Warning";
            // The load tools read as the development server's anonymous reader does.
            builder.Configuration["ExpertFinder:Auth:AnonymousReads"] = "true";
        });
        await Server.PrepareAsync(app, seedIfEmpty: null, CancellationToken.None);

        var importClock = Stopwatch.StartNew();
        var (summary, counts) = await new DatasetImport(Database).RunAsync(dataset, null, CancellationToken.None);
        ImportTime = importClock.Elapsed;
        if (counts is null)
        {
            throw new InvalidDataException(string.Join('\n', summary.Errors));
        }
        (Summary, Counts) = (summary, counts);

        var rebuildClock = Stopwatch.StartNew();
        await app.Services.GetRequiredService<IndexSynchronizer>().RebuildAsync(CancellationToken.None);
        RebuildTime = rebuildClock.Elapsed;
        await app.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
            app = null;
        }
        if (ownerDatabase is not null)
        {
            await ownerDatabase.DisposeAsync();
            ownerDatabase = null;
        }
        NpgsqlConnection.ClearAllPools();
        await using (var admin = new NpgsqlConnection(owner ?? server))
        {
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
        if (Directory.Exists(indexPath))
        {
            Directory.Delete(indexPath, recursive: true);
        }
    }
}
