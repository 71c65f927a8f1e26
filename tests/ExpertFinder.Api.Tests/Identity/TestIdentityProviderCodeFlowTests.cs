using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace ExpertFinder.Api.Tests.Identity;

/// <summary>
/// The browser sign-in the pages will use: authorization code flow with PKCE, the user auto-approved by login_hint,
/// and the refusals a real provider gives to a wrong verifier, a missing challenge, or a client it does not know.
/// </summary>
public class TestIdentityProviderCodeFlowTests
{
    private const string Alice = "alice@kommune.dk";

    [Fact]
    public async Task Code_flow_with_pkce_signs_in_the_hinted_user_with_an_identity_token_for_the_pages_and_an_access_token_for_the_api()
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        using var validator = new JwksTokenValidator(provider.MetadataAddress);
        using var flow = new PkceCodeFlow(await validator.ConfigurationAsync());

        using var authorization = await flow.AuthorizeAsync(flow.AuthorizationRequest(Alice, roles: "analyst,admin"));
        var callback = PkceCodeFlow.CallbackParameters(authorization);
        Assert.Equal(flow.State, callback["state"]);
        Assert.Equal(provider.Authority, callback["iss"]);
        var (status, tokens) = await flow.RedeemAsync(callback["code"].ToString(), flow.CodeVerifier);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Bearer", tokens.GetProperty("token_type").GetString());
        var identity = await validator.ValidateAsync(tokens.GetProperty("id_token").GetString()!, TestIdentityProvider.ClientId);
        Assert.True(identity.IsValid, identity.Exception?.ToString());
        Assert.Equal(Alice, identity.ClaimsIdentity.FindFirst("sub")?.Value);
        Assert.Equal(Alice, identity.ClaimsIdentity.FindFirst("email")?.Value);
        Assert.Equal(Alice, identity.ClaimsIdentity.FindFirst("name")?.Value);
        Assert.Equal(["analyst", "admin"], identity.ClaimsIdentity.FindAll("roles").Select(claim => claim.Value));
        Assert.Equal(flow.Nonce, identity.ClaimsIdentity.FindFirst("nonce")?.Value);
        var access = await validator.ValidateAsync(tokens.GetProperty("access_token").GetString()!, TestIdentityProvider.Audience);
        Assert.True(access.IsValid, access.Exception?.ToString());
        Assert.Equal(Alice, access.ClaimsIdentity.FindFirst("sub")?.Value);
        Assert.Equal(["analyst", "admin"], access.ClaimsIdentity.FindAll("roles").Select(claim => claim.Value));
    }

    [Fact]
    public async Task Code_redeemed_with_a_wrong_verifier_is_refused()
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        using var validator = new JwksTokenValidator(provider.MetadataAddress);
        using var flow = new PkceCodeFlow(await validator.ConfigurationAsync());
        using var authorization = await flow.AuthorizeAsync(flow.AuthorizationRequest(Alice, roles: "analyst"));
        var code = PkceCodeFlow.CallbackParameters(authorization)["code"].ToString();

        var (status, error) = await flow.RedeemAsync(code, codeVerifier: PkceCodeFlow.NewCodeVerifier());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", error.GetProperty("error").GetString());
        Assert.False(error.TryGetProperty("access_token", out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("plain")]
    public async Task Authorization_without_an_S256_code_challenge_is_refused(string? method)
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        using var validator = new JwksTokenValidator(provider.MetadataAddress);
        using var flow = new PkceCodeFlow(await validator.ConfigurationAsync());
        var request = flow.AuthorizationRequest(Alice, roles: "");
        request.Remove("code_challenge");
        request.Remove("code_challenge_method");
        if (method is not null)
        {
            request["code_challenge"] = flow.CodeVerifier;
            request["code_challenge_method"] = method;
        }

        using var authorization = await flow.AuthorizeAsync(request);

        // OpenIddict refuses it while validating the request, before it would redirect: the error is shown, not returned.
        Assert.Equal(HttpStatusCode.BadRequest, authorization.StatusCode);
        Assert.Null(authorization.Headers.Location);
        Assert.Contains("code_challenge", await authorization.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_comes_back_in_a_form_post_when_asked_as_the_aspnet_core_handler_asks_by_default()
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        using var validator = new JwksTokenValidator(provider.MetadataAddress);
        using var flow = new PkceCodeFlow(await validator.ConfigurationAsync());
        var request = flow.AuthorizationRequest(Alice, roles: "analyst");
        request["response_mode"] = "form_post";

        using var authorization = await flow.AuthorizeAsync(request);

        Assert.Equal(HttpStatusCode.OK, authorization.StatusCode);
        var page = await authorization.Content.ReadAsStringAsync();
        Assert.Contains($"action=\"{PkceCodeFlow.RedirectUri}\"", page, StringComparison.Ordinal);
        Assert.Equal(flow.State, FormField(page, "state"));
        var (status, tokens) = await flow.RedeemAsync(FormField(page, "code"), flow.CodeVerifier);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(tokens.TryGetProperty("id_token", out _));
    }

    [Fact]
    public async Task Authorization_without_a_login_hint_is_refused_with_login_required()
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        using var validator = new JwksTokenValidator(provider.MetadataAddress);
        using var flow = new PkceCodeFlow(await validator.ConfigurationAsync());
        var request = flow.AuthorizationRequest(Alice, roles: "");
        request.Remove("login_hint");

        using var authorization = await flow.AuthorizeAsync(request);

        var callback = PkceCodeFlow.CallbackParameters(authorization);
        Assert.Equal("login_required", callback["error"]);
        Assert.Equal(flow.State, callback["state"]);
        Assert.False(callback.ContainsKey("code"));
    }

    [Theory]
    [InlineData("redirect_uri", "http://pages.example/signin-oidc")]
    [InlineData("redirect_uri", "http://127.0.0.1:5173/callback")]
    [InlineData("redirect_uri", "https://127.0.0.1:5173/signin-oidc")]
    [InlineData("client_id", "some-other-client")]
    public async Task Authorization_for_an_unregistered_client_or_redirect_uri_is_refused_without_redirecting(string parameter, string value)
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        using var validator = new JwksTokenValidator(provider.MetadataAddress);
        using var flow = new PkceCodeFlow(await validator.ConfigurationAsync());
        var request = flow.AuthorizationRequest(Alice, roles: "admin");
        request[parameter] = value;

        using var authorization = await flow.AuthorizeAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, authorization.StatusCode);
        Assert.Null(authorization.Headers.Location);
    }

    [Fact]
    public async Task End_session_returns_only_to_a_loopback_signed_out_callback()
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        using var validator = new JwksTokenValidator(provider.MetadataAddress);
        var endSession = (await validator.ConfigurationAsync()).EndSessionEndpoint;
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        const string signedOut = "http://127.0.0.1:5173/signout-callback-oidc";

        using var accepted = await browser.GetAsync(new Uri(QueryHelpers.AddQueryString(
            endSession, new Dictionary<string, string?> { ["post_logout_redirect_uri"] = signedOut, ["state"] = "s1" })));
        using var refused = await browser.GetAsync(new Uri(QueryHelpers.AddQueryString(
            endSession, "post_logout_redirect_uri", "http://pages.example/signout-callback-oidc")));

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(signedOut + "?state=s1", accepted.Headers.Location?.AbsoluteUri);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Null(refused.Headers.Location);
    }

    private static string FormField(string page, string name)
    {
        var field = Regex.Match(page, $"<input type=\"hidden\" name=\"{name}\" value=\"([^\"]*)\"");
        Assert.True(field.Success, $"No {name} field in: {page}");
        return WebUtility.HtmlDecode(field.Groups[1].Value);
    }
}
