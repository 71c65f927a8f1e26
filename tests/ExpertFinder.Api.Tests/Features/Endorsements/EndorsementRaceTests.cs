using System.Text.Json;
using ExpertFinder.Api.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Features.Endorsements;

/// <summary>
/// Endorsements and withdrawals of one held competence at once. Each test holds the endorsement rows still while both
/// mutations start (see <see cref="HeldWrites"/>), so both have decided the source before either writes.
/// </summary>
public sealed class EndorsementRaceTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Withdraw = $"mutation($input: WithdrawEndorsementInput!) {{ withdrawEndorsement(input: $input) {{ deletedId {Errors} }} }}";

    /// <summary>Anna assesses herself in a competence; Bent and Cato are colleagues who may vouch for it.</summary>
    private static TestDataset Team(string prefix) => TestDataset.WithOrganisation(prefix)
        .Add("competences.jsonl", new { key = prefix + "-c", name = "Motiverende samtale" })
        .Add("people.jsonl", new { key = prefix + "-anna", name = "Anna", unit = prefix + "-afd", competences = new[] { new { competence = prefix + "-c", level = 3, source = "self" } } })
        .Add("people.jsonl", new { key = prefix + "-bent", name = "Bent", unit = prefix + "-afd" })
        .Add("people.jsonl", new { key = prefix + "-cato", name = "Cato", unit = prefix + "-afd" });

    /// <summary>The endorser's token is fetched before the race, so that only the mutation itself is timed by the test.</summary>
    private async Task<Func<Task<JsonElement>>> EndorsementByAsync(string prefix, string endorser)
    {
        var token = await server.TokenForAsync($"{prefix}-{endorser}");
        var input = new { personId = Id("Person", $"{prefix}-anna"), competenceId = Id("Competence", $"{prefix}-c") };
        return async () =>
        {
            var json = await server.QueryAsync(EndorsementMutationTests.Endorse, new { input }, token);
            Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
            return json.GetProperty("data").GetProperty("endorseCompetence");
        };
    }

    private async Task<string> EndorseAsync(string prefix, string endorser)
    {
        var payload = await (await EndorsementByAsync(prefix, endorser))();
        AssertSucceeded(payload);
        return payload.GetProperty("endorsement").GetProperty("id").GetString()!;
    }

    private Task<JsonElement> WithdrawAsync(string id) => server.MutateAsync(Withdraw, new { id });

    /// <summary>Runs the mutations at once, each reading all it reads before any writes to the endorsements.</summary>
    private async Task<JsonElement[]> AtOnceAsync(params Func<Task<JsonElement>>[] mutations)
    {
        await using var held = await HeldWrites.OnAsync(server, "endorsements");
        var running = mutations.Select(m => m()).ToList();
        await held.UntilWaitingAsync(sessions: mutations.Length);
        await held.ReleaseAsync();
        return await Task.WhenAll(running);
    }

    [Fact]
    public async Task An_endorsement_while_the_only_other_is_withdrawn_leaves_the_competence_endorsed()
    {
        using var dataset = Team("swap");
        await server.SeedAsync(dataset);
        var bents = await EndorseAsync("swap", "bent");

        var payloads = await AtOnceAsync(await EndorsementByAsync("swap", "cato"), () => WithdrawAsync(bents));

        Assert.All(payloads, AssertSucceeded);
        Assert.Equal(("endorsed", 1), await SourceAndEndorsementsAsync("swap"));
    }

    [Fact]
    public async Task The_last_two_endorsements_withdrawn_at_once_leave_the_competence_self_assessed()
    {
        using var dataset = Team("both");
        await server.SeedAsync(dataset);
        var bents = await EndorseAsync("both", "bent");
        var catos = await EndorseAsync("both", "cato");

        var payloads = await AtOnceAsync(() => WithdrawAsync(bents), () => WithdrawAsync(catos));

        Assert.All(payloads, AssertSucceeded);
        Assert.Equal(("self", 0), await SourceAndEndorsementsAsync("both"));
    }

    [Fact]
    public async Task One_endorsement_withdrawn_twice_at_once_is_withdrawn_once_and_then_not_found()
    {
        using var dataset = Team("twice");
        await server.SeedAsync(dataset);
        var bents = await EndorseAsync("twice", "bent");

        var payloads = await AtOnceAsync(() => WithdrawAsync(bents), () => WithdrawAsync(bents));

        var errors = payloads.Select(ErrorsOf).OrderBy(e => e.Count).ToList();
        Assert.Empty(errors[0]);
        Assert.Equal([("NotFoundError", "NOT_FOUND", "input.id")], errors[1]);
        Assert.Equal(("self", 0), await SourceAndEndorsementsAsync("twice"));
    }

    /// <summary>Anna's source for the competence and how many endorse it, as the database has them.</summary>
    private async Task<(string Source, long Endorsements)> SourceAndEndorsementsAsync(string prefix)
    {
        await using var command = server.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand("""
            SELECT pc.source, (SELECT count(*) FROM endorsements e WHERE e.person_id = pc.person_id AND e.competence_id = pc.competence_id)
            FROM person_competences pc JOIN people p ON p.id = pc.person_id JOIN competences c ON c.id = pc.competence_id
            WHERE p.key = @person AND c.key = @competence
            """);
        command.Parameters.AddWithValue("person", $"{prefix}-anna");
        command.Parameters.AddWithValue("competence", $"{prefix}-c");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.GetInt64(1));
    }
}
