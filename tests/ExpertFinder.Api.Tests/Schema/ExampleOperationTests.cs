using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ExpertFinder.Api.Tests.Features.ColleagueSuggestions;
using ExpertFinder.Api.Tests.Http;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Schema;

/// <summary>
/// The example operations in schema/operations are what portals copy: each runs, by its persisted document id,
/// against the served schema and a small organisation without errors and returns what it is for.
/// </summary>
public sealed class ExampleOperationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly Dictionary<string, (object Variables, string Expect)> Examples = new(StringComparer.Ordinal)
    {
        ["competence-gap"] = (new { key = "ops-team" }, "\"needed\":2,\"have\":1,\"missing\":1"),
        ["expert-search"] = (new { q = "demens", n = 5 }, "ops-pia"),
        ["expert-search-page"] = (new { q = "demens" }, "Demens"),
        ["knowledge-sharers"] = (new { filter = new { area = "pårørende" } }, "\"askMeAbout\":[\"Demens og pårørende\"]"),
        ["person-profile"] = (new { key = "ops-pia" }, "God til familiesamtaler."),
        ["unit-people"] = (new { key = "ops-afd" }, "ops-ole"),
        ["network-members"] = (new { key = "ops-net" }, "ops-pia"),
        ["network-lifecycle"] = (new { key = "ops-net" }, "\"topic\":true,\"holders\":1"),
        ["network-meetings"] = (new { key = "ops-net" }, "\"sharedBeforeAndAfter\":true"),
        ["theme-proposals"] = (new
        {
            input = new
            {
                title = "Demens på tværs", kind = "WELFARE",
                citizenValue = "Borgere med demens mødes af den samme viden overalt.", challenge = "Demens rammer familier i flere forvaltninger.",
                crossUnitReason = "Pleje og team møder de samme borgere.", currentShortfall = "Viden deles ikke.",
                missingLearning = "Fælles sprog om demens.", innovationPotential = "Færre overdragelser.",
                affectedUnitIds = new[] { Id("Unit", "ops-afd"), Id("Unit", "ops-team") },
            },
        }, "\"person\":{\"key\":\"ops-pia\""),
        ["colleague-suggestions"] = (new { first = 3 }, "ops-lis"),
        ["update-my-competences"] = (new { person = Id("Person", "ops-ole"), competences = new[] { new { competenceId = Id("Competence", "ops-demens"), level = 2 } } }, "\"level\":2"),
    };

    public static TheoryData<string> Names() => [.. Examples.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_example_in_the_folder_is_exercised_here()
    {
        var files = Directory.EnumerateFiles(Folder(), "*.graphql").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal);

        Assert.Equal(Examples.Keys.Order(StringComparer.Ordinal), files);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task An_example_operation_runs_as_a_persisted_document(string name)
    {
        using var dataset = TestDataset.WithOrganisation("ops")
            .Add("units.jsonl", new { key = "ops-team", name = "Demensteamet", kind = "team", parent = "ops-afd" })
            .Add("competences.jsonl", new { key = "ops-demens", name = "Demens" })
            .Add("people.jsonl", new { key = "ops-pia", name = "Pia Demens", title = "Demenskoordinator", unit = "ops-team", competences = new[] { new { competence = "ops-demens", level = 5 } } })
            .Add("people.jsonl", new { key = "ops-ole", name = "Ole Olsen", unit = "ops-afd" })
            .Add("networks.jsonl", new { key = "ops-net", name = "Demensnetværket", kind = "welfare", topics = new[] { "ops-demens" }, members = new[] { new { person = "ops-pia", role = "facilitator" } } })
            .Add("documents.jsonl", new { key = "ops-agenda", title = "Dagsorden: netværksmøde i marts", kind = "agenda", text = "Punkt 1: nyt fra kommunerne.", network = "ops-net", authors = new[] { "ops-pia" } })
            .Add("documents.jsonl", new { key = "ops-minutes", title = "Referat: netværksmøde i marts", kind = "minutes", text = "Vi delte erfaringer med pårørendesamtaler.", network = "ops-net", authors = new[] { "ops-pia" } })
            .Add("units.jsonl", new { key = "ops-mbu", name = "Børn og Unge", kind = "department", parent = "ops-kommune" })
            .Add("people.jsonl", new { key = "ops-lis", name = "Lis Holm", unit = "ops-mbu", competences = new[] { new { competence = "ops-demens", level = 4 } } });
        await server.SeedAsync(dataset);
        // Every example runs on the same data: the meeting is recorded once (a second try only answers KEY_TAKEN).
        await server.MutateAsync("mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { errors { code } } }", new
        {
            key = "ops-meeting", networkId = Id("Network", "ops-net"), title = "Netværksmøde i marts", date = "2025-03-06",
            agendaId = Id("Document", "ops-agenda"), minutesId = Id("Document", "ops-minutes"), participantIds = new[] { Id("Person", "ops-pia"), Id("Person", "ops-ole") },
        });
        // Ole's department needs demens, and Lis of Børn og Unge knows it: both open to meeting colleagues.
        await server.OptInAsync("ops-ole", "ops-lis");
        await server.NeedAsync("ops-afd", "ops-demens", level: 3);
        await server.MutateAsAsync("ops-ole",
            "mutation($input: EndorseCompetenceInput!) { endorseCompetence(input: $input) { errors { code } } }",
            new { personId = Id("Person", "ops-pia"), competenceId = Id("Competence", "ops-demens"), comment = "God til familiesamtaler." });
        await server.MutateAsync("mutation($input: SetUnitCompetenceNeedInput!) { setUnitCompetenceNeed(input: $input) { errors { code } } }",
            new { unitId = Id("Unit", "ops-team"), competenceId = Id("Competence", "ops-demens"), level = 3, people = 2 });
        await server.MutateAsync("mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { errors { code } } }",
            new { id = Id("Person", "ops-pia"), roles = new[] { "KNOWLEDGE_SHARER" }, askMeAbout = new[] { "Demens og pårørende" }, openToMentoring = true });
        var text = await File.ReadAllTextAsync(Path.Combine(Folder(), name + ".graphql"));
        var (variables, expect) = Examples[name];

        // Each example is sent as its reader would: Ole, signed in, searches and updates his own competences.
        using var response = await PersistedOperations.PostJsonAsync(server, new { documentId = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), variables },
            await server.TokenForAsync("ops-ole"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        Assert.False(json.RootElement.TryGetProperty("errors", out _), body);
        Assert.DoesNotContain("\"errors\":[{", body, StringComparison.Ordinal);
        Assert.Contains(expect, body, StringComparison.Ordinal);
        Assert.StartsWith("# ", text, StringComparison.Ordinal);
    }

    private static string Folder() => Path.Combine(NodeTools.RepositoryRoot(), "schema", "operations");
}
