using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ExpertFinder.Api.Security.ApiKeys;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Tests.Security.Auth;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using static ExpertFinder.Api.Tests.Security.Auth.AuthRequests;

namespace ExpertFinder.Api.Tests.Features.FindColleague;

/// <summary>
/// GET /session: who the pages read as, from the credentials the request carries, and how they can log in. Invalid
/// credentials are refused as everywhere (never quietly read as anonymous), and nothing of it is cached.
/// </summary>
public sealed class SessionTests(FindServerFixture server) : IClassFixture<FindServerFixture>
{
    [Fact]
    public async Task Without_credentials_the_visitor_is_anonymous_with_the_login_options_of_this_server()
    {
        var (response, session) = await SessionAsync(Anonymous);

        Assert.Equal(HttpStatusCode.OK, response);
        Assert.Equal("anonymous", session.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, session.GetProperty("personKey").ValueKind);
        Assert.Equal(JsonValueKind.Null, session.GetProperty("municipalityKey").ValueKind);
        Assert.Empty(session.GetProperty("roles").EnumerateArray());
        // This server trusts the provider's tokens but has no client for its pages, and no development issuer.
        Assert.False(session.GetProperty("login").GetProperty("provider").GetBoolean());
        Assert.False(session.GetProperty("login").GetProperty("development").GetBoolean());
        Assert.True(session.GetProperty("anonymousReads").GetBoolean());
    }

