using System.Text.Json;
using ExpertFinder.Api.Tests.Http;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>
/// The page login in headless Chromium (Debian's, driven by playwright-core), which unlike HttpClient enforces SameSite.
/// The pages are opened as http://localhost:PORT while the provider is http://127.0.0.1:PORT: two sites, as a
/// municipality's provider and ExpertFinder are, so the provider's form posting the code back is a cross-site request.
/// </summary>
[Collection(SharedPageLoginServer.Name)]
public sealed class PageLoginBrowserTests(PageLoginServerFixture server)
{
    [Fact]
    public async Task A_browser_coming_back_from_a_provider_on_another_site_lands_on_graphiql_signed_in()
    {
        await server.SeedAsync(TestDataset.WithOrganisation("bl")
            .Add("people.jsonl", new { key = "bl-hanne", name = "Hanne", unit = "bl-afd", visibility = "hidden" }));
        var pages = new UriBuilder(server.Http.BaseAddress!) { Host = "localhost", Path = "/graphql" }.Uri.AbsoluteUri;
        Assert.NotEqual(new Uri(server.Provider.Authority).Host, new Uri(pages).Host);

        var (exitCode, stdout, errors) = await NodeTools.RunAsync(
            Path.Combine(NodeTools.RepositoryRoot(), "tests", "ExpertFinder.Api.Tests", "Security", "Auth", "page-login.mjs"),
            TimeSpan.FromMinutes(1), pages, "bl-hanne", """{ person(key: "bl-hanne") { key } }""");

        Assert.True(exitCode == 0, $"exit {exitCode}: {stdout} {errors}");
        var result = JsonDocument.Parse(stdout).RootElement;
        var navigations = result.GetProperty("navigations").EnumerateArray()
            .Select(n => $"{n.GetProperty("method").GetString()} {new Uri(n.GetProperty("url").GetString()!).AbsolutePath} {n.GetProperty("status").GetInt32()}").ToList();
        // Once to the provider and back: a session cookie the browser withheld after the cross-site return would start the login again.
        Assert.Equal(["GET /graphql 302", "GET /connect/authorize 200", "POST /signin-oidc 302", "GET /graphql 200"], navigations);
        Assert.Equal(pages, result.GetProperty("finalUrl").GetString());
        Assert.Equal("ExpertFinder GraphiQL", result.GetProperty("title").GetString());
        // A hidden profile is shown to the person themself only: the page's requests are Hanne's.
        var answer = result.GetProperty("answer");
        Assert.Equal(200, answer.GetProperty("status").GetInt32());
        Assert.Equal("""{"data":{"person":{"key":"bl-hanne"}}}""", answer.GetProperty("body").GetString());
    }
}
