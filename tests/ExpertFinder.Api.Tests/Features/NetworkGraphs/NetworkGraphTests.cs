using System.Text.Json;
using ExpertFinder.Api.Tests.Http;
using Snapshooter.Xunit3;
using static ExpertFinder.Api.Tests.Features.NetworkGraphs.GraphDatasets;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Features.NetworkGraphs;

public sealed class NetworkGraphTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    /// <summary>The graph as a deployment admin sees it: every person who is not hidden; PERSON level needs an analyst or admin.</summary>
    private async Task<JsonElement> GraphAsync(string level, object? filter = null)
    {
        var json = await server.QueryAsync(Query, new { level, filter }, server.AdminToken);
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data").GetProperty("networkGraph");
    }

    private static List<string> Edges(JsonElement graph, string prefix) =>
        graph.GetProperty("edges").EnumerateArray().Select(e => $"{Key(e.GetProperty("source"), prefix)}-{Key(e.GetProperty("target"), prefix)}:{e.GetProperty("weight").GetDouble()}").ToList();

    private static string Key(JsonElement id, string prefix) =>
        ExpertFinder.Api.Schema.Conventions.GlobalId.TryDecode(id.GetString())!.Value.Key[(prefix.Length + 1)..];

    [Fact]
    public async Task Two_departments_bridged_by_one_network_at_department_level()
    {
        using var dataset = TwoDepartments("snap");
        await server.SeedAsync(dataset);

        var graph = await GraphAsync("DEPARTMENT", new { municipality = "snap-kommune" });

        Snapshot.Match(Pretty(graph));
    }

    [Fact]
    public async Task Person_and_unit_levels_show_who_carries_the_bridge()
    {
        using var dataset = TwoDepartments("lvl");
        await server.SeedAsync(dataset);

        var people = await GraphAsync("PERSON", new { municipality = "lvl-kommune" });
        var units = await GraphAsync("UNIT", new { municipality = "lvl-kommune" });

        // Same-unit ties (0.5) add to the network between Anna and Bo; Erik, alone in his office, has no tie and is left out.
        Assert.Equal(["anna-bo:1.5", "anna-carl:1", "carl-dorte:1.5"], Edges(people, "lvl"));
        Assert.Equal(["lvl-anna", "lvl-carl"], people.GetProperty("summary").GetProperty("topBrokers").EnumerateArray()
            .Select(b => b.GetProperty("node").GetProperty("key").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["pleje-vej:1"], Edges(units, "lvl"));
        Assert.Equal(["lvl-park"], units.GetProperty("summary").GetProperty("isolatedUnits").EnumerateArray().Select(u => u.GetProperty("key").GetString()));
        var node = await server.QueryAsync("query($id: ID!) { node(id: $id) { ... on Person { name } } }", new { id = people.GetProperty("nodes")[0].GetProperty("id").GetString() });
        Assert.Equal("""{"node":{"name":"Anna Holm"}}""", node.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Filters_narrow_the_ties_by_kind_network_kind_date_and_competence()
    {
        using var dataset = TwoDepartments("flt");
        await server.SeedAsync(dataset);

        Assert.Equal(["carl-dorte:1"], Edges(await GraphAsync("PERSON", new { municipality = "flt-kommune", tieKinds = new[] { "DOCUMENT" } }), "flt"));
        Assert.Equal(["anna-carl:1"], Edges(await GraphAsync("PERSON", new { municipality = "flt-kommune", networkKinds = new[] { "WELFARE" }, tieKinds = new[] { "NETWORK" } }), "flt"));
        Assert.Equal(["anna-bo:1"], Edges(await GraphAsync("PERSON", new { municipality = "flt-kommune", to = "2022-01-01", tieKinds = new[] { "NETWORK", "DOCUMENT" } }), "flt"));
        Assert.Equal(["anna-carl:1", "carl-dorte:1"], Edges(await GraphAsync("PERSON", new { municipality = "flt-kommune", from = "2023-01-01", tieKinds = new[] { "NETWORK", "DOCUMENT" } }), "flt"));
        Assert.Equal(["anna-carl:1"], Edges(await GraphAsync("PERSON", new { municipality = "flt-kommune", competence = "flt-demens" }), "flt"));
    }

    [Fact]
    public async Task A_new_member_changes_the_graph_on_the_next_request()
    {
        using var dataset = TwoDepartments("mut");
        await server.SeedAsync(dataset);
        var before = await GraphAsync("DEPARTMENT", new { municipality = "mut-kommune" });

        var added = await server.MutateAsync(
            $"mutation($input: AddNetworkMemberInput!) {{ addNetworkMember(input: $input) {{ membership {{ role }} {Errors} }} }}",
            new { networkId = Id("Network", "mut-bro"), personId = Id("Person", "mut-erik") });
        var after = await GraphAsync("DEPARTMENT", new { municipality = "mut-kommune" });

        AssertSucceeded(added);
        Assert.Equal(["sund-tek:1"], Edges(before, "mut"));
        // Erik joins Anna (other department) and Carl (his own): one more tie across.
        Assert.Equal(["sund-tek:2"], Edges(after, "mut"));
    }

    [Fact]
    public async Task A_backwards_window_is_a_coded_error_and_person_level_is_for_analysts()
    {
        var backwards = await server.QueryAsync(Query, new { level = "DEPARTMENT", filter = new { from = "2025-01-01", to = "2024-01-01" } });
        var anonymousPersonLevel = await server.QueryAsync(Query, new { level = "PERSON" });
        var employeePersonLevel = await server.QueryAsync(Query, new { level = "PERSON" }, await server.Provider.AccessTokenAsync("no-analyst"));

        Assert.Equal("UNAUTHENTICATED", anonymousPersonLevel.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("FORBIDDEN", employeePersonLevel.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("BAD_FILTER", backwards.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
