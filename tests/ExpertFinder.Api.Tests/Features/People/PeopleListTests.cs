using ExpertFinder.Api.Schema.Conventions;
using Snapshooter.Xunit3;

namespace ExpertFinder.Api.Tests.Features.People;

public sealed class PeopleListTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static TestDataset Staff() => TestDataset.WithOrganisation("list")
        .Add("competences.jsonl", new { key = "list-jura", name = "Personalejura" })
        .Add("people.jsonl", new { key = "list-a", name = "Anna Ager", title = "Jurist", unit = "list-afd", roles = new[] { "knowledge-sharer" }, competences = new[] { new { competence = "list-jura", level = 5 } } })
        .Add("people.jsonl", new { key = "list-b", name = "Bent Bro", title = "Konsulent", unit = "list-afd", competences = new[] { new { competence = "list-jura", level = 2 } } })
        .Add("people.jsonl", new { key = "list-c", name = "Cecilie 100% Clausen", title = "Chef", unit = "list-afd", roles = new[] { "knowledge-sharer", "manager" } })
        .Add("people.jsonl", new { key = "list-d", name = "Dorte Dahl", unit = "list-afd" })
        .Add("people.jsonl", new { key = "list-hidden", name = "Anna Skjult", unit = "list-afd", roles = new[] { "knowledge-sharer" }, visibility = "hidden", competences = new[] { new { competence = "list-jura", level = 5 } } });

    [Fact]
    public async Task People_are_filtered_by_competence_level_role_and_name_and_sorted()
    {
        using var dataset = Staff();
        await server.ImportAsync(dataset);
        var competence = (await server.QueryAsync("""{ competence(key: "list-jura") { id } }""")).GetProperty("data").GetProperty("competence").GetProperty("id").GetString();

        var json = await server.QueryAsync("""
            query($c: ID!) {
              experts: people(filter: { competenceId: $c, minLevel: 4 }) { totalCount nodes { key } }
              holders: people(filter: { competenceId: $c }) { totalCount nodes { key } }
              sharers: people(filter: { role: KNOWLEDGE_SHARER, name: "a" }) { totalCount nodes { key } }
              sharersByName: people(filter: { role: KNOWLEDGE_SHARER }, orderBy: { field: NAME, direction: DESC }) { nodes { key } }
              literal: people(filter: { name: "100%" }) { nodes { key } }
              wildcard: people(filter: { name: "_" }) { totalCount }
              byTitle: people(filter: { name: "a" }, orderBy: { field: TITLE }) { nodes { key title } }
              reverse: people(last: 2, filter: { name: "" }) { nodes { key } pageInfo { hasPreviousPage hasNextPage } }
            }
            """, new { c = competence });

        Snapshot.Match(json.GetRawText());
    }

    [Fact]
    public async Task Pages_follow_cursors_forward_and_backward_without_gaps()
    {
        using var dataset = Staff();
        await server.ImportAsync(dataset);
        const string Page = """
            query($after: String, $before: String, $first: Int, $last: Int) {
              people(first: $first, after: $after, last: $last, before: $before, filter: { name: "e" }) {
                totalCount edges { cursor node { key } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }
            """;

        var first = (await server.QueryAsync(Page, new { first = 2 })).GetProperty("data").GetProperty("people");
        var next = (await server.QueryAsync(Page, new { first = 2, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("data").GetProperty("people");
        var back = (await server.QueryAsync(Page, new { last = 2, before = next.GetProperty("pageInfo").GetProperty("startCursor").GetString() })).GetProperty("data").GetProperty("people");

        Assert.Equal(4, first.GetProperty("totalCount").GetInt32());
        Assert.Equal(["list-a", "list-b"], Keys(first));
        Assert.Equal(["list-c", "list-d"], Keys(next));
        Assert.False(next.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(next.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(Keys(first), Keys(back));
    }

    [Theory]
    [InlineData("first: 51")]
    [InlineData("first: 1, last: 1")]
    [InlineData("last: -1")]
    public async Task Page_sizes_out_of_bounds_and_both_directions_at_once_are_coded_errors(string arguments)
    {
        var json = await server.QueryAsync("{ people(" + arguments + ") { totalCount } }");

        Assert.Equal("BAD_PAGE_SIZE", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task A_minimum_level_outside_1_to_5_is_a_coded_filter_error(int minLevel)
    {
        var competence = GlobalId.Encode(NodeTypeNames.Competence, "list-jura");

        var json = await server.QueryAsync("query($c: ID!, $l: Int) { people(filter: { competenceId: $c, minLevel: $l }) { totalCount } }", new { c = competence, l = minLevel });

        var error = json.GetProperty("errors")[0];
        Assert.Equal("BAD_FILTER", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("'filter.minLevel' must be between 1 and 5", error.GetProperty("message").GetString());
    }

    private static string[] Keys(System.Text.Json.JsonElement connection) =>
        [.. connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("key").GetString()!)];
}
