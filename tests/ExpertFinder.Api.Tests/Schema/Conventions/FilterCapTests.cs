using System.Text.Json;

namespace ExpertFinder.Api.Tests.Schema.Conventions;

/// <summary>Filters over their documented caps are BAD_FILTER errors, refused before any work; at the cap they run.</summary>
public sealed class FilterCapTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    public static TheoryData<string, string, string> Lists => new()
    {
        { "query($v: [String!]) { experts(query: \"jura\", filter: { units: $v }) { totalCount } }", "String", "experts" },
        { "query($v: [String!]) { experts(query: \"jura\", filter: { competences: $v }) { totalCount } }", "String", "experts" },
        { "query($v: [PersonRole!]) { experts(query: \"jura\", filter: { roles: $v }) { totalCount } }", "MENTOR", "experts" },
        { "query($v: [NetworkKind!]) { experts(query: \"jura\", filter: { networkKinds: $v }) { totalCount } }", "LEARNING", "experts" },
        { "query($v: [PersonRole!]) { knowledgeSharers(filter: { roles: $v }) { totalCount } }", "MENTOR", "knowledgeSharers" },
        { "query($v: [SuggestionKind!]) { suggest(prefix: \"ju\", kinds: $v) { key } }", "PERSON", "suggest" },
        { "query($v: [NetworkKind!]) { networkGraph(filter: { networkKinds: $v }) { nodes { id } } }", "LEARNING", "networkGraph" },
        { "query($v: [TieKind!]) { networkGraph(filter: { tieKinds: $v }) { nodes { id } } }", "NETWORK", "networkGraph" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_list_of_more_than_a_hundred_values_is_bad_filter_and_a_hundred_run(string query, string value, string field)
    {
        string Values(int i) => value == "String" ? "key-" + i : value;

        var over = await server.QueryAsync(query, new { v = Enumerable.Range(0, 101).Select(Values).ToArray() }, server.AdminToken);
        var at = await server.QueryAsync(query, new { v = Enumerable.Range(0, 100).Select(Values).ToArray() }, server.AdminToken);

        Assert.Equal(("BAD_FILTER", field), CodeAndPath(over));
        Assert.False(at.TryGetProperty("errors", out var errors), errors.ToString());
    }

    [Theory]
    [InlineData("people")]
    [InlineData("units")]
    [InlineData("competences")]
    public async Task A_name_filter_longer_than_any_name_is_bad_filter(string list)
    {
        var query = $"query($n: String) {{ {list}(filter: {{ name: $n }}) {{ totalCount }} }}";

        var over = await server.QueryAsync(query, new { n = new string('%', 201) });
        var at = await server.QueryAsync(query, new { n = new string('%', 200) });

        Assert.Equal(("BAD_FILTER", list), CodeAndPath(over));
        Assert.False(at.TryGetProperty("errors", out var errors), errors.ToString());
    }

    private static (string? Code, string? Path) CodeAndPath(JsonElement json)
    {
        var error = json.GetProperty("errors")[0];
        return (error.GetProperty("extensions").GetProperty("code").GetString(), error.GetProperty("path")[0].GetString());
    }
}
