namespace ExpertFinder.Api.Tests.Features.FindColleague;

/// <summary>
/// The app's login in Chromium through the real test provider (code flow with PKCE, the provider on another site):
/// where nothing is read without credentials the app sends the visitor to log in at once and back to the address they
/// opened; where anonymous reads are allowed the header offers "Log ind", which does the same.
/// </summary>
public sealed class AppLoginBrowserTests(AppLoginServerFixture server) : IClassFixture<AppLoginServerFixture>
{
    [Fact]
    public async Task Opening_a_search_without_a_session_logs_in_at_the_provider_and_comes_back_to_that_search()
    {
        var steps = await FindBrowser.RunAsync(server, "app-login.mjs", "required", server.Provider.Authority, "p-mette-lund");

        // Once to the provider and back: a cookie withheld after the cross-site return would start the login again.
        Assert.Equal(
            ["GET / 200", "GET /login 302", "GET provider /connect/authorize 200", "POST /signin-oidc 302", "GET / 200"],
            steps.GetProperty("navigations").EnumerateArray().Select(n => n.GetString()));
        var arrived = steps.GetProperty("arrived");
        Assert.Equal("/?q=vidensdeling", arrived.GetProperty("address").GetString());
        Assert.Equal("search", arrived.GetProperty("view").GetString());
        Assert.StartsWith("Logget ind som Mette Lund", arrived.GetProperty("header").GetString(), StringComparison.Ordinal);
        Assert.Equal("user", arrived.GetProperty("session").GetProperty("kind").GetString());
        Assert.Equal("p-mette-lund", arrived.GetProperty("session").GetProperty("personKey").GetString());

        var loggedOut = steps.GetProperty("loggedOut");
        Assert.Equal("anonymous", loggedOut.GetProperty("session").GetProperty("kind").GetString());
        Assert.Equal("login", loggedOut.GetProperty("view").GetString());
        Assert.Equal("Log ind", loggedOut.GetProperty("h1").GetString());
        Assert.Equal("/?q=vidensdeling", loggedOut.GetProperty("address").GetString());
        Assert.DoesNotContain("Mette Lund", loggedOut.GetProperty("header").GetString(), StringComparison.Ordinal);
        // The way back in returns to the same search.
        Assert.Contains("/login?returnUrl=%2F%3Fq%3Dvidensdeling", loggedOut.GetProperty("loginLinks").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("H1", loggedOut.GetProperty("focused").GetString());
        Assert.Equal("Du er logget ud.", loggedOut.GetProperty("announced").GetString());
    }
}

/// <summary>Where anonymous reads are allowed, the header's "Log ind" goes through the provider and back to the same address.</summary>
[Collection(SharedAppDevelopmentServer.Name)]
public sealed class AppLoginLinkBrowserTests(AppDevelopmentServerFixture server)
{
    [Fact]
    public async Task The_headers_log_ind_link_logs_in_at_the_provider_and_comes_back_to_the_search()
    {
        var steps = await FindBrowser.RunAsync(server, "app-login.mjs", "link", server.Provider.Authority, "p-mette-lund");

        var anonymous = steps.GetProperty("anonymous");
        Assert.Equal("anonymous", anonymous.GetProperty("session").GetProperty("kind").GetString());
        Assert.Equal("search", anonymous.GetProperty("view").GetString());
        Assert.Contains("Log ind", anonymous.GetProperty("header").GetString(), StringComparison.Ordinal);
        Assert.Equal(["/login?returnUrl=%2F%3Fq%3Dvidensdeling"], anonymous.GetProperty("loginLinks").EnumerateArray().Select(l => l.GetString()));

        Assert.Equal(
            ["GET / 200", "GET /login 302", "GET provider /connect/authorize 200", "POST /signin-oidc 302", "GET / 200"],
            steps.GetProperty("navigations").EnumerateArray().Select(n => n.GetString()));
        var arrived = steps.GetProperty("arrived");
        Assert.Equal("/?q=vidensdeling", arrived.GetProperty("address").GetString());
        Assert.StartsWith("Logget ind som Mette Lund", arrived.GetProperty("header").GetString(), StringComparison.Ordinal);
        Assert.Equal("p-mette-lund", arrived.GetProperty("session").GetProperty("personKey").GetString());
        Assert.Equal("aarhus", arrived.GetProperty("session").GetProperty("municipalityKey").GetString());
    }
}
