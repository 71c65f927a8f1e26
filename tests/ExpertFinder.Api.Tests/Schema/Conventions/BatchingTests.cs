using System.Text.Json;

namespace ExpertFinder.Api.Tests.Schema.Conventions;

public sealed class BatchingTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string FiftyPeopleWithEverything = """
        query($unit: ID!) {
          people(first: 50, filter: { unitId: $unit }) {
            totalCount
            edges { node {
              key
              unit { name parent { name } ancestors { key } }
              competences(first: 10) { edges { node { level competence { name parent { name } } } } }
              networks(first: 10) { edges { node { role network { name owner { name } topics { totalCount } } } } }
            } }
          }
        }
        """;

    [Fact]
    public async Task Fifty_people_with_units_competences_and_networks_take_a_constant_number_of_statements()
    {
        using var dataset = TestDataset.WithOrganisation("batch")
            .Add("competences.jsonl", new { key = "batch-pleje", name = "Pleje" })
            .Add("networks.jsonl", new { key = "batch-net-0", name = "Netværk 0", kind = "learning", owner = "batch-afd", topics = new[] { "batch-pleje" } });
        for (var t = 0; t < 5; t++)
        {
            dataset.Add("units.jsonl", new { key = $"batch-team-{t}", name = $"Team {t}", kind = "team", parent = "batch-afd" });
            dataset.Add("competences.jsonl", new { key = $"batch-c-{t}", name = $"Kompetence {t}", parent = "batch-pleje" });
        }
        var members = new List<object>();
        for (var p = 0; p < 60; p++)
        {
            dataset.Add("people.jsonl", new
            {
                key = $"batch-p-{p:00}", name = $"Person {p:00}", unit = $"batch-team-{p % 5}",
                competences = new object[] { new { competence = $"batch-c-{p % 5}", level = 1 + p % 5 }, new { competence = "batch-pleje", level = 3 } },
            });
            members.Add(new { person = $"batch-p-{p:00}", role = p % 7 == 0 ? "facilitator" : "member" });
        }
        dataset.Add("networks.jsonl", new { key = "batch-net-1", name = "Netværk 1", kind = "welfare", members, topics = new[] { "batch-c-1" } });
        await server.ImportAsync(dataset);
        var unit = (await server.QueryAsync("""{ unit(key: "batch-kommune") { id } }""")).GetProperty("data").GetProperty("unit").GetProperty("id").GetString();

        var (few, fewStatements) = await CountedAsync(FiftyPeopleWithEverything.Replace("first: 50", "first: 5", StringComparison.Ordinal), unit);
        var (fifty, fiftyStatements) = await CountedAsync(FiftyPeopleWithEverything, unit);

        var people = fifty.GetProperty("data").GetProperty("people");
        Assert.Equal(60, people.GetProperty("totalCount").GetInt32());
        Assert.Equal(50, people.GetProperty("edges").GetArrayLength());
        var first = people.GetProperty("edges")[0].GetProperty("node");
        Assert.Equal("Sundhed og Omsorg", first.GetProperty("unit").GetProperty("parent").GetProperty("name").GetString());
        Assert.Equal(2, first.GetProperty("unit").GetProperty("ancestors").GetArrayLength());
        Assert.Equal(2, first.GetProperty("competences").GetProperty("edges").GetArrayLength());
        Assert.Equal("Netværk 1", first.GetProperty("networks").GetProperty("edges")[0].GetProperty("node").GetProperty("network").GetProperty("name").GetString());
        // unit lookup + its subtree + count + page + units + their parents + ancestors + competences + their parents
        // + memberships + topics, however many people there are
        Assert.True(fiftyStatements.Count <= 11, fiftyStatements.Count + ": " + string.Join(" | ", fiftyStatements.Select(s => s.ReplaceLineEndings(" ")[..Math.Min(70, s.Length)])));
        Assert.True(fewStatements.Count == fiftyStatements.Count, string.Join("\n---\n", fewStatements) + "\n=====\n" + string.Join("\n---\n", fiftyStatements));
    }

    private async Task<(JsonElement Json, IReadOnlyList<string> Statements)> CountedAsync(string query, string? unit)
    {
        using var counter = new SqlStatementCounter(server.DatabaseName);
        var json = await server.QueryAsync(query, new { unit });
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return (json, counter.Statements);
    }
}
