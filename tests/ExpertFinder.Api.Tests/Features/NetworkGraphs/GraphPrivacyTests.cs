using System.Text.Json;
using static ExpertFinder.Api.Tests.Features.NetworkGraphs.GraphDatasets;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Features.NetworkGraphs;

/// <summary>A database of its own: without a municipality filter the graph covers everything in it.</summary>
public sealed class GraphPrivacyTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Hidden_people_never_appear_nor_tie_departments_and_viewers_elsewhere_miss_organisation_only_profiles()
    {
        using var dataset = TwoDepartments("prv")
            .Add("units.jsonl", new { key = "prv2-kommune", name = "Randers Kommune", kind = "municipality" })
            .Add("units.jsonl", new { key = "prv2-afd", name = "Økonomi", kind = "department", parent = "prv2-kommune" })
            .Add("people.jsonl", new { key = "prv-skjult", name = "Skjult Person", unit = "prv-park", visibility = "hidden" })
            .Add("people.jsonl", new { key = "prv2-olga", name = "Olga Bak", unit = "prv2-afd", visibility = "public" })
            .Add("people.jsonl", new { key = "prv2-per", name = "Per Vang", unit = "prv2-afd" })
            .Add("networks.jsonl", new
            {
                key = "prv-skjult-net", name = "Projekt", kind = "project",
                members = new[] { new { person = "prv-bo", role = "member" }, new { person = "prv-skjult", role = "member" } },
            })
            .Add("documents.jsonl", new { key = "prv-notat", title = "Notat", text = "Tekst.", authors = new[] { "prv-skjult", "prv-erik" } })
            .Add("networks.jsonl", new
            {
                key = "prv-tvaer", name = "Tværkommunalt netværk", kind = "professional",
                members = new[] { new { person = "prv-dorte", role = "member" }, new { person = "prv2-olga", role = "member" }, new { person = "prv2-per", role = "member" } },
            });
        await server.SeedAsync(dataset);

        var people = await GraphAsync("PERSON");
        var units = await GraphAsync("UNIT");
        var departments = await GraphAsync("DEPARTMENT");
        var fromRanders = await GraphAsync("PERSON", viewer: "prv2-per");
        var fromAarhus = await GraphAsync("PERSON", viewer: "prv-anna");

        Assert.DoesNotContain("prv-skjult", Keys(people));
        Assert.DoesNotContain(Id("Person", "prv-skjult"), people.GetRawText(), StringComparison.Ordinal);
        // Erik's only ties are with the hidden person: no edge for his office, which stays isolated.
        Assert.DoesNotContain("prv-erik", Keys(people));
        Assert.Contains("prv-park", units.GetProperty("summary").GetProperty("isolatedUnits").EnumerateArray().Select(u => u.GetProperty("key").GetString()));
        Assert.Equal([$"{Id("Unit", "prv-sund")}-{Id("Unit", "prv-tek")}:1", $"{Id("Unit", "prv-tek")}-{Id("Unit", "prv2-afd")}:2"], Edges(departments));
        Assert.Equal(3, departments.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("key").GetString() == "prv-tek").GetProperty("people").GetInt32());
        // Aarhus people share their profiles within Aarhus only (the default): a viewer from Randers sees only Randers and public profiles.
        Assert.Equal(["prv2-olga", "prv2-per"], Keys(fromRanders));
        Assert.Equal(["prv-anna", "prv-bo", "prv-carl", "prv-dorte", "prv2-olga"], Keys(fromAarhus));
    }

    /// <summary>The graph as seen by the person <paramref name="viewer"/> signed in as an analyst, or by a deployment admin.</summary>
    private async Task<JsonElement> GraphAsync(string level, string? viewer = null)
    {
        var token = viewer is null ? server.AdminToken : await server.TokenForAsync(viewer, ExpertFinder.Api.Security.Auth.Role.Analyst);
        var json = await server.QueryAsync(Query, new { level }, token);
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data").GetProperty("networkGraph");
    }

    private static List<string> Keys(JsonElement graph) =>
        graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()!).ToList();

    private static List<string> Edges(JsonElement graph) =>
        graph.GetProperty("edges").EnumerateArray().Select(e => $"{e.GetProperty("source").GetString()}-{e.GetProperty("target").GetString()}:{e.GetProperty("weight").GetDouble()}").ToList();
}
