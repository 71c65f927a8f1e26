using Snapshooter.Xunit3;

namespace ExpertFinder.Api.Tests.Features.Units;

public sealed class UnitTreeTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task A_unit_knows_its_parent_children_ancestors_and_people_below_it()
    {
        using var dataset = TestDataset.WithOrganisation("tree")
            .Add("units.jsonl", new { key = "tree-kontor", name = "Visitation", kind = "office", parent = "tree-afd" })
            .Add("units.jsonl", new { key = "tree-team-a", name = "Team Nord", kind = "team", parent = "tree-kontor" })
            .Add("units.jsonl", new { key = "tree-team-b", name = "Team Syd", kind = "team", parent = "tree-kontor" })
            .Add("people.jsonl", new { key = "tree-leder", name = "Lene Leder", unit = "tree-kontor" })
            .Add("people.jsonl", new { key = "tree-a", name = "Anders Nord", unit = "tree-team-a" })
            .Add("people.jsonl", new { key = "tree-b", name = "Birte Syd", unit = "tree-team-b" })
            .Add("people.jsonl", new { key = "tree-hidden", name = "Skjult", unit = "tree-team-b", visibility = "hidden" });
        await server.ImportAsync(dataset);

        var json = await server.QueryAsync("""
            {
              unit(key: "tree-kontor") {
                name kind parent { name } ancestors { key kind }
                children { totalCount nodes { key name } }
                own: people { totalCount nodes { key } }
                all: people(includeSubunits: true) { totalCount nodes { key unit { key } } }
              }
              teams: units(filter: { kind: TEAM, name: "team" }, direction: DESC) { nodes { key } }
            }
            """);

        Snapshot.Match(json.GetRawText());
    }

    [Fact]
    public async Task People_of_a_department_include_those_in_units_below_unless_asked_not_to()
    {
        using var dataset = TestDataset.WithOrganisation("dept")
            .Add("units.jsonl", new { key = "dept-team", name = "Hjemmepleje", kind = "team", parent = "dept-afd" })
            .Add("people.jsonl", new { key = "dept-top", name = "Top", unit = "dept-afd" })
            .Add("people.jsonl", new { key = "dept-low", name = "Low", unit = "dept-team" });
        await server.ImportAsync(dataset);
        var id = (await server.QueryAsync("""{ unit(key: "dept-afd") { id } }""")).GetProperty("data").GetProperty("unit").GetProperty("id").GetString();

        var json = await server.QueryAsync("""
            query($id: ID!) {
              below: people(filter: { unitId: $id }) { nodes { key } }
              only: people(filter: { unitId: $id, includeSubunits: false }) { nodes { key } }
            }
            """, new { id });

        Assert.Equal("""{"below":{"nodes":[{"key":"dept-low"},{"key":"dept-top"}]},"only":{"nodes":[{"key":"dept-top"}]}}""", json.GetProperty("data").GetRawText());
    }
}
