using System.Net;
using ExpertFinder.Api.Features.Explore;
using ExpertFinder.Api.Tests.Http;

namespace ExpertFinder.Api.Tests.Features.Explore;

public sealed class ExplorePageTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task The_page_and_its_bundle_come_from_this_server_under_a_policy_that_allows_nothing_else()
    {
        using var response = await GraphiQLTests.GetHtmlAsync(server, "/explore");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"da\">", html, StringComparison.Ordinal);
        foreach (var (asset, mediaType) in new[] { ("explore.js", "text/javascript"), ("explore.css", "text/css") })
        {
            Assert.Contains($"/explore/assets/{asset}", html, StringComparison.Ordinal);
            using var file = await server.Http.GetAsync($"/explore/assets/{asset}");
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal(mediaType, file.Content.Headers.ContentType!.MediaType);
        }
    }

    [Theory]
    [InlineData("/explore/assets/index.html")]
    [InlineData("/explore/assets/..%2Fpackage.json")]
    [InlineData("/explore/assets/main.js")]
    public async Task Only_the_bundle_is_served(string path)
    {
        using var response = await server.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>A server whose web folder holds nothing, as on a machine where the bundle was never built.</summary>
public sealed class NoExploreBundleServerFixture() : ServerFixture(builder =>
    builder.Configuration[ExplorePage.WebPathSetting] = Path.Combine(Path.GetTempPath(), "ef-no-explore-" + Guid.NewGuid().ToString("N")));

public sealed class MissingExploreBundleTests(NoExploreBundleServerFixture server) : IClassFixture<NoExploreBundleServerFixture>
{
    [Fact]
    public async Task Without_its_bundle_the_page_says_how_to_build_it()
    {
        using var response = await GraphiQLTests.GetHtmlAsync(server, "/explore");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Udforsk-siden er ikke bygget", html, StringComparison.Ordinal);
        Assert.Contains("npm run build", html, StringComparison.Ordinal);
        Assert.Contains("dist/explore.js", html, StringComparison.Ordinal);
        using var asset = await server.Http.GetAsync("/explore/assets/explore.js");
        Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
    }
}