    [Fact]
    public async Task With_the_providers_token_the_visitor_is_the_person_it_names_with_their_municipality_and_roles()
    {
        var token = await server.TokenForAsync("p-mette-lund", Role.Analyst, "not-a-role");

        var (response, session) = await SessionAsync(Bearer(token));

        Assert.Equal(HttpStatusCode.OK, response);
        Assert.Equal("user", session.GetProperty("kind").GetString());
        Assert.Equal("p-mette-lund", session.GetProperty("personKey").GetString());
        Assert.Equal("aarhus", session.GetProperty("municipalityKey").GetString());
        Assert.Equal([Role.Analyst], session.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_token_naming_nobody_in_the_data_is_a_user_without_a_person()
    {
        var (response, session) = await SessionAsync(Bearer(await server.TokenForAsync("somebody-else")));

        Assert.Equal(HttpStatusCode.OK, response);
        Assert.Equal("user", session.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, session.GetProperty("personKey").ValueKind);
    }

    [Fact]
    public async Task With_an_api_key_the_visitor_is_the_portal_and_no_person()
    {
        var key = (await server.Services.GetRequiredService<ApiKeyStore>().CreateAsync("session-portal", "aarhus", Caller.CommandLine, default)).Key!;

        var (response, session) = await SessionAsync(ApiKey(key));

        Assert.Equal(HttpStatusCode.OK, response);
        Assert.Equal("apikey", session.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, session.GetProperty("personKey").ValueKind);
        Assert.Equal("aarhus", session.GetProperty("municipalityKey").GetString());
    }

    public static TheoryData<string> InvalidCredentials => new()
    {
        "Bearer not-a-token",
        "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJwLW1ldHRlLWx1bmQifQ.",
        "ApiKey ef_not_a_key",
        "Basic cC1tZXR0ZS1sdW5kOg==",
    };

    [Theory]
    [MemberData(nameof(InvalidCredentials))]
    public async Task Invalid_credentials_are_refused_with_401_rather_than_read_as_anonymous(string authorization)
    {
        var (response, _) = await SessionAsync(Authorization(authorization));

        Assert.Equal(HttpStatusCode.Unauthorized, response);
    }

    [Fact]
    public async Task Without_a_client_for_the_pages_login_answers_404_login_not_configured()
    {
        using var response = await server.Http.GetAsync("/login?returnUrl=%2F");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("LOGIN_NOT_CONFIGURED", body.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Without_a_login_logout_answers_204_and_sets_no_cookie()
    {
        using var response = await server.Http.PostAsync("/logout", null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    private async Task<(HttpStatusCode Status, JsonElement Session)> SessionAsync(Action<HttpRequestHeaders> credentials)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/session");
        request.Headers.Accept.ParseAdd("application/json");
        credentials(request.Headers);
        using var response = await server.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.OK)
        {
            // Who the visitor is must never come from a cache: not the browser's, not a proxy's.
            Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
            Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
            return (response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
        }
        return (response.StatusCode, default);
    }
}

/// <summary>
/// The pages' own login (GET /login: the provider's code flow with PKCE, back to a local address only) and logout
/// (POST /logout), on a server with a client for its pages and no anonymous reads.
/// </summary>
[Collection(SharedPageLoginServer.Name)]
public sealed class SessionLoginTests(PageLoginServerFixture server)
{
    [Fact]
    public async Task Anonymous_session_says_the_pages_log_in_through_the_provider_and_nothing_is_read_without()
    {
        using var browser = new Browser(server.Http.BaseAddress!);

        var session = await SessionAsync(browser);

        Assert.Equal("anonymous", session.GetProperty("kind").GetString());
        Assert.True(session.GetProperty("login").GetProperty("provider").GetBoolean());
        Assert.False(session.GetProperty("login").GetProperty("development").GetBoolean());
        Assert.False(session.GetProperty("anonymousReads").GetBoolean());
    }

    [Fact]
    public async Task Login_sends_the_browser_to_the_providers_authorization_endpoint_with_pkce()
    {
        using var browser = new Browser(server.Http.BaseAddress!);

        using var response = await browser.NavigateAsync(new Uri("/login?returnUrl=" + Uri.EscapeDataString("/?q=vidensdeling"), UriKind.Relative));

        CodeFlowAssertions.AssertSentToAuthorizeWithPkce(server, response);
    }

    [Theory]
    [InlineData("/?q=vidensdeling", "/?q=vidensdeling")]
    [InlineData("/personer/p-mette-lund?fra=s%C3%B8g", "/personer/p-mette-lund?fra=s%C3%B8g")]
    [InlineData(null, "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData("/\r\nLocation: https://evil.example", "/")]
    [InlineData("/\t/evil.example", "/")]
    [InlineData("/søg", "/")]
    public async Task After_logging_in_the_browser_comes_back_to_a_local_address_only(string? returnUrl, string expected)
    {
        using var browser = new Browser(server.Http.BaseAddress!);

        var back = await LogInAsync(browser, "p-mette-lund", returnUrl);

        Assert.Equal(expected, back);
        Assert.Equal("user", (await SessionAsync(browser)).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Logout_forgets_the_cookie_so_the_next_session_is_anonymous()
    {
        using var browser = new Browser(server.Http.BaseAddress!);
        await LogInAsync(browser, "someone-logging-out", "/");
        Assert.Equal("user", (await SessionAsync(browser)).GetProperty("kind").GetString());

        using var logout = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri("/logout", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Contains(logout.Headers.GetValues("Set-Cookie"), c => c.StartsWith("expertfinder=;", StringComparison.Ordinal));
        Assert.False(browser.Cookies.ContainsKey("expertfinder"));
        Assert.Equal("anonymous", (await SessionAsync(browser)).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_logout_another_site_posts_is_refused_and_the_visitor_stays_logged_in()
    {
        using var browser = new Browser(server.Http.BaseAddress!);
        await LogInAsync(browser, "someone-staying", "/");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/logout", UriKind.Relative));
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        request.Headers.Add("Origin", "https://evil.example");

        using var logout = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, logout.StatusCode);
        Assert.False(logout.Headers.Contains("Set-Cookie"));
        Assert.Equal("user", (await SessionAsync(browser)).GetProperty("kind").GetString());
    }

    /// <summary>The provider's code flow by hand (it signs in whom login_hint names); returns where the server sends the browser back to.</summary>
    private static async Task<string> LogInAsync(Browser browser, string loginHint, string? returnUrl)
    {
        using var challenge = await browser.NavigateAsync(new Uri(
            returnUrl is null ? "/login" : "/login?returnUrl=" + Uri.EscapeDataString(returnUrl), UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        using var authorization = await browser.NavigateAsync(new Uri(QueryHelpers.AddQueryString(challenge.Headers.Location!.AbsoluteUri, "login_hint", loginHint)));
        Assert.Equal(HttpStatusCode.OK, authorization.StatusCode);
        using var callback = await browser.SubmitFormAsync(await authorization.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        return callback.Headers.Location!.OriginalString;
    }

    private static async Task<JsonElement> SessionAsync(Browser browser)
    {
        using var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri("/session", UriKind.Relative)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}

/// <summary>
/// Where the login may send the browser back to, without a server: each refusal is a case that goes to another
/// site (or breaks the Location header) when its check is removed.
/// </summary>
public sealed class LocalAddressTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/?q=vidensdeling", "/?q=vidensdeling")]
    [InlineData("/personer/p-mette-lund#kontakt", "/personer/p-mette-lund#kontakt")]
    [InlineData("/praksis/forslag?q=a%2F%2Fb", "/praksis/forslag?q=a%2F%2Fb")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("//evil.example/path", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example", "/")]
    [InlineData("http:evil.example", "/")]
    [InlineData("evil.example", "/")]
    [InlineData("\\\\evil.example", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData("/\r\nSet-Cookie: x=y", "/")]
    [InlineData("/\t/evil.example", "/")]
    [InlineData("/\0", "/")]
    [InlineData("/ /evil.example", "/")]
    [InlineData("/søg", "/")]
    public void Only_a_path_on_this_server_is_kept(string? returnUrl, string expected) =>
        Assert.Equal(expected, PageSession.LocalAddress(returnUrl));
}
