using ExpertFinder.Api.Tests.Http;
using ExpertFinder.Api.Tests.Writes;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Features.Competences;

public sealed class CompetenceMoveRaceTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Update = $"mutation($input: UpdateCompetenceInput!) {{ updateCompetence(input: $input) {{ competence {{ key parent {{ key }} }} {Errors} }} }}";

    /// <summary>Two competences side by side at the top: each may go below the other, not both.</summary>
    private static TestDataset Pair(TestDataset dataset, string prefix) => dataset
        .Add("competences.jsonl", new { key = prefix + "-a", name = "Sagsbehandling " + prefix })
        .Add("competences.jsonl", new { key = prefix + "-b", name = "Borgerkontakt " + prefix });

    /// <summary>A municipality with a department and a person, the least an import takes.</summary>
    private static TestDataset Organisation(string prefix) => TestDataset.WithOrganisation(prefix)
        .Add("people.jsonl", new { key = prefix + "-p", name = "Pia", unit = prefix + "-afd" });

    private Task<System.Text.Json.JsonElement> MoveAsync(string competence, string below) =>
        server.MutateAsync(Update, new { id = Id("Competence", competence), parentId = Id("Competence", below) });

    [Fact]
    public async Task Two_competences_moved_below_each_other_at_once_do_not_both_move_even_when_both_check_before_either_writes()
    {
        using var dataset = Pair(Organisation("held"), "held");
        await server.SeedAsync(dataset);

        await using var held = await HeldWrites.OnAsync(server, "competences");
        var aBelowB = MoveAsync("held-a", below: "held-b");
        var bBelowA = MoveAsync("held-b", below: "held-a");
        await held.UntilWaitingAsync(sessions: 2);
        await held.ReleaseAsync();
        var payloads = await Task.WhenAll(aBelowB, bBelowA);

        Assert.Empty(await server.KeysInLoopsAsync("competences", "held-"));
        var errors = payloads.Select(ErrorsOf).OrderBy(e => e.Count).ToList();
        Assert.Empty(errors[0]);
        Assert.Equal([("CycleError", "CYCLE", "input.parentId")], errors[1]);
    }

    [Fact]
    public async Task Opposing_moves_sent_at_once_round_after_round_leave_no_loop()
    {
        const int Rounds = 20;
        using var dataset = Organisation("round");
        for (var round = 0; round < Rounds; round++)
        {
            Pair(dataset, $"round{round}");
        }
        await server.SeedAsync(dataset);

        for (var round = 0; round < Rounds; round++)
        {
            var payloads = await Task.WhenAll(MoveAsync($"round{round}-a", below: $"round{round}-b"), MoveAsync($"round{round}-b", below: $"round{round}-a"));
            Assert.Single(payloads, p => ErrorsOf(p).Count == 0);
        }

        Assert.Empty(await server.KeysInLoopsAsync("competences", "round"));
    }
}
