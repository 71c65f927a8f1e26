using System.Text.Json;
using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Security.Audit;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Tests.Http;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests.Features.AuditLog;

/// <summary>Reading the log: admins only, a municipality admin only their own municipality's entries, newest first.</summary>
public sealed class AuditLogFieldTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Log = """
        query($filter: AuditLogFilter, $first: Int) { auditLog(filter: $filter, first: $first) {
          totalCount nodes { actor actorMunicipality operation entityType entityKey fields requestId at } } }
        """;

    private static readonly Caller DeploymentAdmin = new() { Kind = CallerKind.User, Subject = "drift@example.dk", Roles = new HashSet<string>([Role.DeploymentAdmin]) };

    /// <summary>An admin of <paramref name="municipality"/>: a person working there with the role admin.</summary>
    private async Task<Caller> AdminOfAsync(string prefix, string municipality)
    {
        using var dataset = new TestDataset()
            .Add("units.jsonl", new { key = municipality, name = "Kommunen", kind = "municipality" })
            .Add("people.jsonl", new { key = prefix + "-admin", name = "Administrator", unit = municipality });
        await server.SeedAsync(dataset);
        return await server.PersonAsync(prefix + "-admin", municipality, Role.Admin);
    }

    /// <summary>Three entries about "log-*" objects by two municipalities' people and the command line, oldest first.</summary>
    private async Task SeedAsync(string prefix)
    {
        var database = server.Services.GetRequiredService<NpgsqlDataSource>();
        await using var connection = await database.OpenConnectionAsync();
        foreach (var entry in new AuditEntry[]
        {
            new() { Actor = $"person:{prefix}-anna", ActorMunicipality = $"{prefix}-aarhus", Operation = "updatePerson", EntityType = "Person", EntityKey = $"{prefix}-anna", Fields = ["title"] },
            new() { Actor = $"person:{prefix}-bo", ActorMunicipality = $"{prefix}-odense", Operation = "createUnit", EntityType = "Unit", EntityKey = $"{prefix}-team", Fields = ["kind", "name"] },
            new() { Actor = "command-line", Operation = "apikey create", EntityType = "ApiKey", EntityKey = $"{prefix}-portal", Fields = ["name", "key_hash"] },
        })
        {
            // One transaction each, so their times differ as real changes' do.
            await using var transaction = await connection.BeginTransactionAsync();
            await AuditTrail.RecordAsync(connection, transaction, entry, default);
            await transaction.CommitAsync();
        }
    }

    [Fact]
    public async Task A_deployment_admin_reads_every_entry_newest_first_and_can_filter()
    {
        await SeedAsync("all");

        var everything = Nodes(await server.QueryAsAsync(DeploymentAdmin, Log, new { first = 50 }));
        var byActor = Nodes(await server.QueryAsAsync(DeploymentAdmin, Log, new { filter = new { actor = "person:all-bo" } }));
        var byEntity = Nodes(await server.QueryAsAsync(DeploymentAdmin, Log, new { filter = new { entityType = "Person", entityKey = "all-anna" } }));
        var future = Nodes(await server.QueryAsAsync(DeploymentAdmin, Log, new { filter = new { from = DateTimeOffset.UtcNow.AddHours(1) } }));
        var past = Nodes(await server.QueryAsAsync(DeploymentAdmin, Log, new { filter = new { to = DateTimeOffset.UtcNow.AddHours(-1) } }));

        var ours = everything.Where(n => n.GetProperty("entityKey").GetString()?.StartsWith("all-", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(["apikey create", "createUnit", "updatePerson"], ours.Select(n => n.GetProperty("operation").GetString()));
        var times = everything.Select(n => n.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(times.OrderDescending(), times);
        Assert.Equal(["all-team"], byActor.Select(n => n.GetProperty("entityKey").GetString()));
        Assert.Equal("""["title"]""", Assert.Single(byEntity).GetProperty("fields").GetRawText());
        Assert.Empty(future);
        Assert.Empty(past);
    }

    [Fact]
    public async Task A_municipality_admin_reads_only_entries_made_from_their_municipality()
    {
        await SeedAsync("own");

        var admin = await AdminOfAsync("own", "own-aarhus");
        var aarhus = Nodes(await server.QueryAsAsync(admin, Log, new { first = 50 }));
        var elsewhere = Nodes(await server.QueryAsAsync(admin, Log, new { filter = new { actor = "person:own-bo" } }));

        Assert.Equal(["person:own-anna"], aarhus.Select(n => n.GetProperty("actor").GetString()));
        Assert.Empty(elsewhere);
    }

    [Fact]
    public async Task Someone_who_administers_nothing_reads_no_entry()
    {
        await SeedAsync("none");
        var employee = new Caller { Kind = CallerKind.User, Subject = "x@example.dk", Roles = new HashSet<string>([Role.Analyst]) };

        foreach (var caller in new[] { employee, Caller.Anonymous })
        {
            var json = await server.QueryAsAsync(caller, Log, new { first = 50 });

            // Refused by the policy (an error) or answered with nothing: never an entry.
            var log = json.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? data.GetProperty("auditLog") : default;
            Assert.True(log.ValueKind != JsonValueKind.Object || log.GetProperty("nodes").GetArrayLength() == 0, json.ToString());
        }
    }

    [Fact]
    public void The_field_and_the_entry_type_declare_the_admin_policy()
    {
        var schema = server.Services.GetRequiredService<ExpertFinderSchema>();
        schema.Initialize();

        Assert.Contains(AccessPolicy.Admin, schema.Query.GetField("auditLog")!.GetPolicies() ?? []);
        Assert.Contains(AccessPolicy.Admin, schema.AllTypes["AuditEntry"]!.GetPolicies() ?? []);
    }

    [Fact]
    public async Task A_person_is_told_what_they_did_and_what_was_done_to_them()
    {
        await SeedAsync("me");
        var database = server.Services.GetRequiredService<NpgsqlDataSource>();
        await using (var connection = await database.OpenConnectionAsync())
        {
            await AuditTrail.RecordAsync(connection, null, new AuditEntry { Actor = "person:me-bo", Operation = "updatePerson", EntityType = "Person", EntityKey = "me-anna", Fields = ["bio"] }, default);
        }

        var entries = await server.Services.GetRequiredService<AuditTrail>().AboutPersonAsync("me-anna", default);

        Assert.Equal([("person:me-bo", "bio"), ("person:me-anna", "title")], entries.Select(e => (e.Actor, e.Fields.Single())));
    }

    private static List<JsonElement> Nodes(JsonElement json)
    {
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return [.. json.GetProperty("data").GetProperty("auditLog").GetProperty("nodes").EnumerateArray()];
    }
}
