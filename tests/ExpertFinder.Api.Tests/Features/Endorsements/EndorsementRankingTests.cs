using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Features.Endorsements;

/// <summary>
/// Ranking weighs each field by the statistics of the whole index (one field per competence level and source), so
/// other tests' people would change the weights compared here: this class has a server and an index of its own.
/// </summary>
public sealed class EndorsementRankingTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task An_endorsement_lifts_the_person_in_search_at_once()
    {
        using var dataset = TestDataset.WithOrganisation("rank")
            .Add("competences.jsonl", new { key = "rank-c", name = "Sagsbehandling" })
            .Add("people.jsonl", new { key = "rank-a", name = "A", unit = "rank-afd", competences = new[] { new { competence = "rank-c", level = 3, source = "self" } } })
            .Add("people.jsonl", new { key = "rank-b", name = "B", unit = "rank-afd", competences = new[] { new { competence = "rank-c", level = 3, source = "self" } } })
            .Add("people.jsonl", new { key = "rank-z", name = "Z", unit = "rank-afd" });
        await server.SeedAsync(dataset);
        var before = await server.ExpertKeysAsync("sagsbehandling");
        var last = before[^1];

        AssertSucceeded(await server.MutateAsAsync("rank-z", EndorsementMutationTests.Endorse, new { personId = Id("Person", last), competenceId = Id("Competence", "rank-c") }));

        Assert.Equal(2, before.Count);
        Assert.Equal(last, (await server.ExpertKeysAsync("sagsbehandling"))[0]);
    }
}
