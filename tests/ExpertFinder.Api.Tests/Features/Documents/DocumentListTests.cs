using Snapshooter.Xunit3;

namespace ExpertFinder.Api.Tests.Features.Documents;

public sealed class DocumentListTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Documents_are_filtered_by_kind_network_author_and_date_and_networks_by_kind_status_topic_and_member()
    {
        using var dataset = TestDataset.WithOrganisation("docs")
            .Add("competences.jsonl", new { key = "docs-klima", name = "Klimatilpasning" })
            .Add("people.jsonl", new { key = "docs-ole", name = "Ole Olsen", unit = "docs-afd" })
            .Add("people.jsonl", new { key = "docs-hidden", name = "Skjult", unit = "docs-afd", visibility = "hidden" })
            .Add("networks.jsonl", new { key = "docs-n1", name = "Klimanetværk", kind = "innovation", status = "active", started = "2024-01-01", topics = new[] { "docs-klima" }, members = new[] { new { person = "docs-ole" }, new { person = "docs-hidden" } } })
            .Add("networks.jsonl", new { key = "docs-n2", name = "Afsluttet projekt", kind = "project", status = "closed", started = "2022-03-01", ended = "2023-03-01", members = new[] { new { person = "docs-hidden" } } })
            .Add("documents.jsonl", new { key = "docs-1", title = "Referat januar", kind = "minutes", text = "x", date = "2025-01-10", network = "docs-n1", authors = new[] { "docs-ole" } })
            .Add("documents.jsonl", new { key = "docs-2", title = "Referat marts", kind = "minutes", text = "x", date = "2025-03-10", network = "docs-n1", authors = new[] { "docs-hidden" } })
            .Add("documents.jsonl", new { key = "docs-3", title = "Skabelon", kind = "template", text = "x", date = "2024-06-01", authors = new[] { "docs-ole" } })
            .Add("documents.jsonl", new { key = "docs-4", title = "Udateret note", kind = "note", text = "x", network = "docs-n2" });
        await server.ImportAsync(dataset);
        var ids = (await server.QueryAsync("""
            { network(key: "docs-n1") { id } person(key: "docs-ole") { id } competence(key: "docs-klima") { id } }
            """)).GetProperty("data");

        var json = await server.QueryAsync("""
            query($n: ID!, $p: ID!, $c: ID!) {
              minutes: documents(filter: { kind: MINUTES, networkId: $n }) { nodes { key } }
              spring: documents(filter: { networkId: $n, from: "2025-02-01", to: "2025-12-31" }) { nodes { key } }
              byOle: documents(filter: { authorId: $p }, orderBy: { field: TITLE, direction: ASC }) { nodes { key } }
              network(key: "docs-n1") { documents { nodes { key } } members { totalCount } }
              active: networks(filter: { kind: INNOVATION, status: ACTIVE, topicId: $c }) { nodes { key } }
              mine: networks(filter: { memberId: $p }) { nodes { key } }
              oldestFirst: networks(orderBy: { field: STARTED }) { nodes { key started ended status } }
            }
            """, new { n = ids.GetProperty("network").GetProperty("id").GetString(), p = ids.GetProperty("person").GetProperty("id").GetString(), c = ids.GetProperty("competence").GetProperty("id").GetString() });

        Snapshot.Match(json.GetRawText());
    }

    [Fact]
    public async Task A_date_window_that_ends_before_it_starts_is_a_coded_error()
    {
        var json = await server.QueryAsync("""{ documents(filter: { from: "2025-02-01", to: "2025-01-01" }) { totalCount } }""");

        Assert.Equal("BAD_FILTER", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
