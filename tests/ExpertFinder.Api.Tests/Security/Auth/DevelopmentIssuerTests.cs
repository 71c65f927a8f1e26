using System.Net;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Tests.Http;
using static ExpertFinder.Api.Tests.Security.Auth.AuthRequests;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>In Development the development issuer's tokens and GraphiQL's "log in as" sign people in; its key alone signs.</summary>
public sealed class DevelopmentIssuerTests(DevelopmentServerFixture server) : IClassFixture<DevelopmentServerFixture>
{
    /// <summary>A hidden profile is shown to the person themself (and admins) only: an answer names who asked.</summary>
    private const string WhoAmI = """{ person(key: "dv-hanne") { key } }""";

    private const string PersonGraph = """{ networkGraph(level: PERSON, filter: { municipality: "dv-kommune" }) { nodes { key } } }""";

    [Fact]
    public async Task A_token_from_the_development_issuer_is_accepted_as_the_person_it_names()
    {
        await SeedAsync();
        var token = DevelopmentIssuer.Open(server.KeyPath, Identity.TestIdentityProvider.Audience).CreateToken("dv-hanne", []);

        var answer = await server.GraphQLAsync(WhoAmI, Bearer(token));

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        Assert.Equal("""{"person":{"key":"dv-hanne"}}""", answer.Data.GetRawText());
    }

    [Fact]
    public async Task A_token_signed_by_another_development_key_is_refused()
    {
        await SeedAsync();
        var otherKey = Path.Combine(Path.GetTempPath(), $"ef-other-development-issuer-{Guid.NewGuid():N}.json");
        try
        {
            var token = DevelopmentIssuer.Open(otherKey, Identity.TestIdentityProvider.Audience).CreateToken("dv-hanne", [Role.DeploymentAdmin]);

            var answer = await server.GraphQLAsync(WhoAmI, Bearer(token));

            AssertUnauthenticated(answer, "invalid_token");
        }
        finally
        {
            File.Delete(otherKey);
        }
    }

    [Fact]
    public async Task Logging_in_as_a_person_sets_the_cookie_and_the_next_requests_are_that_person_with_the_roles_chosen()
    {
        await SeedAsync();
        using var browser = new Browser(server.Http.BaseAddress!);

        using var login = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(DevelopmentLogin.LoginPath, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("person", "dv-hanne"), new("role", Role.Analyst)]),
        });

        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        Assert.True(browser.Cookies.ContainsKey("expertfinder"));
        var asHanne = await AnswerOfAsync(await browser.SendAsync(GraphQLRequest(WhoAmI)));
        var graph = await AnswerOfAsync(await browser.SendAsync(GraphQLRequest(PersonGraph)));
        Assert.Equal("""{"person":{"key":"dv-hanne"}}""", asHanne.Data.GetRawText());
        // The person-level graph is for analysts: the role chosen at login came along.
        Assert.True(graph.Status == HttpStatusCode.OK && graph.Code is null, graph.ToString());
    }

    [Fact]
    public async Task Logging_in_as_nobody_in_the_data_sets_no_cookie()
    {
        using var browser = new Browser(server.Http.BaseAddress!);

        using var login = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(DevelopmentLogin.LoginPath, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("person", "dv-nobody"), new("role", Role.DeploymentAdmin)]),
        });

        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Empty(browser.Cookies);
    }

    [Fact]
    public async Task A_login_another_site_posts_is_refused_so_no_site_can_sign_a_visitor_in_as_someone_else()
    {
        await SeedAsync();
        using var browser = new Browser(server.Http.BaseAddress!);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(DevelopmentLogin.LoginPath, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("person", "dv-hanne")]),
        };
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        using var login = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, login.StatusCode);
        Assert.Contains("CROSS_SITE", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(browser.Cookies);
    }

    [Fact]
    public async Task A_login_that_is_not_a_form_is_415_and_signs_nobody_in()
    {
        using var browser = new Browser(server.Http.BaseAddress!);

        using var login = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(DevelopmentLogin.LoginPath, UriKind.Relative))
        {
            Content = new StringContent("{\"person\":\"dv-hanne\"}", System.Text.Encoding.UTF8, "application/json"),
        });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, login.StatusCode);
        Assert.Contains("UNSUPPORTED_MEDIA_TYPE", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(browser.Cookies);
    }

    [Fact]
    public async Task A_login_form_the_form_reader_refuses_is_400_with_a_code()
    {
        using var browser = new Browser(server.Http.BaseAddress!);

        using var login = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(DevelopmentLogin.LoginPath, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("person", "dv-hanne\u0000")]),
        });

        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Contains("INVALID_FORM", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(browser.Cookies);
    }

    private Task SeedAsync() =>
        server.SeedAsync(TestDataset.WithOrganisation("dv").Add("people.jsonl", new { key = "dv-hanne", name = "Hanne", unit = "dv-afd", visibility = "hidden" }));

    private static HttpRequestMessage GraphQLRequest(string query) =>
        new(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json"),
        };
}
