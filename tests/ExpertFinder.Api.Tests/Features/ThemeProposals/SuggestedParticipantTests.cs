using System.Text.Json;
using ExpertFinder.Api.Tests.Security.Auth;
using static ExpertFinder.Api.Tests.Features.ThemeProposals.ProposalOrganisation;
using static ExpertFinder.Api.Tests.Http.MutationRequests;
using static ExpertFinder.Api.Tests.Security.Auth.AuthRequests;

namespace ExpertFinder.Api.Tests.Features.ThemeProposals;

/// <summary>
/// The people a proposal suggests: found by the expert search over its text in the affected units, spread across
/// departments, each with a reason, and only people the reader may discover.
/// </summary>
[Collection(ProposalServer.Name)]
public sealed class SuggestedParticipantTests(ServerFixture server)
{
    private const string Suggestions = """
        query($id: ID!, $first: Int) { node(id: $id) { ... on ThemeProposal { suggestedParticipants(first: $first) { person { key } reason departmentName } } } }
        """;

    [Fact]
    public async Task Suggestions_take_turns_across_departments_instead_of_filling_up_from_the_strongest()
    {
        var id = await ProposeAsync("sp1");

        var four = await SuggestAsync(id, 4, await server.AsAsync("sp1-pia"));

        // The search alone ranks four health experts (levels 5, 5, 4, 4) above the others.
        var byDepartment = four.GroupBy(s => s.Department).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["Sundhed og Omsorg"] = 2, ["Børn og Unge"] = 1, ["Kultur og Fritid"] = 1 }, byDepartment);
        // Each department's best comes first: the one from Børn og Unge is the one ranked first there when all are asked for
        // (which of its two that is, the search decides; the test data of other tests in the class move it).
        var all = await SuggestAsync(id, 20, await server.AsAsync("sp1-pia"));
        Assert.Equal(all.First(s => s.Department == "Børn og Unge").Key, Assert.Single(four, s => s.Department == "Børn og Unge").Key);
        var health = await server.QueryAsync("""{ experts(query: "sundhedsfremme på tværs", first: 4, filter: { municipalities: ["sp1-a"] }) { nodes { person { key } } } }""", token: server.AdminToken);
        Assert.All(health.GetProperty("data").GetProperty("experts").GetProperty("nodes").EnumerateArray(),
            n => Assert.Matches("^sp1-(s[1-4]|pia)$", n.GetProperty("person").GetProperty("key").GetString()!));
    }

    [Fact]
    public async Task Each_suggestion_says_why_in_danish_from_the_search_evidence()
    {
        var id = await ProposeAsync("sp2");

        var all = await SuggestAsync(id, 20, await server.AsAsync("sp2-pia"));

        var signe = all.Single(s => s.Key == "sp2-s1");
        Assert.Equal("Kompetence: Sundhedsfremme (niveau 5); skrev «Sundhedsfremme i hjemmeplejen»", signe.Reason);
        Assert.Equal("Sundhed og Omsorg", signe.Department);
        Assert.Equal("Kompetence: Sundhedsfremme (niveau 2)", all.Single(s => s.Key == "sp2-k1").Reason);
        Assert.Equal("Kultur og Fritid", all.Single(s => s.Key == "sp2-k1").Department);
        Assert.Equal("Profilen nævner sundhedsfremme", all.Single(s => s.Key == "sp2-kim").Reason);
        // Ada and Per match only by the names of the units they work in, which says nothing of what they know.
        Assert.DoesNotContain(all, s => s.Key is "sp2-ada" or "sp2-per");
    }

    [Fact]
    public async Task The_hidden_the_proposer_and_people_outside_the_affected_units_are_never_suggested_whoever_reads()
    {
        var id = await ProposeAsync("sp3");
        // A deployment admin may discover the other municipality's expert anywhere else.
        var everywhere = await server.QueryAsync("""{ experts(query: "sundhedsfremme", first: 50) { nodes { person { key } } } }""", token: server.AdminToken);
        Assert.Contains("sp3-bjarke", everywhere.GetRawText(), StringComparison.Ordinal);

        foreach (var reader in new[] { await server.AsAsync("sp3-pia"), await server.AsAsync("sp3-ada", "admin"), Bearer(server.AdminToken) })
        {
            var keys = (await SuggestAsync(id, 20, reader)).Select(s => s.Key).Order(StringComparer.Ordinal).ToList();

            Assert.Equal(["sp3-b1", "sp3-b2", "sp3-k1", "sp3-kim", "sp3-s1", "sp3-s2", "sp3-s3", "sp3-s4"], keys);
        }
    }

    [Fact]
    public async Task Suggestions_are_capped()
    {
        var id = await ProposeAsync("sp4");

        var answer = await server.GraphQLAsync(Suggestions, await server.AsAsync("sp4-pia"), new { id, first = 21 });

        Assert.Equal("BAD_PAGE_SIZE", answer.Code);
    }

    private async Task<string> ProposeAsync(string prefix)
    {
        using (var dataset = Of(prefix))
        {
            await server.SeedAsync(dataset);
        }
        return (await server.ProposeAsync(prefix + "-pia", Input(prefix))).GetProperty("id").GetString()!;
    }

    private async Task<List<(string Key, string Reason, string? Department)>> SuggestAsync(string id, int first, Action<System.Net.Http.Headers.HttpRequestHeaders> reader)
    {
        var answer = await server.GraphQLAsync(Suggestions, reader, new { id, first });
        Assert.True(answer.Code is null, answer.ToString());
        return answer.Data.GetProperty("node").GetProperty("suggestedParticipants").EnumerateArray()
            .Select(s => (s.GetProperty("person").GetProperty("key").GetString()!, s.GetProperty("reason").GetString()!,
                s.GetProperty("departmentName").ValueKind == JsonValueKind.Null ? null : s.GetProperty("departmentName").GetString()))
            .ToList();
    }
}
