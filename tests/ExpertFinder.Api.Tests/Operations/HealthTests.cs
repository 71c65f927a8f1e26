using System.Net;
using System.Text.Json;
using ExpertFinder.Api.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ExpertFinder.Api.Tests.Operations;

/// <summary>
/// A server as a probe meets it: reads need credentials, anonymous callers have a burst of three requests, and one
/// more readiness check is registered with the ready tag, as the index synchronisation registers its own.
/// </summary>
public sealed class ProbedServerFixture() : ServerFixture(builder =>
{
    builder.Configuration["ExpertFinder:Auth:AnonymousReads"] = "false";
    builder.Configuration["ExpertFinder:RateLimits:General:Burst"] = "3";
    builder.Configuration["ExpertFinder:RateLimits:General:PermitsPerMinute"] = "1";
    builder.Services.AddSingleton<CountedCheck>();
    builder.Services.AddHealthChecks().AddCheck<CountedCheck>("counted", tags: [ReadinessChecks.Tag]);
})
{
    public const int Burst = 3;
}

/// <summary>A readiness check that counts how often it is run.</summary>
public sealed class CountedCheck : IHealthCheck
{
    private int runs;

    public int Runs => Volatile.Read(ref runs);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref runs);
        return Task.FromResult(HealthCheckResult.Healthy("counted"));
    }
}

public sealed class HealthTests(ProbedServerFixture server) : IClassFixture<ProbedServerFixture>
{
    [Fact]
    public async Task Live_and_ready_answer_200_with_every_check_to_a_caller_without_credentials()
    {
        using var graphQL = await server.PostAsync("{ __typename }");
        var (liveStatus, live) = await GetAsync(HealthEndpoints.LivePath);
        var (readyStatus, ready) = await GetAsync(HealthEndpoints.ReadyPath);

        Assert.Equal(HttpStatusCode.Unauthorized, graphQL.StatusCode);
        Assert.Equal((HttpStatusCode.OK, """{"status":"Healthy","checks":[]}"""), (liveStatus, live.GetRawText()));
        Assert.Equal(HttpStatusCode.OK, readyStatus);
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Equal(
            [
                ("counted", "Healthy", "counted"),
                ("database", "Healthy", null),
                ("index-log", "Healthy", "the index follows the log"),
                ("migrations", "Healthy", "every migration is applied"),
                ("search-index", "Healthy", "the search index answers"),
            ],
            Checks(ready).OrderBy(c => c.Name, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Probes_are_never_rate_limited_though_other_anonymous_requests_are()
    {
        var probes = new List<HttpStatusCode>();
        for (var i = 0; i < 4 * ProbedServerFixture.Burst; i++)
        {
            probes.Add((await GetAsync(HealthEndpoints.LivePath)).Status);
            probes.Add((await GetAsync(HealthEndpoints.ReadyPath)).Status);
        }
        var sessions = new List<HttpStatusCode>();
        for (var i = 0; i <= ProbedServerFixture.Burst; i++)
        {
            using var session = await server.Http.GetAsync(new Uri("/session", UriKind.Relative));
            sessions.Add(session.StatusCode);
        }

        Assert.All(probes, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, sessions[^1]);
    }

    [Fact]
    public async Task Probes_arriving_together_share_one_round_of_checks()
    {
        var counted = server.Services.GetRequiredService<CountedCheck>();
        // Whatever report an earlier test left is stale by now.
        await Task.Delay(ReadinessReports.Fresh + TimeSpan.FromMilliseconds(100));
        var before = counted.Runs;

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => GetAsync(HealthEndpoints.ReadyPath)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        // One round, or two should the 40 requests straddle the second in which a report answers for all.
        Assert.InRange(counted.Runs - before, 1, 2);
    }

    [Fact]
    public async Task A_head_request_gets_the_status_without_a_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, HealthEndpoints.ReadyPath);
        using var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path)
    {
        using var response = await server.Http.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body.Length > 0 && body.TrimStart().StartsWith('{') ? JsonDocument.Parse(body).RootElement.Clone() : default);
    }

    internal static IEnumerable<(string Name, string? Status, string? Description)> Checks(JsonElement report) =>
        report.GetProperty("checks").EnumerateArray().Select(c => (
            c.GetProperty("name").GetString()!,
            c.GetProperty("status").GetString(),
            c.GetProperty("description").ValueKind == JsonValueKind.Null ? null : c.GetProperty("description").GetString()));
}
