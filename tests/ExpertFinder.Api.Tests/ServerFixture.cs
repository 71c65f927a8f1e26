using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ExpertFinder.Api.Data;
using ExpertFinder.Api.Hosting;
using ExpertFinder.Api.Import;
using ExpertFinder.Api.IndexSync;
using ExpertFinder.Tools;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests;

/// <summary>
/// The real server on a loopback port, over a database of its own on the PostgreSQL that
/// `./expertfinder test` starts, with an on-disk index in a temp folder. As in production, the database belongs to
/// the owner role (ConnectionStrings__ExpertFinderOwner), which migrates it, and the server runs as the app role
/// (ConnectionStrings__ExpertFinder) alone; without an owner string the one role does everything.
/// A derived fixture may configure the server further (settings, services) before it is built.
/// </summary>
public class ServerFixture : IAsyncLifetime
{
    private readonly Action<WebApplicationBuilder>? configure;
    private WebApplication? app;

    private ScratchDatabase? database;

    public string DatabaseName => Database.Name;

    private ScratchDatabase Database => database ?? throw new InvalidOperationException("the fixture has not started");

    public ServerFixture()
    {
    }

    /// <summary>xunit creates fixtures through their one public constructor, so variants derive and pass their configuration here.</summary>
    protected ServerFixture(Action<WebApplicationBuilder> configure) => this.configure = configure;

    public string IndexPath { get; } = Path.Combine(Path.GetTempPath(), "ef-api-index-" + Guid.NewGuid().ToString("N"));

    /// <summary>The app role's connection string: the one the server runs with.</summary>
    public string ConnectionString => Database.ConnectionString;

    /// <summary>The owner role's connection string for this database; null on a single-role server.</summary>
    public string? OwnerConnectionString => Database.OwnerConnectionString;

    /// <summary>A connection as the owner (the one role on a single-role server), for what the app role may not do.</summary>
    public NpgsqlConnection OwnerConnection() => new(OwnerConnectionString ?? ConnectionString);

    public HttpClient Http { get; } = new();

    public IServiceProvider Services => app!.Services;

    public async ValueTask InitializeAsync()
    {
        // Migrated beforehand as the owner, as `./expertfinder serve` does; the server then starts with the app role alone.
        database = await ScratchDatabase.CreateAsync("test", "run the tests with ./expertfinder test");
        Provider = await StartProviderAsync();
        app = BuildPeer(IndexPath, configure);
        await Server.PrepareAsync(app, seedIfEmpty: null, CancellationToken.None);
        await app.StartAsync();
        Http.BaseAddress = new Uri(app.Urls.First());
        AdminToken = await Provider.AccessTokenAsync("test-deployment-admin", roles: [ExpertFinder.Api.Security.Auth.Role.DeploymentAdmin]);
    }

    /// <summary>
    /// A server (not started) over this fixture's database with the same settings and an index of its own in
    /// <paramref name="indexPath"/>: another process of the same deployment.
    /// </summary>
    public WebApplication BuildPeer(string indexPath, Action<WebApplicationBuilder>? configure = null) =>
        Database.BuildServer(indexPath, [], builder =>
        {
            // A real provider: discovery, keys, issuer, audience and expiry are checked as in production. Tokens name
            // people by key; reads without credentials are allowed as in development, so most tests read anonymously.
            builder.Configuration["ExpertFinder:Auth:Authority"] = Provider.Authority;
            builder.Configuration["ExpertFinder:Auth:Audience"] = Identity.TestIdentityProvider.Audience;
            builder.Configuration["ExpertFinder:Auth:RequireHttpsMetadata"] = "false";
            builder.Configuration["ExpertFinder:Auth:PersonClaim"] = "sub";
            builder.Configuration["ExpertFinder:Auth:PersonMatch"] = "key";
            builder.Configuration["ExpertFinder:Auth:AnonymousReads"] = "true";
            builder.Configuration["ExpertFinder:Auth:MetadataRefreshInterval"] = "00:00:01";
            (configure ?? this.configure)?.Invoke(builder);
        });

    public Identity.TestIdentityProvider Provider { get; private set; } = null!;

    /// <summary>The provider the server trusts: the run's shared one, unless a variant needs one of its own (to rotate its keys undisturbed).</summary>
    protected virtual Task<Identity.TestIdentityProvider> StartProviderAsync() => Identity.SharedIdentityProvider.GetAsync();

    /// <summary>A deployment admin who is no person in the data: the suite's mutations are sent as them.</summary>
    public string AdminToken { get; private set; } = "";

    /// <summary>A token from the provider naming the person with <paramref name="personKey"/>, with roles.</summary>
    public Task<string> TokenForAsync(string personKey, params string[] roles) => Provider.AccessTokenAsync(personKey, roles: roles);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        if (database is not null)
        {
            await database.DisposeAsync();
        }
        if (Directory.Exists(IndexPath))
        {
            Directory.Delete(IndexPath, recursive: true);
        }
    }

    /// <summary>Imports a dataset as the import command does, then waits until the index reflects it.</summary>
    public async Task<(DatasetSummary Summary, ImportCounts? Counts)> ImportAsync(TestDataset dataset)
    {
        var result = await new DatasetImport(Services.GetRequiredService<NpgsqlDataSource>()).RunAsync(dataset.Directory, null, CancellationToken.None);
        await Services.GetRequiredService<IndexSynchronizer>().DrainAsync(CancellationToken.None);
        return result;
    }

    public async Task<long> CountAsync(string table)
    {
        await using var command = Services.GetRequiredService<NpgsqlDataSource>().CreateCommand($"SELECT count(*) FROM {table}");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// POSTs a GraphQL request: anonymously, or with <paramref name="token"/>. Mutations without a token go as the
    /// deployment admin, since most tests are about what a mutation does, not who may send it (Auth tests are).
    /// </summary>
    public async Task<HttpResponseMessage> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json", string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        token ??= query.TrimStart().StartsWith("mutation", StringComparison.Ordinal) ? AdminToken : null;
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await Http.SendAsync(request);
    }

    /// <summary>POSTs a query and returns the parsed response body, failing on a non-200 status.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null, string? token = null)
    {
        using var response = await PostAsync(query, variables, token: token);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The person keys the portals' contract query returns.</summary>
    public async Task<List<string>> ExpertKeysAsync(string text, int first = 10)
    {
        var json = await QueryAsync(Contract.ExpertsQuery, new { q = text, n = first });
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data").GetProperty("experts").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("person").GetProperty("key").GetString()!).ToList();
    }
}

public static class Contract
{
    /// <summary>The query intranet portals rely on: it must keep working unchanged.</summary>
    public const string ExpertsQuery = "query($q:String!,$n:Int){experts(query:$q, first:$n){edges{node{person{key}}}}}";
}
