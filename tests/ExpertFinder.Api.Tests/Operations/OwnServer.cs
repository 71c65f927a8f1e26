using ExpertFinder.Api.Hosting;
using ExpertFinder.Api.IndexSync;
using ExpertFinder.Api.Import;
using ExpertFinder.Tools;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests.Operations;

/// <summary>
/// A server of a test's own, for what a shared fixture cannot be: a database left unmigrated or out of reach, or
/// settings read when the server is built. Reads are anonymous; the database and the index go with it.
/// </summary>
internal sealed class OwnServer : IAsyncDisposable
{
    private readonly ScratchDatabase? database;
    private readonly string indexPath;

    private OwnServer(ScratchDatabase? database, string indexPath, WebApplication app)
    {
        this.database = database;
        this.indexPath = indexPath;
        App = app;
    }

    public WebApplication App { get; }

    public HttpClient Http { get; } = new();

    /// <summary>
    /// Starts a server on a scratch database (migrated unless <paramref name="migrate"/> is false), or on
    /// <paramref name="connectionString"/> when given. Only a migrated database is prepared as `serve` does; on the others
    /// the server starts as it would if the database changed under it.
    /// </summary>
    public static async Task<OwnServer> StartAsync(Action<WebApplicationBuilder>? configure = null, bool migrate = true, string? connectionString = null)
    {
        var database = connectionString is null ? await ScratchDatabase.CreateAsync("ops", "run the tests with ./expertfinder test", migrate) : null;
        var indexPath = Path.Combine(Path.GetTempPath(), "ef-ops-index-" + Guid.NewGuid().ToString("N"));
        WebApplication app;
        try
        {
            app = Server.Build(["--urls", "http://127.0.0.1:0"], builder =>
            {
                builder.Configuration["ConnectionStrings:ExpertFinder"] = connectionString ?? database!.ConnectionString;
                builder.Configuration["ConnectionStrings:ExpertFinderOwner"] = "";
                builder.Configuration["ExpertFinder:IndexPath"] = indexPath;
                builder.Configuration["ExpertFinder:Auth:AnonymousReads"] = "true";
                builder.Configuration["Logging:LogLevel:Default"] = "Warning";
                configure?.Invoke(builder);
            });
        }
        catch
        {
            if (database is not null)
            {
                await database.DisposeAsync();
            }
            throw;
        }
        var server = new OwnServer(database, indexPath, app);
        try
        {
            if (database is not null && migrate)
            {
                await Server.PrepareAsync(app, seedIfEmpty: null, CancellationToken.None);
            }
            await app.StartAsync();
            server.Http.BaseAddress = new Uri(app.Urls.First());
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Imports a dataset as the import command does, then waits until the index reflects it.</summary>
    public async Task ImportAsync(TestDataset dataset)
    {
        await new DatasetImport(App.Services.GetRequiredService<NpgsqlDataSource>()).RunAsync(dataset.Directory, null, CancellationToken.None);
        await App.Services.GetRequiredService<IndexSynchronizer>().DrainAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
        if (Directory.Exists(indexPath))
        {
            Directory.Delete(indexPath, recursive: true);
        }
    }
}
