using System.Text.Json;

namespace ExpertFinder.Api.Tests.Features.FindColleague;

/// <summary>The API's answers the search page is compared with, asked with the same token as the page.</summary>
internal sealed class SearchApi(ServerFixture server, string? token)
{
    private const string ExpertsQuery = """
        query($q: String!, $first: Int, $scope: ExpertScope, $filter: ExpertFilter) {
          experts(query: $q, first: $first, scope: $scope, filter: $filter) {
            totalCount didYouMean expandedWith
            facets { name values { value label count } }
            nodes {
              person { key name email phone }
              evidence { competences { competence { name } } documents { snippet { highlights { start } } } }
              introductionPath { description }
            }
          }
        }
        """;

    private const string SuggestQuery = "query($prefix: String!) { suggest(prefix: $prefix, first: 50) { kind key label } }";

    public async Task<JsonElement> ExpertsAsync(string query, string scope = "ANYONE", object? filter = null, int first = 10)
    {
        var json = await server.QueryAsync(ExpertsQuery, new { q = query, first, scope, filter }, token);
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data").GetProperty("experts");
    }

    public async Task<List<string>> KeysAsync(string query, string scope = "ANYONE", object? filter = null, int first = 10) =>
        Keys(await ExpertsAsync(query, scope, filter, first));

    public static List<string> Keys(JsonElement experts) =>
        experts.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("person").GetProperty("key").GetString()!).ToList();

    public static List<string> Names(JsonElement experts) =>
        experts.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("person").GetProperty("name").GetString()!).ToList();

    public async Task<List<(string Kind, string Key, string Label)>> SuggestAsync(string prefix)
    {
        var json = await server.QueryAsync(SuggestQuery, new { prefix }, token);
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data").GetProperty("suggest").EnumerateArray()
            .Select(s => (s.GetProperty("kind").GetString()!, s.GetProperty("key").GetString()!, s.GetProperty("label").GetString()!)).ToList();
    }

    /// <summary>The facet's values as (value, count).</summary>
    public static List<(string Value, int Count)> Facet(JsonElement experts, string name) =>
        experts.GetProperty("facets").EnumerateArray().Where(f => f.GetProperty("name").GetString() == name)
            .SelectMany(f => f.GetProperty("values").EnumerateArray())
            .Select(v => (v.GetProperty("value").GetString()!, v.GetProperty("count").GetInt32())).ToList();
}

/// <summary>The demo's people as the seed describes them: who is hidden, who is visible within their own municipality only.</summary>
internal static class DemoPeople
{
    /// <summary>People with visibility "organisation" outside the given municipality (by unit key).</summary>
    public static List<(string Key, string Name, string Municipality)> OrganisationOnlyOutside(string municipality)
    {
        var parents = File.ReadLines(Path.Combine(FindServerFixture.DemoFolder, "units.jsonl")).Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(u => u.GetProperty("key").GetString()!, u => u.TryGetProperty("parent", out var p) ? p.GetString() : null);
        string Top(string unit) => parents[unit] is { } parent ? Top(parent) : unit;
        return File.ReadLines(Path.Combine(FindServerFixture.DemoFolder, "people.jsonl")).Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(p => p.TryGetProperty("visibility", out var v) && v.GetString() == "organisation")
            .Select(p => (p.GetProperty("key").GetString()!, p.GetProperty("name").GetString()!, Top(p.GetProperty("unit").GetString()!)))
            .Where(p => p.Item3 != municipality)
            .ToList();
    }
}
