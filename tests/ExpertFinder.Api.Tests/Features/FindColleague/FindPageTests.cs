using System.Net;
using ExpertFinder.Api.Features.FindColleague;
using ExpertFinder.Api.Http;
using ExpertFinder.Api.Tests.Http;

namespace ExpertFinder.Api.Tests.Features.FindColleague;

/// <summary>
/// The app's page over HTTP: every address of the app answers the same page under the strict policy, its bundle comes
/// from this server alone, an address nothing answers opens the app's "Siden findes ikke" with 404, and the server's
/// other doors (GraphiQL, /explore, /session, the assets) keep their own answers.
/// </summary>
public sealed class FindPageTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/?q=vidensdeling")]
    [InlineData("/personer/p-mette-lund")]
    [InlineData("/mig")]
    [InlineData("/mig/")]
    [InlineData("/praksis")]
    [InlineData("/praksis/forslag")]
    [InlineData("/praksis/kompetencegab")]
    [InlineData("/praksis/frokost")]
    public async Task Every_address_of_the_app_answers_the_page_under_a_policy_that_allows_nothing_from_elsewhere(string path)
    {
        using var response = await GraphiQLTests.GetHtmlAsync(server, path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertIsTheAppAsync(response);
    }

    [Theory]
    [InlineData("/noget")]
    [InlineData("/praksis/ukendt")]
    [InlineData("/personer/p-mette-lund/mere")]
    [InlineData("/explore/noget")]
    public async Task A_browser_opening_an_address_nothing_answers_gets_the_app_with_404(string path)
    {
        using var response = await GraphiQLTests.GetHtmlAsync(server, path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertIsTheAppAsync(response);
    }

    [Fact]
    public async Task A_client_that_does_not_ask_for_html_gets_the_plain_404()
    {
        using var response = await server.Http.GetAsync("/noget");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/app/assets/nothing.js")]
    [InlineData("/graphql/assets/nothing.js")]
    [InlineData("/explore/assets/nothing.js")]
    public async Task The_assets_doors_keep_their_plain_404_even_for_a_browser(string path)
    {
        using var response = await GraphiQLTests.GetHtmlAsync(server, path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_other_doors_keep_their_own_answers()
    {
        using var graphiql = await GraphiQLTests.GetHtmlAsync(server, "/graphql");
        using var explore = await GraphiQLTests.GetHtmlAsync(server, "/explore");
        using var session = await server.Http.GetAsync("/session");
        // A GET of a POST-only door is the wrong method, not a page that does not exist.
        using var logout = await GraphiQLTests.GetHtmlAsync(server, "/logout");

        Assert.Equal(HttpStatusCode.OK, graphiql.StatusCode);
        Assert.Contains("ExpertFinder GraphiQL", await graphiql.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, explore.StatusCode);
        Assert.Contains("/explore/assets/explore.js", await explore.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, session.StatusCode);
        Assert.Equal("application/json", session.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, logout.StatusCode);
    }

    [Theory]
    [InlineData("find.js", "text/javascript")]
    [InlineData("find.css", "text/css")]
    [InlineData("find.js.map", "application/json")]
    [InlineData("find.css.map", "application/json")]
    public async Task The_bundle_is_served_with_its_type(string asset, string mediaType)
    {
        using var response = await server.Http.GetAsync(FindPage.AssetsPath + "/" + asset);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task The_browser_checks_its_copy_of_the_bundle_and_gets_304_while_it_is_unchanged()
    {
        using var first = await server.Http.GetAsync(FindPage.AssetsPath + "/find.js");
        using var again = new HttpRequestMessage(HttpMethod.Get, FindPage.AssetsPath + "/find.js");
        again.Headers.IfModifiedSince = first.Content.Headers.LastModified;

        using var response = await server.Http.SendAsync(again);

        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Theory]
    [InlineData("/app/assets/index.html")]
    [InlineData("/app/assets/main.js")]
    [InlineData("/app/assets/explore.js")]
    [InlineData("/app/assets/..%2Fpackage.json")]
    [InlineData("/app/assets/..%2F..%2Ffind%2Fmain.js")]
    public async Task Only_the_bundle_is_served(string path)
    {
        using var response = await server.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The app's page (lang da, its own bundle, nothing absolute) under the strict policy, never cached stale.</summary>
    internal static async Task AssertIsTheAppAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"da\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Find en kollega – ExpertFinder</title>", html, StringComparison.Ordinal);
        Assert.Contains($"<script type=\"module\" src=\"{FindPage.AssetsPath}/find.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"stylesheet\" href=\"{FindPage.AssetsPath}/find.css\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("//", html.Replace("<!doctype", "", StringComparison.Ordinal), StringComparison.Ordinal);
        AssertStrictPolicy(response);
    }

    internal static void AssertStrictPolicy(HttpResponseMessage response)
    {
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(WebAssets.StrictContentSecurityPolicy, policy);
        var directives = policy.Split(';', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        foreach (var directive in new[] { "default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'", "form-action 'none'", "base-uri 'none'" })
        {
            Assert.Contains(directive, directives);
        }
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("*", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
    }
}

/// <summary>A server whose web folder holds nothing, as on a machine where the bundle was never built.</summary>
public sealed class NoFindBundleServerFixture() : ServerFixture(builder =>
    builder.Configuration[WebAssets.WebPathSetting] = Path.Combine(Path.GetTempPath(), "ef-no-find-" + Guid.NewGuid().ToString("N")));

public sealed class MissingFindBundleTests(NoFindBundleServerFixture server) : IClassFixture<NoFindBundleServerFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/personer/p-mette-lund")]
    [InlineData("/praksis/forslag")]
    public async Task Without_its_bundle_the_page_says_in_danish_how_to_build_it_and_graphql_still_works(string path)
    {
        using var response = await GraphiQLTests.GetHtmlAsync(server, path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"da\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Find en kollega er ikke bygget</h1>", html, StringComparison.Ordinal);
        Assert.Contains("npm run build", html, StringComparison.Ordinal);
        Assert.Contains("find/index.html", html, StringComparison.Ordinal);
        Assert.Contains("dist/find.js", html, StringComparison.Ordinal);
        FindPageTests.AssertStrictPolicy(response);
        using var asset = await server.Http.GetAsync(FindPage.AssetsPath + "/find.js");
        Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
        Assert.False((await server.QueryAsync("{ __typename }")).TryGetProperty("errors", out _));
    }
}
