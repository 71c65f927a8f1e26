using System.Net;
using System.Text.Json;
using ExpertFinder.Api.Features.NetworkGraphs;
using ExpertFinder.Api.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using static ExpertFinder.Api.Tests.Features.NetworkGraphs.GraphDatasets;

namespace ExpertFinder.Api.Tests.Features.NetworkGraphs;

/// <summary>A server whose graph cache may keep 200,000 estimated bytes, and whose exports may take no time at all.</summary>
public sealed class GraphLimitServerFixture() : ServerFixture(builder =>
{
    builder.Configuration["ExpertFinder:Graphs:CacheBytes"] = GraphLimitTests.CacheBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
    builder.Configuration["ExpertFinder:Graphs:ExportTimeout"] = "00:00:00.0000001";
});

public sealed class GraphLimitTests(GraphLimitServerFixture server) : IClassFixture<GraphLimitServerFixture>
{
    public const long CacheBytes = 200_000;

    [Fact]
    public async Task The_graph_cache_keeps_no_more_estimated_bytes_than_configured_however_many_graphs_are_asked_for()
    {
        using var dataset = TwoDepartments("gl");
        await server.SeedAsync(dataset);
        var graphs = server.Services.GetRequiredService<NetworkGraphService>();

        // Forty graphs, each keyed by a reader's 5,000-character municipality: far more than the budget all together.
        for (var i = 0; i < 40; i++)
        {
            var json = await server.QueryAsync("query($m: String) { networkGraph(level: UNIT, filter: { municipality: $m }) { nodes { id } } }",
                new { m = i + new string('x', 5_000) }, server.AdminToken);
            Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        }
        var kept = graphs.CachedBytes;
        var answer = await server.QueryAsync("{ networkGraph(level: UNIT, filter: { municipality: \"gl-kommune\" }) { nodes { id } } }", token: server.AdminToken);

        // At least one graph with its 10 KB key is kept, and never more than the budget.
        Assert.InRange(kept, 10_000, CacheBytes);
        Assert.NotEqual(0, answer.GetProperty("data").GetProperty("networkGraph").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task An_export_that_takes_longer_than_allowed_is_503_export_timeout()
    {
        using var dataset = TwoDepartments("gt");
        await server.SeedAsync(dataset);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graph/export.gexf?level=PERSON&municipality=gt-kommune");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", server.AdminToken);

        using var response = await server.Http.SendAsync(request);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("EXPORT_TIMEOUT", json.GetProperty("error").GetProperty("code").GetString());
    }
}
