using System.Diagnostics;
using ExpertFinder.Api.Data;
using ExpertFinder.Api.Hosting;
using ExpertFinder.Api.Import;
using ExpertFinder.Api.IndexSync;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ExpertFinder.Tools;

/// <summary>
/// A dataset imported into a scratch database on the server of ConnectionStrings__ExpertFinder, with the server
/// started in-process on a loopback port and an index of its own rebuilt from it. Disposing drops both. As in
/// production, the owner role (ConnectionStrings__ExpertFinderOwner, when set) creates and migrates the database and
/// the server runs as the app role.
/// </summary>
/// <remarks>
/// The server runs in the Development environment, as `./expertfinder serve` does, so that the development issuer's
/// tokens (<see cref="TokenFor"/>) sign the load tools in as people of the dataset through the real authentication
/// path; its key lives in the scratch folder. The rate limits are lifted: the tools measure the search, not the limiter
/// refusing them (the limiter still runs on every request).
/// </remarks>
public sealed class ScratchServer : IAsyncDisposable
{
    private readonly string folder;
    private ScratchDatabase? database;
    private WebApplication? app;
    private NpgsqlDataSource? ownerDatabase;

    private ScratchServer(string folder) => this.folder = folder;

    public WebApplication App => app ?? throw new InvalidOperationException("not started");

    public NpgsqlDataSource Database => App.Services.GetRequiredService<NpgsqlDataSource>();

    /// <summary>The scratch database as its owner, for what the server's role may not do (the baseline's indexes).</summary>
    public NpgsqlDataSource OwnerDatabase => ownerDatabase ?? throw new InvalidOperationException("not started");

    /// <summary>The connection string of <see cref="OwnerDatabase"/>, for a data source with settings of its own.</summary>
    public string OwnerConnectionString => database is { } started ? started.OwnerConnectionString ?? started.ConnectionString : throw new InvalidOperationException("not started");

    public SearchEngine Engine => App.Services.GetRequiredService<SearchEngine>();

    public Uri Url => new(App.Urls.First());

    public DatasetSummary Summary { get; private set; } = null!;

    public ImportCounts Counts { get; private set; } = null!;

    public TimeSpan ImportTime { get; private set; }

    public TimeSpan RebuildTime { get; private set; }

    /// <summary>A signed token naming the person by key, as `./expertfinder token` makes them, for the server's development issuer.</summary>
    public string TokenFor(string personKey)
    {
        var options = App.Services.GetRequiredService<IOptions<AuthOptions>>().Value;
        return DevelopmentIssuer.Open(DevelopmentIssuer.DefaultKeyPath(options), options.Audience).CreateToken(personKey, []);
    }

    /// <summary>
    /// Creates the database, imports <paramref name="dataset"/>, rebuilds the index and starts the server.
    /// A dataset that does not validate throws <see cref="InvalidDataException"/> with every error, one per line.
    /// </summary>
    public static async Task<ScratchServer> StartAsync(string dataset, string purpose, Action<string>? progress = null)
    {
        var scratch = new ScratchServer(Path.Combine(Path.GetTempPath(), $"ef-{purpose}-{Guid.NewGuid():N}"));
        try
        {
            await scratch.ImportAndStartAsync(dataset, purpose, progress ?? (_ => { }));
            return scratch;
        }
        catch
        {
            await scratch.DisposeAsync();
            throw;
        }
    }

    private async Task ImportAndStartAsync(string dataset, string purpose, Action<string> progress)
    {
        Directory.CreateDirectory(folder);
        database = await ScratchDatabase.CreateAsync(purpose, $"run ./expertfinder {purpose}");
        ownerDatabase = NpgsqlDataSource.Create(OwnerConnectionString);
        app = database.BuildServer(Path.Combine(folder, "index"), ["--environment", Environments.Development], builder =>
        {
            // Standard output is the tools' report; the server's log (requests a tool abandoned, say) goes beside it.
            builder.Configuration["Logging:Console:LogToStandardErrorThreshold"] = "Trace";
            // The load tools read as the development server's anonymous reader does, or sign in as a person.
            builder.Configuration["ExpertFinder:Auth:AnonymousReads"] = "true";
            builder.Configuration["ExpertFinder:Auth:DevelopmentIssuer"] = "true";
            builder.Configuration["ExpertFinder:Auth:DevelopmentKeyPath"] = Path.Combine(folder, DevelopmentIssuer.KeyFileName);
            builder.Configuration["ExpertFinder:RateLimits:General:PermitsPerMinute"] = "60000000";
            builder.Configuration["ExpertFinder:RateLimits:General:Burst"] = "1000000";
            // Development would check every scoped service resolution; production does not, and neither may the timing.
            builder.Host.UseDefaultServiceProvider(provider => (provider.ValidateScopes, provider.ValidateOnBuild) = (false, false));
        });
        await Server.PrepareAsync(app, seedIfEmpty: null, CancellationToken.None);

        progress($"importing {dataset} into a scratch database");
        var importClock = Stopwatch.StartNew();
        var (summary, counts) = await new DatasetImport(Database).RunAsync(dataset, null, CancellationToken.None);
        // The planner's statistics of the tables just filled, as autovacuum would gather them within a minute of the
        // import: without them, the rebuild's read of a million documents was planned as for empty tables and crawled.
        // Counted in the import's time.
        await using (var analyze = OwnerDatabase.CreateCommand("ANALYZE"))
        {
            analyze.CommandTimeout = 0;
            await analyze.ExecuteNonQueryAsync();
        }
        ImportTime = importClock.Elapsed;
        if (counts is null)
        {
            throw new InvalidDataException(string.Join('\n', summary.Errors));
        }
        (Summary, Counts) = (summary, counts);

        progress($"imported {summary.Documents} documents in {ImportTime.TotalSeconds:F1} s; rebuilding the index");
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
        if (database is not null)
        {
            await database.DisposeAsync();
            database = null;
        }
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
