using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ExpertFinder.Api.Tests.Identity;

/// <summary>
/// The browser and the client of an authorization code flow with PKCE, by hand: redirects are not followed, so each hop
/// can be inspected, and the client keeps the verifier, state and nonce it would keep in its correlation cookie.
/// </summary>
internal sealed class PkceCodeFlow : IDisposable
{
    /// <summary>A pages host on some loopback port; nothing listens there, since the code is read off the redirect.</summary>
    public const string RedirectUri = "http://127.0.0.1:5173/signin-oidc";

    private readonly HttpClient browser = new(new HttpClientHandler { AllowAutoRedirect = false });
    private readonly OpenIdConnectConfiguration discovery;

    public PkceCodeFlow(OpenIdConnectConfiguration discovery) => this.discovery = discovery;

    public string CodeVerifier { get; } = NewCodeVerifier();

    public string State { get; } = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));

    public string Nonce { get; } = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));

    /// <summary>What ASP.NET Core's OpenID Connect handler sends (response_type=code, S256, its scopes), plus the test user.</summary>
    public Dictionary<string, string> AuthorizationRequest(string loginHint, string roles) => new()
    {
        ["client_id"] = TestIdentityProvider.ClientId,
        ["response_type"] = "code",
        ["response_mode"] = "query",
        ["redirect_uri"] = RedirectUri,
        ["scope"] = "openid profile email roles",
        ["code_challenge"] = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(CodeVerifier))),
        ["code_challenge_method"] = "S256",
        ["state"] = State,
        ["nonce"] = Nonce,
        ["login_hint"] = loginHint,
        [TestIdentityProvider.RolesParameter] = roles,
    };

    /// <summary>43 characters of base64url over 32 random bytes, as RFC 7636 recommends.</summary>
    public static string NewCodeVerifier() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    /// <summary>Sends the browser to the authorization endpoint and returns the provider's answer, unfollowed.</summary>
    public Task<HttpResponseMessage> AuthorizeAsync(IReadOnlyDictionary<string, string> request) =>
        browser.GetAsync(new Uri(QueryHelpers.AddQueryString(
            discovery.AuthorizationEndpoint, request.Select(parameter => new KeyValuePair<string, string?>(parameter.Key, parameter.Value)))));

    /// <summary>The query parameters of the redirect back to the client, after checking it is one.</summary>
    public static Dictionary<string, StringValues> CallbackParameters(HttpResponseMessage authorization)
    {
        Assert.Equal(HttpStatusCode.Redirect, authorization.StatusCode);
        var callback = authorization.Headers.Location ?? throw new InvalidOperationException("A redirect without a Location.");
        Assert.Equal(RedirectUri, callback.GetLeftPart(UriPartial.Path));
        return QueryHelpers.ParseQuery(callback.Query);
    }

    /// <summary>The client's back-channel request to the token endpoint; returns the status and the JSON body.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> RedeemAsync(string code, string codeVerifier)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
            ["client_id"] = TestIdentityProvider.ClientId,
            ["code_verifier"] = codeVerifier,
        });
        using var response = await browser.PostAsync(new Uri(discovery.TokenEndpoint), form);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.Clone());
    }

    public void Dispose() => browser.Dispose();
}
