using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ExpertFinder.Api.Tests.ColleagueSuggestions;
using static ExpertFinder.Api.Tests.GraphQL.MutationRequests;

namespace ExpertFinder.Api.Tests.GraphQL;

/// <summary>
/// The example operations in schema/operations are what portals copy: each runs, by its persisted document id,
/// against the served schema and a small organisation without errors and returns what it is for.
/// </summary>
public sealed class ExampleOperationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly Dictionary<string, (object Variables, string Expect)> Examples = new(StringComparer.Ordinal)
    {
        ["expert-search"] = (new { q = "demens", n = 5 }, "ops-pia"),
        ["expert-search-page"] = (new { q = "demens" }, "Demens"),
        ["person-profile"] = (new { key = "ops-pia" }, "God til familiesamtaler."),
        ["unit-people"] = (new { key = "ops-afd" }, "ops-ole"),
        ["network-members"] = (new { key = "ops-net" }, "ops-pia"),
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
            .Add("units.jsonl", new { key = "ops-mbu", name = "Børn og Unge", kind = "department", parent = "ops-kommune" })
            .Add("people.jsonl", new { key = "ops-lis", name = "Lis Holm", unit = "ops-mbu", competences = new[] { new { competence = "ops-demens", level = 4 } } });
        await server.SeedAsync(dataset);
        // Ole's department needs demens, and Lis of Børn og Unge knows it: both open to meeting colleagues.
        await server.OptInAsync("ops-ole", "ops-lis");
        await server.NeedAsync("ops-afd", "ops-demens", level: 3);
        await server.MutateAsAsync("ops-ole",
            "mutation($input: EndorseCompetenceInput!) { endorseCompetence(input: $input) { errors { code } } }",
            new { personId = Id("Person", "ops-pia"), competenceId = Id("Competence", "ops-demens"), comment = "God til familiesamtaler." });
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
