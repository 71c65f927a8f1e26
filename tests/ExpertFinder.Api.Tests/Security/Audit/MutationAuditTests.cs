using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Security.Audit;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Security.Audit;

/// <summary>Every committed mutation has exactly one audit entry, written in its own transaction; a failed one has none.</summary>
public sealed class MutationAuditTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string UpdatePerson = $"mutation($input: UpdatePersonInput!) {{ updatePerson(input: $input) {{ person {{ key }} {Errors} }} }}";
    private const string CreateUnit = $"mutation($input: CreateUnitInput!) {{ createUnit(input: $input) {{ unit {{ key }} {Errors} }} }}";
    private const string UpdateUnit = $"mutation($input: UpdateUnitInput!) {{ updateUnit(input: $input) {{ unit {{ name }} {Errors} }} }}";
    private const string SetCompetence = $"mutation($input: SetPersonCompetenceInput!) {{ setPersonCompetence(input: $input) {{ {Errors} }} }}";

    private static TestDataset Team(string prefix) => TestDataset.WithOrganisation(prefix)
        .Add("competences.jsonl", new { key = prefix + "-c", name = "Motiverende samtale" })
        .Add("people.jsonl", new { key = prefix + "-anna", name = "Anna", unit = prefix + "-afd" })
        .Add("people.jsonl", new { key = prefix + "-mette", name = "Mette", unit = prefix + "-afd" });

    [Fact]
    public async Task A_committed_mutation_records_who_changed_which_fields_of_what_but_never_the_values()
    {
        using var dataset = Team("who");
        await server.SeedAsync(dataset);
        var mette = await server.PersonAsync("who-mette", "who-kommune", Role.Admin);

        var payload = await server.MutateAsAsync(mette, UpdatePerson,
            new { id = Id("Person", "who-anna"), title = "Sundhedsplejerske", email = "anna.hemmelig@aarhus.dk" }, requestId: "req-42");

        AssertSucceeded(payload);
        var entry = Assert.Single(await server.AboutAsync("Person", "who-anna"));
        Assert.Equal(("person:who-mette", "who-kommune", "updatePerson", "req-42"), (entry.Actor, entry.ActorMunicipality, entry.Operation, entry.RequestId));
        Assert.Equal(["email", "title"], entry.Fields);
        Assert.DoesNotContain("hemmelig", string.Join(" ", entry.Actor, entry.Operation, entry.EntityKey, string.Join(" ", entry.Fields)), StringComparison.Ordinal);
        Assert.True(DateTimeOffset.UtcNow - entry.At < TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_created_object_is_named_by_its_new_key_and_a_changed_competence_by_its_person()
    {
        using var dataset = Team("new");
        await server.SeedAsync(dataset);
        var mette = await server.PersonAsync("new-mette", "new-kommune", Role.Admin);

        var created = await server.MutateAsAsync(mette, CreateUnit, new { name = "Sundhedsplejen Øst", kind = "OFFICE", parentId = Id("Unit", "new-afd") });
        await server.MutateAsAsync(mette, SetCompetence, new { personId = Id("Person", "new-anna"), competenceId = Id("Competence", "new-c"), level = 4 });

        var key = created.GetProperty("unit").GetProperty("key").GetString()!;
        var unit = Assert.Single(await server.AboutAsync("Unit", key));
        Assert.Equal(("createUnit", "kind name parentId"), (unit.Operation, string.Join(' ', unit.Fields)));
        var competence = Assert.Single(await server.AboutAsync("Person", "new-anna"));
        Assert.Equal(("setPersonCompetence", "competenceId level personId"), (competence.Operation, string.Join(' ', competence.Fields)));
    }

    [Fact]
    public async Task A_mutation_that_fails_leaves_no_entry()
    {
        using var dataset = Team("fail");
        await server.SeedAsync(dataset);
        var mette = await server.PersonAsync("fail-mette", "fail-kommune", Role.Admin);

        var invalid = await server.MutateAsAsync(mette, UpdatePerson, new { id = Id("Person", "fail-anna"), email = "ikke en adresse" });
        var taken = await server.MutateAsAsync(mette, CreateUnit, new { key = "fail-afd", name = "Igen", kind = "OFFICE", parentId = Id("Unit", "fail-afd") });

        Assert.Equal([("ValidationError", "INVALID_FORMAT", "input.email")], ErrorsOf(invalid));
        Assert.Equal([("ConflictError", "KEY_TAKEN", "input.key")], ErrorsOf(taken));
        Assert.Empty(await server.AboutAsync("Person", "fail-anna"));
        Assert.Empty(await server.AboutAsync("Unit", "fail-afd"));
        Assert.DoesNotContain(await server.OfOperationAsync("createUnit"), e => e.Actor == mette.Actor);
    }

    [Fact]
    public async Task A_change_whose_entry_cannot_be_written_is_not_committed()
    {
        using var dataset = Team("atomic");
        await server.SeedAsync(dataset);
        var mette = await server.PersonAsync("atomic-mette", "atomic-kommune", Role.Admin);
        // The owner makes the log refuse this one operation, so writing its entry fails after the change was saved.
        await using var owner = server.OwnerConnection();
        await owner.OpenAsync();
        await ExecuteAsync(owner, "ALTER TABLE audit_log ADD CONSTRAINT ck_test_refuse CHECK (operation <> 'updateUnit')");
        try
        {
            var json = await server.QueryAsAsync(mette, UpdateUnit, new { input = new { id = Id("Unit", "atomic-afd"), name = "Omdøbt" } });

            Assert.True(json.TryGetProperty("errors", out _), json.ToString());
        }
        finally
        {
            await ExecuteAsync(owner, "ALTER TABLE audit_log DROP CONSTRAINT ck_test_refuse");
        }
        await using var name = server.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand("SELECT name FROM units WHERE key = 'atomic-afd'");
        Assert.Equal("Sundhed og Omsorg", await name.ExecuteScalarAsync());
    }

    [Fact]
    public async Task An_entry_is_part_of_the_callers_transaction()
    {
        var database = server.Services.GetRequiredService<NpgsqlDataSource>();
        await using var connection = await database.OpenConnectionAsync();
        foreach (var (key, commit) in new[] { ("rolled-back", false), ("committed", true) })
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await AuditTrail.RecordAsync(connection, transaction, new AuditEntry { Actor = "command-line", Operation = "test", EntityType = "Test", EntityKey = key }, default);
            if (commit)
            {
                await transaction.CommitAsync();
            }
            else
            {
                await transaction.RollbackAsync();
            }
        }

        Assert.Empty(await server.AboutAsync("Test", "rolled-back"));
        Assert.Single(await server.AboutAsync("Test", "committed"));
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
