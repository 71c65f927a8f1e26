using System.Net;
using System.Text.Json;
using static ExpertFinder.Api.Tests.Features.NetworkGraphs.GraphDatasets;
using static ExpertFinder.Api.Tests.Security.RateLimiting.RateLimitedServerFixture;

namespace ExpertFinder.Api.Tests.Security.RateLimiting;

public sealed class RateLimitTests(RateLimitedServerFixture server) : IClassFixture<RateLimitedServerFixture>
{
    private static readonly string[] Exports = ["/graph/export.graphml", "/graph/export.gexf", "/graph/export.cytoscape.json"];

    [Fact]
    public async Task A_burst_above_the_general_limit_is_refused_with_429_retry_after_and_rate_limited()
    {
        for (var i = 0; i < GeneralBurst; i++)
        {
            using var allowed = await server.PostAsync("burst", "{ __typename }");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await server.PostAsync("burst", "{ __typename }");
        var json = await RefusalAsync(refused);
        using var refusedJson = await server.PostAsync("burst", "{ __typename }", accept: "application/json");
        using var page = await server.GetAsync("burst", "/explore");

        Assert.Equal("application/graphql-response+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.False(json.TryGetProperty("data", out _));
        Assert.Equal("application/json", refusedJson.Content.Headers.ContentType!.MediaType);
        await RefusalAsync(refusedJson);
        await RefusalAsync(page);
    }

    [Fact]
    public async Task Callers_do_not_share_a_budget()
    {
        for (var i = 0; i <= GeneralBurst; i++)
        {
            (await server.PostAsync("spender", "{ __typename }")).Dispose();
        }
        using var spender = await server.PostAsync("spender", "{ __typename }");
        using var colleague = await server.PostAsync("colleague", "{ __typename }");
        using var anonymous = await server.PostAsync("", "{ __typename }");

        Assert.Equal(HttpStatusCode.TooManyRequests, spender.StatusCode);
        Assert.Equal(HttpStatusCode.OK, colleague.StatusCode);
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
    }

    [Fact]
    public async Task Exports_above_the_heavy_limit_are_refused_while_graphql_still_answers()
    {
        foreach (var export in Exports.Take(HeavyBurst))
        {
            using var allowed = await server.GetAsync("exporter", export + "?level=PERSON");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await server.GetAsync("exporter", Exports[0]);
        // Routing ignores case; the heavy limit must too.
        using var refusedInCapitals = await server.GetAsync("exporter", Exports[1].ToUpperInvariant());
        using var query = await server.PostAsync("exporter", "{ __typename }");
        using var departments = await server.PostAsync("exporter", Query, new { level = "DEPARTMENT" });

        Assert.Equal("application/json", refused.Content.Headers.ContentType!.MediaType);
        await RefusalAsync(refused);
        await RefusalAsync(refusedInCapitals);
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.False(JsonDocument.Parse(await departments.Content.ReadAsStringAsync()).RootElement.TryGetProperty("errors", out var errors), errors.ToString());
    }

    [Fact]
    public async Task Person_level_graphs_above_the_heavy_limit_are_rate_limited_while_department_level_answers()
    {
        for (var i = 0; i < HeavyBurst; i++)
        {
            var allowed = await GraphAsync("analyst", "PERSON");
            Assert.False(allowed.TryGetProperty("errors", out var errors), errors.ToString());
        }

        var refused = await GraphAsync("analyst", "PERSON");
        var departments = await GraphAsync("analyst", "DEPARTMENT");

        var error = Assert.Single(refused.GetProperty("errors").EnumerateArray());
        Assert.Equal("RATE_LIMITED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("networkGraph", error.GetProperty("path")[0].GetString());
        Assert.Matches("^Too many person-level graphs and graph exports; try again in [0-9]+ s$", error.GetProperty("message").GetString());
        Assert.False(departments.TryGetProperty("errors", out var departmentErrors), departmentErrors.ToString());
    }

    [Fact]
    public async Task Person_level_graphs_and_exports_draw_from_one_heavy_budget()
    {
        for (var i = 0; i < HeavyBurst; i++)
        {
            var allowed = await GraphAsync("mixer", "PERSON");
            Assert.False(allowed.TryGetProperty("errors", out var errors), errors.ToString());
        }

        using var export = await server.GetAsync("mixer", Exports[2]);

        await RefusalAsync(export);
    }

    /// <summary>A person-level graph is refused inside an answered request: 200, with the error on the field.</summary>
    private async Task<JsonElement> GraphAsync(string person, string level)
    {
        using var response = await server.PostAsync(person, Query, new { level });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<JsonElement> RefusalAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.TooManyRequests, $"{(int)response.StatusCode} {body}");
        var retryAfter = Assert.Single(response.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        var json = JsonDocument.Parse(body).RootElement.Clone();
        var error = Assert.Single(json.GetProperty("errors").EnumerateArray());
        Assert.Equal("RATE_LIMITED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal($"Too many requests; try again in {retryAfter} s", error.GetProperty("message").GetString());
        return json;
    }
}
