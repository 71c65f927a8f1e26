using System.Diagnostics;
using ExpertFinder.Api;
using ExpertFinder.Api.Import;
using ExpertFinder.Api.Indexing;
using ExpertFinder.Search.Indexing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Benchmarks;

/// <summary>
/// A dataset imported into a scratch database on the server of ConnectionStrings__ExpertFinder, with the server
/// started in-process on a loopback port and an index of its own rebuilt from it. Disposing drops both.
/// </summary>
public sealed class ScratchServer : IAsyncDisposable
{
    private readonly string server;
    private readonly string databaseName;
    private readonly string indexPath;
    private WebApplication? app;

    private ScratchServer(string server, string databaseName, string indexPath)
    {
        this.server = server;
        this.databaseName = databaseName;
        this.indexPath = indexPath;
    }

    public WebApplication App => app ?? throw new InvalidOperationException("not started");

    public NpgsqlDataSource Database => App.Services.GetRequiredService<NpgsqlDataSource>();

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
        var id = Guid.NewGuid().ToString("N");
        var scratch = new ScratchServer(server, $"ef_{purpose}_{id}", Path.Combine(Path.GetTempPath(), $"ef-{purpose}-index-{id}"));
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
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{databaseName}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        app = Server.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration["ConnectionStrings:ExpertFinder"] = new NpgsqlConnectionStringBuilder(server) { Database = databaseName }.ConnectionString;
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
        NpgsqlConnection.ClearAllPools();
        await using (var admin = new NpgsqlConnection(server))
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
