using ExpertFinder.Api.Tests.Http;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Features.Experts;

/// <summary>What a person is happy to be asked about is searched with their profile and shown as evidence; willingness filters the hits.</summary>
public sealed class AskMeAboutSearchTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Update = $"mutation($input: UpdatePersonInput!) {{ updatePerson(input: $input) {{ person {{ key }} {Errors} }} }}";

    private static TestDataset Organisation(string p) => TestDataset.WithOrganisation(p)
        .Add("competences.jsonl", new { key = p + "-demens", name = "Demens" })
        .Add("people.jsonl", new { key = p + "-anna", name = "Anna Holm", unit = p + "-afd", competences = new[] { new { competence = p + "-demens", level = 3 } } })
        .Add("people.jsonl", new { key = p + "-eva", name = "Eva Ek", unit = p + "-afd", competences = new[] { new { competence = p + "-demens", level = 5 } } });

    [Fact]
    public async Task A_statement_made_through_update_person_is_found_at_once_with_the_matched_statement_shown()
    {
        using var dataset = Organisation("ask");
        await server.SeedAsync(dataset);
        const string Query = """{ experts(query: "tovholder på pårørendecaféen") { edges { node { person { key } evidence { askMeAbout } } } } }""";
        var before = await server.QueryAsync(Query);

        AssertSucceeded(await server.MutateAsAsync("ask-anna", Update, new
        {
            id = Id("Person", "ask-anna"),
            askMeAbout = new[] { "Demens og pårørende", "Hvordan man bliver tovholder på en pårørendecafé", "Cykelreparation" },
        }));
        var after = await server.QueryAsync(Query);

        Assert.Equal("""{"experts":{"edges":[]}}""", before.GetProperty("data").GetRawText());
        Assert.Equal("""{"experts":{"edges":[{"node":{"person":{"key":"ask-anna"},"evidence":{"askMeAbout":["Demens og pårørende","Hvordan man bliver tovholder på en pårørendecafé"]}}}]}}""",
            Compact(after.GetProperty("data")));
    }

    [Fact]
    public async Task The_search_filters_on_openness_to_mentoring_and_job_rotation()
    {
        using var dataset = Organisation("will");
        await server.SeedAsync(dataset);
        AssertSucceeded(await server.MutateAsAsync("will-anna", Update, new { id = Id("Person", "will-anna"), openToMentoring = true }));
        AssertSucceeded(await server.MutateAsAsync("will-eva", Update, new { id = Id("Person", "will-eva"), openToJobRotation = true }));

        async Task<string> KeysAsync(string filter)
        {
            var json = await server.QueryAsync($$"""{ experts(query: "demens", filter: {{filter}}) { edges { node { person { key } scoreParts { prior } } } } }""");
            Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
            // Only this test's people: the other tests of the class share the database and also know about "demens".
            var ours = json.GetProperty("data").GetProperty("experts").GetProperty("edges").EnumerateArray()
                .Where(e => e.GetProperty("node").GetProperty("person").GetProperty("key").GetString()!.StartsWith("will-", StringComparison.Ordinal));
            return string.Join(" ", ours.Select(e =>
                $"{e.GetProperty("node").GetProperty("person").GetProperty("key").GetString()}:{e.GetProperty("node").GetProperty("scoreParts").GetProperty("prior").GetDouble().ToString("F4", System.Globalization.CultureInfo.InvariantCulture)}"));
        }

        // The prior holds the willingness (+3 % to mentor, +2 % to a day of job rotation) on top of holding Demens, the
        // competence the query is: self-assessed at level 3 (Anna) +15.47 %, at level 5 (Eva) +22.5 %.
        Assert.Equal("will-anna:1.1847", await KeysAsync("{ openToMentoring: true }"));
        Assert.Equal("will-eva:1.2450", await KeysAsync("{ openToJobRotation: true }"));
        Assert.Equal("will-eva:1.2450", await KeysAsync("{ openToMentoring: false }"));
        Assert.Equal(2, (await KeysAsync("{}")).Split(' ').Length);
    }
}
