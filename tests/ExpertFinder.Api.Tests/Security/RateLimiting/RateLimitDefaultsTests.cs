using System.Net;
using static ExpertFinder.Api.Tests.Features.NetworkGraphs.GraphDatasets;

namespace ExpertFinder.Api.Tests.Security.RateLimiting;

/// <summary>The default limits never throttle a portal, the test suite or the load tools, which all talk as one caller.</summary>
public sealed class RateLimitDefaultsTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task A_burst_of_500_quick_requests_from_one_caller_goes_through()
    {
        var statuses = new List<HttpStatusCode>();
        // 25 clients at once, like the benchmark's concurrent clients.
        await Parallel.ForEachAsync(Enumerable.Range(0, 500), new ParallelOptions { MaxDegreeOfParallelism = 25 }, async (_, cancellationToken) =>
        {
            using var response = await server.PostAsync("{ __typename }");
            lock (statuses)
            {
                statuses.Add(response.StatusCode);
            }
        });

        Assert.Equal(500, statuses.Count(s => s == HttpStatusCode.OK));
    }

    [Fact]
    public async Task An_analyst_exporting_every_format_at_every_level_and_browsing_person_graphs_goes_through()
    {
        var analyst = await server.Provider.AccessTokenAsync("defaults-analyst", roles: [ExpertFinder.Api.Security.Auth.Role.Analyst]);
        foreach (var level in new[] { "PERSON", "UNIT", "DEPARTMENT", "MUNICIPALITY" })
        {
            foreach (var format in new[] { "graphml", "gexf", "cytoscape.json" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"/graph/export.{format}?level={level}");
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", analyst);
                using var export = await server.Http.SendAsync(request);
                Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            }
        }
        for (var i = 0; i < 10; i++)
        {
            var graph = await server.QueryAsync(Query, new { level = "PERSON" }, analyst);
            Assert.False(graph.TryGetProperty("errors", out var errors), errors.ToString());
        }
    }
}
