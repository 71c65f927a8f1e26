using ExpertFinder.Api.Tests.Http;
using Snapshooter.Xunit3;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Features.Networks;

public sealed class NetworkMutationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string NetworkFields = "key name kind description status started ended owner { key } topics { nodes { key } } members { nodes { role person { key } } }";
    private const string Create = $"mutation($input: CreateNetworkInput!) {{ createNetwork(input: $input) {{ network {{ {NetworkFields} }} {Errors} }} }}";
    private const string Update = $"mutation($input: UpdateNetworkInput!) {{ updateNetwork(input: $input) {{ network {{ {NetworkFields} }} {Errors} }} }}";
    private const string Close = $"mutation($input: CloseNetworkInput!) {{ closeNetwork(input: $input) {{ network {{ status started ended }} {Errors} }} }}";
    private const string Delete = $"mutation($input: DeleteNetworkInput!) {{ deleteNetwork(input: $input) {{ deletedId {Errors} }} }}";
    private const string AddMember = $"mutation($input: AddNetworkMemberInput!) {{ addNetworkMember(input: $input) {{ membership {{ role person {{ key }} network {{ key }} }} {Errors} }} }}";
    private const string RemoveMember = $"mutation($input: RemoveNetworkMemberInput!) {{ removeNetworkMember(input: $input) {{ network {{ members {{ nodes {{ person {{ key }} }} }} }} {Errors} }} }}";

    private static TestDataset Organisation(string prefix) => TestDataset.WithOrganisation(prefix)
        .Add("competences.jsonl", new { key = prefix + "-demens", name = "Demens" })
        .Add("competences.jsonl", new { key = prefix + "-kost", name = "Kost" })
        .Add("people.jsonl", new { key = prefix + "-p", name = "Pia", unit = prefix + "-afd" })
        .Add("people.jsonl", new { key = prefix + "-q", name = "Quinn", unit = prefix + "-afd" });

    [Fact]
    public async Task A_network_is_created_and_partially_updated_with_its_topics_replaced()
    {
        using var dataset = Organisation("net");
        await server.SeedAsync(dataset);

        var created = await server.MutateAsync(Create, new
        {
            name = "Læringsnetværk om demens", kind = "LEARNING", description = "Vi deler erfaringer.", ownerUnitId = Id("Unit", "net-afd"),
            started = "2025-01-15", topicIds = new[] { Id("Competence", "net-demens") },
        });
        var updated = await server.MutateAsync(Update, new Dictionary<string, object?>
        {
            ["id"] = Id("Network", "laeringsnetvaerk-om-demens"), ["status"] = "TESTING", ["ownerUnitId"] = null,
            ["topicIds"] = new[] { Id("Competence", "net-kost"), Id("Competence", "net-demens") },
        });

        Snapshot.Match(Pretty(created, updated));
    }

    [Fact]
    public async Task Dates_must_be_in_order_and_a_closed_network_cannot_close_again()
    {
        using var dataset = Organisation("close")
            .Add("networks.jsonl", new { key = "close-n", name = "Projekt", kind = "project", started = "2024-05-01" });
        await server.SeedAsync(dataset);

        var backwards = await server.MutateAsync(Update, new { id = Id("Network", "close-n"), ended = "2024-04-30" });
        var closeBeforeStart = await server.MutateAsync(Close, new { id = Id("Network", "close-n"), ended = "2024-01-01" });
        var closed = await server.MutateAsync(Close, new { id = Id("Network", "close-n"), ended = "2025-06-30" });
        var again = await server.MutateAsync(Close, new { id = Id("Network", "close-n") });
        var repeatedTopic = await server.MutateAsync(Create, new { name = "X", kind = "PROJECT", topicIds = new[] { Id("Competence", "close-kost"), Id("Competence", "close-kost") } });

        Assert.Equal([("ValidationError", "DATE_ORDER", "input.ended")], ErrorsOf(backwards));
        Assert.Equal([("ValidationError", "DATE_ORDER", "input.ended")], ErrorsOf(closeBeforeStart));
        Assert.Equal("""{"status":"CLOSED","started":"2024-05-01","ended":"2025-06-30"}""", closed.GetProperty("network").GetRawText());
        Assert.Equal([("ConflictError", "ALREADY_CLOSED", "input.id")], ErrorsOf(again));
        Assert.Equal([("ValidationError", "DUPLICATE", "input.topicIds.1")], ErrorsOf(repeatedTopic));
    }

    [Fact]
    public async Task Members_are_added_their_role_changed_and_removed_and_search_follows()
    {
        using var dataset = Organisation("mem")
            .Add("networks.jsonl", new { key = "mem-n", name = "Velfærdsnetværk", kind = "welfare" });
        await server.SeedAsync(dataset);
        const string Query = """{ experts(query: "pia", filter: { networkKinds: [WELFARE] }) { edges { node { person { key } } } } }""";

        var added = await server.MutateAsync(AddMember, new { networkId = Id("Network", "mem-n"), personId = Id("Person", "mem-p") });
        var promoted = await server.MutateAsync(AddMember, new { networkId = Id("Network", "mem-n"), personId = Id("Person", "mem-p"), role = "FACILITATOR" });
        var foundWhileMember = await server.QueryAsync(Query);
        var removed = await server.MutateAsync(RemoveMember, new { networkId = Id("Network", "mem-n"), personId = Id("Person", "mem-p") });
        var notMember = await server.MutateAsync(RemoveMember, new { networkId = Id("Network", "mem-n"), personId = Id("Person", "mem-p") });
        var foundAfter = await server.QueryAsync(Query);

        Assert.Equal("""{"role":"MEMBER","person":{"key":"mem-p"},"network":{"key":"mem-n"}}""", Compact(added.GetProperty("membership")));
        Assert.Equal("FACILITATOR", promoted.GetProperty("membership").GetProperty("role").GetString());
        Assert.Equal("""{"experts":{"edges":[{"node":{"person":{"key":"mem-p"}}}]}}""", foundWhileMember.GetProperty("data").GetRawText());
        Assert.Equal("""{"members":{"nodes":[]}}""", removed.GetProperty("network").GetRawText());
        Assert.Equal([("NotFoundError", "NOT_FOUND", "input.personId")], ErrorsOf(notMember));
        Assert.Equal("""{"experts":{"edges":[]}}""", foundAfter.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Deleting_a_network_keeps_its_documents_without_it()
    {
        using var dataset = Organisation("ndel")
            .Add("networks.jsonl", new { key = "ndel-n", name = "N", kind = "project", members = new[] { new { person = "ndel-p", role = "member" } } })
            .Add("documents.jsonl", new { key = "ndel-d", title = "Referat", text = "Tekst.", network = "ndel-n" });
        await server.SeedAsync(dataset);

        var deleted = await server.MutateAsync(Delete, new { id = Id("Network", "ndel-n") });

        Assert.Equal(Id("Network", "ndel-n"), deleted.GetProperty("deletedId").GetString());
        var json = await server.QueryAsync("""{ network(key: "ndel-n") { key } document(key: "ndel-d") { key network { key } } person(key: "ndel-p") { networks { nodes { role } } } }""");
        Assert.Equal("""{"network":null,"document":{"key":"ndel-d","network":null},"person":{"networks":{"nodes":[]}}}""", json.GetProperty("data").GetRawText());
    }
}
