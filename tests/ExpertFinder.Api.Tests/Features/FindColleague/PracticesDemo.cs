using System.Text.Json;

namespace ExpertFinder.Api.Tests.Features.FindColleague;

/// <summary>What the practices browser tests need to know of the demo data: who may show up where, and GraphQL's answers.</summary>
internal static class PracticesDemo
{
    /// <summary>
    /// People of other municipalities than <paramref name="municipality"/> whose profiles are for their own municipality
    /// (<c>organisation</c>, the default when a line names none), who must appear nowhere for a visitor from it.
    /// </summary>
    public static List<string> OrganisationPeopleOutside(string municipality)
    {
        var parents = Lines("units.jsonl").ToDictionary(u => u.GetProperty("key").GetString()!,
            u => u.TryGetProperty("parent", out var p) ? p.GetString() : null);
        string MunicipalityOf(string unit)
        {
            while (parents[unit] is { } parent)
            {
                unit = parent;
            }
            return unit;
        }
        return Lines("people.jsonl")
            .Where(p => !p.TryGetProperty("visibility", out var v) || v.GetString() == "organisation")
            .Where(p => MunicipalityOf(p.GetProperty("unit").GetString()!) != municipality)
            .Select(p => p.GetProperty("name").GetString()!)
            .ToList();
    }

    /// <summary>The data of a GraphQL answer, failing on any error.</summary>
    public static async Task<JsonElement> DataAsync(ServerFixture server, string query, object? variables, string token)
    {
        var json = await server.QueryAsync(query, variables, token);
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data");
    }

    public static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    /// <summary>Asserts that none of the names appears in the text.</summary>
    public static void NoneShown(IEnumerable<string> names, string text, string where)
    {
        foreach (var name in names)
        {
            Assert.False(text.Contains(name, StringComparison.Ordinal), $"{name} is shown on {where}");
        }
    }

    private static IEnumerable<JsonElement> Lines(string file) =>
        File.ReadLines(Path.Combine(FindServerFixture.DemoFolder, file)).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone());
}
