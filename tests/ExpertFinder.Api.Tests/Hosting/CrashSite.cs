using System.Text;
using System.Text.Json;
using ExpertFinder.Api.Import;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Tools;
using ExpertFinder.Tools.Processes;
using Npgsql;

namespace ExpertFinder.Api.Tests.Hosting;

/// <summary>
/// A deployment on OS processes, as production runs it: a scratch database migrated by its owner, the server as a
/// process of its own (`ExpertFinder.Api.dll serve`, Development, its index in a temp folder), and the other verbs
/// (import, reindex) as processes beside it with the same index folder, as `./expertfinder VERB` runs them. Mutations
/// are signed by the development issuer as a deployment admin who is no person in the data.
/// </summary>
public sealed class CrashSite : IAsyncDisposable
{
    private readonly ScratchDatabase database;
    private readonly string folder;

    private CrashSite(ScratchDatabase database, string folder)
    {
        this.database = database;
        this.folder = folder;
        Environment = new ServerEnvironment(database.ConnectionString, database.OwnerConnectionString, Path.Combine(folder, DevelopmentIssuer.KeyFileName));
        Server = new ServerProcess("server", Environment, IndexPath);
        Data = NpgsqlDataSource.Create(database.ConnectionString);
        AdminToken = Environment.TokenFor("crash-admin", Role.DeploymentAdmin);
    }

    public ServerEnvironment Environment { get; }

    public ServerProcess Server { get; }

    public string IndexPath => Path.Combine(folder, "index");

    /// <summary>The database as the server's role sees it, for the checks.</summary>
    public NpgsqlDataSource Data { get; }

    public string AdminToken { get; }

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public static async Task<CrashSite> CreateAsync()
    {
        var database = await ScratchDatabase.CreateAsync("crash", "run the tests with ./expertfinder test");
        var folder = Path.Combine(Path.GetTempPath(), "ef-crash-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new CrashSite(database, folder);
    }

    /// <summary>Imports a dataset that must be valid, in this process, before the server starts (so that it does not seed the demo data).</summary>
    public async Task SeedAsync(TestDataset dataset)
    {
        var (summary, _) = await new DatasetImport(Data).RunAsync(dataset.Directory, null, CancellationToken.None);
        Assert.True(summary.IsValid, string.Join("\n", summary.Errors));
    }

    /// <summary>`ExpertFinder.Api.dll VERB ...` with the server's index folder, as `./expertfinder VERB` runs beside a running server.</summary>
    public ApiProcess Run(params string[] arguments) => ApiProcess.Start(Environment.StartInfo(IndexPath, arguments));

    /// <summary>The person keys the portals' contract query returns from the server, or null when it does not answer.</summary>
    public async Task<List<string>> ExpertKeysAsync(string text)
    {
        using var request = ServerProcess.GraphQLRequest(JsonSerializer.SerializeToUtf8Bytes(new { query = Contract.ExpertsQuery, variables = new { q = text, n = 10 } }));
        using var response = await Http.SendAsync(WithBase(request));
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(body).RootElement;
        Assert.False(json.TryGetProperty("errors", out var errors), $"{errors}\n{Server.Output}");
        return json.GetProperty("data").GetProperty("experts").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("person").GetProperty("key").GetString()!).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Creates a person through the server as the deployment admin; the mutation must be acknowledged.</summary>
    public async Task CreatePersonAsync(string key, string unitKey, string bio)
    {
        const string Mutation = "mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { key } errors { code message } } }";
        var input = new { key, name = $"Medarbejder {key}", unitId = GlobalId.Encode("Unit", unitKey), bio };
        using var request = WithBase(ServerProcess.GraphQLRequest(JsonSerializer.SerializeToUtf8Bytes(new { query = Mutation, variables = new { input } }), AdminToken));
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(body).RootElement;
        Assert.True(response.IsSuccessStatusCode && !json.TryGetProperty("errors", out _)
            && json.GetProperty("data").GetProperty("createPerson").GetProperty("errors").GetArrayLength() == 0, body);
    }

    /// <summary>The experts for <paramref name="text"/> once there are <paramref name="expected"/> of them, or whatever there are when the patience runs out.</summary>
    public async Task<List<string>> EventuallyExpertKeysAsync(string text, int expected, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        List<string> keys;
        while ((keys = await ExpertKeysAsync(text)).Count != expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        return keys;
    }

    public HttpRequestMessage WithBase(HttpRequestMessage request)
    {
        request.RequestUri = new Uri(Server.Url, request.RequestUri!.OriginalString);
        return request;
    }

    public async Task<long> CountAsync(string sql, params object[] parameters)
    {
        await using var command = Data.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>How many rows each table of the data holds: a picture to compare before and after.</summary>
    public async Task<string> TableCountsAsync()
    {
        var counts = new StringBuilder();
        foreach (var table in new[] { "units", "competences", "people", "person_competences", "networks", "memberships", "documents", "authorships", "audit_log", "index_outbox" })
        {
            counts.Append(System.Globalization.CultureInfo.InvariantCulture, $"{table}={await CountAsync($"SELECT count(*) FROM {table}")} ");
        }
        return counts.ToString().TrimEnd();
    }

    /// <summary>
    /// Waits until no session but this one holds a transaction that has written: a killed client's transaction is
    /// over (rolled back) once PostgreSQL has noticed the closed connection.
    /// </summary>
    public async Task UntilNoWritingTransactionAsync(TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (await CountAsync("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "a transaction of a killed process still runs");
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// `./expertfinder verify` beside the running server, which it asks to compare its index with PostgreSQL entry by
    /// entry: nothing may differ.
    /// </summary>
    public async Task VerifyAsync(TimeSpan patience)
    {
        using var verify = Run("verify");
        var exit = await verify.WaitForExitAsync(patience);
        Assert.True(exit == 0 && System.Text.RegularExpressions.Regex.IsMatch(verify.Output, "(?m)^differences: 0$"), $"verify exited {exit}:\n{verify.Output}\n{Server.Output}");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        await Data.DisposeAsync();
        await database.DisposeAsync();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
