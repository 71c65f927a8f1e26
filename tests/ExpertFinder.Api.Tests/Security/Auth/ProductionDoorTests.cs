using System.Net;
using ExpertFinder.Api.Security.ApiKeys;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using static ExpertFinder.Api.Tests.Security.Auth.AuthRequests;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>Without anonymous reads nothing is answered without credentials; a portal's API key reads, until it is revoked.</summary>
[Collection(SharedProductionServer.Name)]
public sealed class ProductionDoorTests(ProductionServerFixture server)
{
    private ApiKeyStore Keys => server.Services.GetRequiredService<ApiKeyStore>();

    [Fact]
    public async Task Without_credentials_the_contract_query_is_refused_with_401_and_a_challenge()
    {
        await SeedAsync("pd");

        var answer = await server.GraphQLAsync(Contract.ExpertsQuery, Anonymous, new { q = "borgerinddragelse", n = 10 });

        AssertUnauthenticated(answer);
        Assert.Contains(answer.Challenges, c => c.StartsWith("ApiKey ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/explore", "text/html")]
    [InlineData("/graphql", "text/html")]
    [InlineData("/graph/export.graphml", "*/*")]
    [InlineData("/graph/export.gexf", "*/*")]
    [InlineData("/graph/export.cytoscape.json", "*/*")]
    public async Task Without_credentials_the_pages_and_exports_are_refused_with_401(string url, string accept)
    {
        var answer = await server.GetAsync(url, Anonymous, accept);

        // No page login is configured here, so a browser is refused as any client is rather than sent to log in.
        AssertUnauthenticated(answer);
    }

    [Fact]
    public async Task An_api_key_in_either_header_runs_the_contract_query_and_finds_the_expert()
    {
        await SeedAsync("pk");
        var key = (await Keys.CreateAsync("pk-portal", null, Caller.CommandLine, default)).Key!;

        var authorization = await server.GraphQLAsync(Contract.ExpertsQuery, ApiKey(key), new { q = "borgerinddragelse", n = 10 });
        var header = await server.GraphQLAsync(Contract.ExpertsQuery, XApiKey(key), new { q = "borgerinddragelse", n = 10 });

        foreach (var answer in new[] { authorization, header })
        {
            Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
            Assert.Contains("pk-p", ExpertKeys(answer));
        }
    }

    [Fact]
    public async Task A_revoked_api_key_is_refused_with_401()
    {
        await SeedAsync("pr");
        var key = (await Keys.CreateAsync("pr-portal", null, Caller.CommandLine, default)).Key!;
        var whileValid = await server.GraphQLAsync(Contract.ExpertsQuery, ApiKey(key), new { q = "borgerinddragelse", n = 10 });

        await Keys.RevokeAsync("pr-portal", Caller.CommandLine, default);
        var revoked = await server.GraphQLAsync(Contract.ExpertsQuery, ApiKey(key), new { q = "borgerinddragelse", n = 10 });
        var revokedInHeader = await server.GraphQLAsync(Contract.ExpertsQuery, XApiKey(key), new { q = "borgerinddragelse", n = 10 });

        Assert.Contains("pr-p", ExpertKeys(whileValid));
        AssertUnauthenticated(revoked, "invalid_token");
        AssertUnauthenticated(revokedInHeader, "invalid_token");
    }

    private static List<string?> ExpertKeys(Answer answer) =>
        answer.Data.GetProperty("experts").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("person").GetProperty("key").GetString()).ToList();

    /// <summary>One expert on citizen involvement, public so that any reader may find them.</summary>
    private Task SeedAsync(string prefix) =>
        server.SeedAsync(TestDataset.WithOrganisation(prefix)
            .Add("competences.jsonl", new { key = prefix + "-c", name = "Borgerinddragelse" })
            .Add("people.jsonl", new
            {
                key = prefix + "-p", name = "Pia", unit = prefix + "-afd", visibility = "public",
                competences = new[] { new { competence = prefix + "-c", level = 4 } },
            }));
}
