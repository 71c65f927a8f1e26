using System.Text.Json;

namespace ExpertFinder.Api.Tests.Http;

/// <summary>The GraphQL-over-HTTP community audit (npm graphql-http) against the real server.</summary>
public sealed class GraphQLOverHttpAuditTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    /// <summary>Audits that may fail, each with the reason it cannot pass; empty: every MUST and SHOULD passes.</summary>
    private static readonly Dictionary<string, string> Allowed = [];

    [Fact]
    public async Task The_server_passes_every_must_and_should_audit()
    {
        var (exitCode, output, errors) = await NodeTools.RunAsync("audit.mjs", TimeSpan.FromMinutes(2), new Uri(server.Http.BaseAddress!, "/graphql").ToString());
        Assert.True(exitCode == 0, errors);

        var results = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        var failures = results
            .Where(r => r.GetProperty("status").GetString() is "error" or "warn")
            .Where(r => !Allowed.ContainsKey(r.GetProperty("id").GetString()!))
            .Select(r => $"{r.GetProperty("status")}: {r.GetProperty("name")}: {r.GetProperty("reason")}")
            .ToList();

        Assert.True(results.Count >= 50, $"only {results.Count} audits ran");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
