using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ExpertFinder.Api.Hosting;
using ExpertFinder.Api.Import;
using ExpertFinder.Api.IndexSync;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.IndexSync;

/// <summary>A server whose failed index entries are retried quickly and set aside after three tries, and whose mutations wait one second for the index.</summary>
public sealed class IndexLogFixture() : ServerFixture(builder =>
{
    builder.Configuration["ExpertFinder:IndexLog:FirstRetryAfter"] = "00:00:00.05";
    builder.Configuration["ExpertFinder:IndexLog:MaxAttempts"] = "3";
    builder.Configuration["ExpertFinder:IndexLog:MutationWait"] = "00:00:01";
    builder.Configuration["ExpertFinder:GraphQL:ExecutionTimeout"] = "00:00:03";
});

/// <summary>
/// The index log: several servers over one database, each with an index of its own, all get every change, whatever
/// order they start, stop and restart in; a bad entry neither stops a server nor holds back the rest; a committed
/// mutation is answered with its data however far behind the index is.
/// </summary>
public sealed class IndexLogTests(IndexLogFixture server) : IClassFixture<IndexLogFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Every_server_on_one_database_indexes_every_change_whichever_server_writes_it()
    {
        await using var peer = await Peer.StartAsync(server);
        var words = new[] { "brolægning", "skybrudssikring", "vejbelysning", "cykelstier", "trafiktælling" };
        for (var i = 0; i < words.Length; i++)
        {
            using var dataset = TestDataset.WithOrganisation($"every{i}")
                .Add("people.jsonl", new { key = $"every{i}-p", name = "P", unit = $"every{i}-afd", bio = $"Arbejder med {words[i]}." });
            // As `expertfinder import` writes from another process: it commits and notifies, and applies nothing itself.
            var (summary, _) = await new DatasetImport(server.Services.GetRequiredService<NpgsqlDataSource>()).RunAsync(dataset.Directory, null, CancellationToken.None);
            Assert.True(summary.IsValid);
        }

        for (var i = 0; i < words.Length; i++)
        {
            Assert.Equal([$"every{i}-p"], await EventuallyAsync(server.Http, words[i], expected: 1));
            Assert.Equal([$"every{i}-p"], await EventuallyAsync(peer.Http, words[i], expected: 1));
        }
    }

    [Fact]
    public async Task A_server_that_was_stopped_catches_up_when_it_starts_again_and_the_log_keeps_what_it_lacks()
    {
        var peerIndex = Path.Combine(Path.GetTempPath(), "ef-peer-index-" + Guid.NewGuid().ToString("N"));
        try
        {
            await (await Peer.StartAsync(server, peerIndex)).DisposeAsync();

            using var dataset = TestDataset.WithOrganisation("caught")
                .Add("people.jsonl", new { key = "caught-p", name = "P", unit = "caught-afd", bio = "Kystbeskyttelse og diger." });
            await server.SeedAsync(dataset);
            Assert.Equal(["caught-p"], await server.ExpertKeysAsync("kystbeskyttelse"));
            // The running server has applied the change, but may not prune it: the stopped one has not.
            Assert.True(await server.CountAsync("index_outbox") > 0);

            await using var restarted = await Peer.StartAsync(server, peerIndex);
            Assert.Equal(["caught-p"], await EventuallyAsync(restarted.Http, "kystbeskyttelse", expected: 1));
        }
        finally
        {
            if (Directory.Exists(peerIndex))
            {
                Directory.Delete(peerIndex, recursive: true);
            }
        }
    }

    [Fact]
    public async Task An_entry_that_keeps_failing_is_set_aside_with_its_error_and_the_changes_after_it_are_applied()
    {
        // An entry this version cannot apply, as a newer version of the server might write during an upgrade.
        await using (var owner = server.OwnerConnection())
        {
            await owner.OpenAsync();
            await using var poison = new NpgsqlCommand("""
                ALTER TABLE index_outbox DROP CONSTRAINT ck_index_outbox_kind;
                INSERT INTO index_outbox (entity_kind, entity_key) VALUES ('meeting-room', 'lokale-1');
                ALTER TABLE index_outbox ADD CONSTRAINT ck_index_outbox_kind
                    CHECK (entity_kind IN ('person', 'document', 'network', 'competence', 'rebuild')) NOT VALID;
                NOTIFY expertfinder_index;
                """, owner);
            await poison.ExecuteNonQueryAsync();
        }
        using var dataset = TestDataset.WithOrganisation("after")
            .Add("people.jsonl", new { key = "after-p", name = "P", unit = "after-afd", bio = "Tandpleje for ældre." });
        var (summary, _) = await new DatasetImport(server.Services.GetRequiredService<NpgsqlDataSource>()).RunAsync(dataset.Directory, null, CancellationToken.None);
        Assert.True(summary.IsValid);

        Assert.Equal(["after-p"], await EventuallyAsync(server.Http, "tandpleje", expected: 1));
        var deadline = DateTime.UtcNow + Patience;
        (int Attempts, bool SetAside, string Error)? failure = null;
        while (DateTime.UtcNow < deadline && failure is not { SetAside: true })
        {
            await Task.Delay(100);
            await using var read = server.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(
                "SELECT attempts, set_aside, last_error FROM index_failures WHERE entity_kind = 'meeting-room' AND entity_key = 'lokale-1'");
            await using var reader = await read.ExecuteReaderAsync();
            failure = await reader.ReadAsync() ? (reader.GetInt32(0), reader.GetBoolean(1), reader.GetString(2)) : null;
        }
        Assert.NotNull(failure);
        Assert.True(failure.Value.SetAside);
        Assert.Equal(3, failure.Value.Attempts);
        Assert.Contains("meeting-room", failure.Value.Error);
        var status = await server.Services.GetRequiredService<IndexSynchronizer>().StatusAsync(CancellationToken.None);
        Assert.Equal(1, status.SetAside);
        // The server goes on serving and indexing, and its readiness shows what was set aside.
        Assert.Equal(["after-p"], await server.ExpertKeysAsync("tandpleje"));
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // probes within a second share one round of checks
        using var ready = await server.Http.GetAsync("/health/ready");
        var health = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
        var check = health.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "index-log");
        Assert.Equal("Degraded", check.GetProperty("status").GetString());
        Assert.Equal("1 index entries failed and were set aside", check.GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_committed_mutation_answers_with_its_data_and_a_warning_when_the_index_cannot_apply_it_in_time()
    {
        using var dataset = TestDataset.WithOrganisation("lag")
            .Add("people.jsonl", new { key = "lag-p", name = "P", unit = "lag-afd", bio = "Skoleveje." });
        await server.SeedAsync(dataset);

        // The index can apply the change but not record that it did: its next step waits for this lock.
        await using var owner = server.OwnerConnection();
        await owner.OpenAsync();
        await using var hold = await owner.BeginTransactionAsync();
        await using (var lockRows = new NpgsqlCommand("SELECT * FROM index_consumers FOR UPDATE", owner, hold))
        {
            await lockRows.ExecuteNonQueryAsync();
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        using var response = await server.PostAsync(
            $$"""mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { key bio } {{Errors}} } }""",
            new { input = new { id = Id("Person", "lag-p"), bio = "Vintertjeneste og saltning." } });
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(body).RootElement;
        started.Stop();
        Assert.True(json.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("warnings", out _), body);

        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal("Vintertjeneste og saltning.", json.GetProperty("data").GetProperty("updatePerson").GetProperty("person").GetProperty("bio").GetString());
        var warning = json.GetProperty("extensions").GetProperty("warnings").EnumerateArray().Single();
        Assert.Equal("INDEX_BEHIND", warning.GetProperty("code").GetString());
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(3), $"answered after {started.Elapsed}");

        await hold.RollbackAsync();
        Assert.Equal(["lag-p"], await EventuallyAsync(server.Http, "saltning", expected: 1));
    }

    private async Task<long> EventuallyCountAsync(string table, long expected)
    {
        var deadline = DateTime.UtcNow + Patience;
        long count;
        while ((count = await server.CountAsync(table)) != expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        return count;
    }

    /// <summary>The experts the contract query finds through <paramref name="http"/>, once there are <paramref name="expected"/> of them (or the patience runs out).</summary>
    private static async Task<List<string>> EventuallyAsync(HttpClient http, string text, int expected)
    {
        var deadline = DateTime.UtcNow + Patience;
        List<string> keys;
        while ((keys = await ExpertKeysAsync(http, text)).Count != expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        return keys;
    }

    internal static async Task<List<string>> ExpertKeysAsync(HttpClient http, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = Contract.ExpertsQuery, variables = new { q = text, n = 10 } }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        using var response = await http.SendAsync(request);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data").GetProperty("experts").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("person").GetProperty("key").GetString()!).ToList();
    }

    /// <summary>Another server process of the same deployment: same database, an index folder of its own.</summary>
    private sealed class Peer : IAsyncDisposable
    {
        private readonly WebApplication app;
        private readonly string? ownedIndex;

        private Peer(WebApplication app, string? ownedIndex)
        {
            this.app = app;
            this.ownedIndex = ownedIndex;
            Http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        }

        public HttpClient Http { get; }

        public IndexSynchronizer Synchronizer => app.Services.GetRequiredService<IndexSynchronizer>();

        /// <summary>Starts a peer with its index in <paramref name="indexPath"/>, or in a folder of its own that goes with it.</summary>
        public static async Task<Peer> StartAsync(ServerFixture server, string? indexPath = null)
        {
            var path = indexPath ?? Path.Combine(Path.GetTempPath(), "ef-peer-index-" + Guid.NewGuid().ToString("N"));
            var app = server.BuildPeer(path);
            await Server.PrepareAsync(app, seedIfEmpty: null, CancellationToken.None);
            await app.StartAsync();
            return new Peer(app, indexPath is null ? path : null);
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
            if (ownedIndex is not null && Directory.Exists(ownedIndex))
            {
                Directory.Delete(ownedIndex, recursive: true);
            }
        }
    }
}
