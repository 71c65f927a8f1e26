using System.Net;
using System.Text.Json;

namespace ExpertFinder.Api.Tests.Http;

public sealed class GraphiQLTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task A_browser_opening_graphql_gets_graphiql_with_local_assets_only()
    {
        using var response = await GetHtmlAsync(server, "/graphql");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("data-endpoint=\"/graphql\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.Ordinal);
        foreach (var asset in new[] { "react.production.min.js", "react-dom.production.min.js", "graphiql.min.js", "graphiql.min.css", "graphiql-start.js" })
        {
            Assert.Contains($"/graphql/assets/{asset}", html, StringComparison.Ordinal);
            using var file = await server.Http.GetAsync($"/graphql/assets/{asset}");
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal(asset.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript", file.Content.Headers.ContentType!.MediaType);
        }
    }

    [Theory]
    [InlineData("/graphql/assets/package.json")]
    [InlineData("/graphql/assets/..%2Fpackage.json")]
    [InlineData("/graphql/assets/node_modules%2Fgraphiql%2Fpackage.json")]
    public async Task Only_the_listed_assets_are_served(string path)
    {
        using var response = await server.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_get_with_a_query_is_a_graphql_request_even_from_a_browser()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ __typename }"));
        request.Headers.Accept.ParseAdd("text/html,application/json;q=0.9");
        using var response = await server.Http.SendAsync(request);

        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
    }

    internal static async Task<HttpResponseMessage> GetHtmlAsync(ServerFixture server, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return await server.Http.SendAsync(request);
    }
}

/// <summary>A server whose GraphiQL assets folder holds nothing, as on a machine where npm ci has not run.</summary>
public sealed class NoGraphiQLAssetsServerFixture() : ServerFixture(builder =>
    builder.Configuration["ExpertFinder:GraphQL:GraphiQLAssetsPath"] = Path.Combine(Path.GetTempPath(), "ef-no-web-" + Guid.NewGuid().ToString("N")));

public sealed class MissingGraphiQLAssetsTests(NoGraphiQLAssetsServerFixture server) : IClassFixture<NoGraphiQLAssetsServerFixture>
{
    [Fact]
    public async Task Without_its_assets_graphiql_says_how_to_install_them_and_graphql_still_works()
    {
        using var response = await GraphiQLTests.GetHtmlAsync(server, "/graphql");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("GraphiQL is not installed", html, StringComparison.Ordinal);
        Assert.Contains("npm ci --prefix", html, StringComparison.Ordinal);
        Assert.False((await server.QueryAsync("{ __typename }")).TryGetProperty("errors", out _));
    }
}

/// <summary>GraphiQL in headless Chromium (Debian's, driven by playwright-core) against the real server.</summary>
public sealed class GraphiQLBrowserTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task GraphiQL_runs_a_query_and_shows_the_result()
    {
        using var dataset = TestDataset.WithOrganisation("gi")
            .Add("people.jsonl", new { key = "gi-sofie", name = "Sofie Grafisk", unit = "gi-afd", bio = "Jeg hjælper kolleger med klarsprog." });
        await server.ImportAsync(dataset);

        var (exitCode, output, errors) = await NodeTools.RunAsync("graphiql.mjs", TimeSpan.FromMinutes(2),
            new Uri(server.Http.BaseAddress!, "/graphql").ToString(),
            "query Find($q: String!) { experts(query: $q) { totalCount edges { node { person { name unit { name } } } } } }",
            """{ "q": "klarsprog" }""",
            "Sofie Grafisk");

        var result = string.IsNullOrEmpty(output) ? default : JsonDocument.Parse(output).RootElement;
        Assert.True(exitCode == 0 && result.ValueKind == JsonValueKind.Object, $"exit {exitCode}: {output} {errors}");
        Assert.Empty(result.GetProperty("problems").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("\"totalCount\": 1", result.GetProperty("response").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"name\": \"Sundhed og Omsorg\"", result.GetProperty("response").GetString(), StringComparison.Ordinal);
    }
}
