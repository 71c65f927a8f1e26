using System.Net;
using System.Net.Http.Headers;
using ExpertFinder.Api.Tests.Http;
using Microsoft.AspNetCore.WebUtilities;
using static ExpertFinder.Api.Tests.Security.Auth.AuthRequests;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>
/// A browser opening a page without being signed in is sent to the municipality's provider (authorization code flow
/// with PKCE), comes back to /signin-oidc, and from then on its cookie makes it the person it logged in as.
/// </summary>
[Collection(SharedPageLoginServer.Name)]
public sealed class PageLoginTests(PageLoginServerFixture server)
{
    [Fact]
    public async Task A_browser_without_a_session_is_sent_to_the_providers_authorization_endpoint_with_an_S256_code_challenge()
    {
        using var browser = new Browser(server.Http.BaseAddress!);

        using var response = await browser.NavigateAsync(new Uri("/graphql", UriKind.Relative));

        CodeFlowAssertions.AssertSentToAuthorizeWithPkce(server, response);
    }

    [Fact]
    public async Task After_logging_in_at_the_provider_the_browser_gets_graphiql_and_its_requests_are_the_persons()
    {
        await server.SeedAsync(TestDataset.WithOrganisation("pl")
            .Add("people.jsonl", new { key = "pl-hanne", name = "Hanne", unit = "pl-afd", visibility = "hidden" }));
        using var browser = new Browser(server.Http.BaseAddress!);

        using var challenge = await browser.NavigateAsync(new Uri("/graphql", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        // The provider signs in whoever login_hint names (its test-only consent); the server's handler cannot know whom to name.
        using var authorization = await browser.NavigateAsync(new Uri(QueryHelpers.AddQueryString(challenge.Headers.Location!.AbsoluteUri, "login_hint", "pl-hanne")));
        Assert.Equal(HttpStatusCode.OK, authorization.StatusCode);
        // response_mode=form_post: the provider answers a page that posts the code back to the server.
        using var callback = await browser.SubmitFormAsync(await authorization.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/graphql", callback.Headers.Location!.OriginalString);
        var (_, attributes) = browser.Cookies["expertfinder"];
        Assert.Contains("httponly", attributes, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", attributes, StringComparison.OrdinalIgnoreCase);

        using var page = await browser.NavigateAsync(callback.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("ExpertFinder GraphiQL", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A hidden profile is shown to the person themself only: the cookie's requests are Hanne's.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = JsonContent("""{ "query": "{ person(key: \"pl-hanne\") { key } }" }"""),
        };
        using var asHanne = await browser.SendAsync(request);
        var answer = await AnswerOfAsync(asHanne);
        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        Assert.Equal("""{"person":{"key":"pl-hanne"}}""", answer.Data.GetRawText());
    }

    [Fact]
    public async Task Without_the_cookie_an_api_request_is_refused_with_401_rather_than_redirected()
    {
        var answer = await server.GraphQLAsync("""{ person(key: "pl-hanne") { key } }""", Anonymous);

        AssertUnauthenticated(answer);
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
