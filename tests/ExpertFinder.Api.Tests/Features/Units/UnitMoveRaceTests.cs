using ExpertFinder.Api.Tests.Http;
using ExpertFinder.Api.Tests.Writes;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Features.Units;

public sealed class UnitMoveRaceTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Update = $"mutation($input: UpdateUnitInput!) {{ updateUnit(input: $input) {{ unit {{ key parent {{ key }} }} {Errors} }} }}";

    /// <summary>
    /// A department below a team, as an import may place it (its rule is looser than the mutations'), and an office
    /// beside them, all in the municipality <c>{organisation}-kommune</c>. Each move below is allowed by kind and by the
    /// tree as it stands: the team below the office, the office below the department. Together they close the loop
    /// department → team → office → department.
    /// </summary>
    private static TestDataset Triangle(TestDataset dataset, string organisation, string prefix) => dataset
        .Add("units.jsonl", new { key = prefix + "-team", name = "Team", kind = "team", parent = organisation + "-kommune" })
        .Add("units.jsonl", new { key = prefix + "-under", name = "Afdeling under team", kind = "department", parent = prefix + "-team" })
        .Add("units.jsonl", new { key = prefix + "-kontor", name = "Kontor", kind = "office", parent = organisation + "-kommune" });

    /// <summary>A municipality with a department and a person, the least an import takes.</summary>
    private static TestDataset Organisation(string prefix) => TestDataset.WithOrganisation(prefix)
        .Add("people.jsonl", new { key = prefix + "-p", name = "Pia", unit = prefix + "-afd" });

    private Task<System.Text.Json.JsonElement> MoveAsync(string prefix, string unit, string below) =>
        server.MutateAsync(Update, new { id = Id("Unit", $"{prefix}-{unit}"), parentId = Id("Unit", $"{prefix}-{below}") });

    [Fact]
    public async Task Two_moves_that_would_close_a_loop_together_cannot_both_pass_even_when_both_check_before_either_writes()
    {
        using var dataset = Triangle(Organisation("held"), "held", "held");
        await server.SeedAsync(dataset);

        await using var held = await HeldWrites.OnAsync(server, "units");
        var teamBelowOffice = MoveAsync("held", "team", below: "kontor");
        var officeBelowDepartment = MoveAsync("held", "kontor", below: "under");
        await held.UntilWaitingAsync(sessions: 2);
        await held.ReleaseAsync();
        var payloads = await Task.WhenAll(teamBelowOffice, officeBelowDepartment);

        Assert.Empty(await server.KeysInLoopsAsync("units", "held-"));
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
            Triangle(dataset, "round", $"round{round}");
        }
        await server.SeedAsync(dataset);

        for (var round = 0; round < Rounds; round++)
        {
            var payloads = await Task.WhenAll(MoveAsync($"round{round}", "team", below: "kontor"), MoveAsync($"round{round}", "kontor", below: "under"));
            Assert.Single(payloads, p => ErrorsOf(p).Count == 0);
        }

        Assert.Empty(await server.KeysInLoopsAsync("units", "round"));
    }
}
