using System.Text.Json;
using Snapshooter.Xunit3;

namespace ExpertFinder.Api.Tests.Schema;

public sealed class NodeTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Every_kind_of_object_is_fetched_again_by_its_id_and_hidden_people_are_not()
    {
        using var dataset = TestDataset.WithOrganisation("node")
            .Add("competences.jsonl", new { key = "node-c", name = "Rehabilitering" })
            .Add("people.jsonl", new { key = "node-p", name = "Pia Holm", unit = "node-afd", competences = new[] { new { competence = "node-c", level = 4 } } })
            .Add("people.jsonl", new { key = "node-hidden", name = "Skjult", unit = "node-afd", visibility = "hidden" })
            .Add("networks.jsonl", new { key = "node-n", name = "Netværk", kind = "learning", members = new[] { new { person = "node-p" } } })
            .Add("documents.jsonl", new { key = "node-d", title = "Skabelon", text = "Tekst.", authors = new[] { "node-p" } });
        await server.ImportAsync(dataset);
        var ids = (await server.QueryAsync("""
            { person(key: "node-p") { id } unit(key: "node-afd") { id } competence(key: "node-c") { id }
              network(key: "node-n") { id } document(key: "node-d") { id } }
            """)).GetProperty("data").EnumerateObject().Select(p => p.Value.GetProperty("id").GetString()!).ToList();
        ids.Add(Convert.ToBase64String("Person:node-hidden"u8.ToArray()).TrimEnd('='));
        ids.Add(Convert.ToBase64String("Person:nobody"u8.ToArray()).TrimEnd('='));

        var json = await server.QueryAsync("""
            query($ids: [ID!]!, $first: ID!) {
              nodes(ids: $ids) { __typename id ... on Person { key } ... on Unit { key } ... on Competence { key }
                ... on Network { key } ... on Document { key } }
              node(id: $first) { ... on Person { name } }
            }
            """, new { ids, first = ids[0] });

        Snapshot.Match(json.GetRawText());
    }

    [Theory]
    [InlineData("not an id")]
    [InlineData("VW5rbm93bjp4")]
    public async Task An_id_this_api_did_not_issue_is_a_coded_error(string id)
    {
        var json = await server.QueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Equal(JsonValueKind.Null, json.GetProperty("data").GetProperty("node").ValueKind);
        Assert.Equal("INVALID_ID", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
