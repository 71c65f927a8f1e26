using System.Net;
using ExpertFinder.Api.Tests.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>What a page's login must look like on the wire: the authorization-code flow with PKCE (S256), state and nonce, to the provider.</summary>
internal static class CodeFlowAssertions
{
    public static void AssertSentToAuthorizeWithPkce(ServerFixture server, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var authorize = response.Headers.Location!;
        Assert.Equal(server.Provider.Authority + "connect/authorize", authorize.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal(TestIdentityProvider.ClientId, query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", query["code_challenge"].ToString());
        Assert.Equal(new Uri(server.Http.BaseAddress!, "/signin-oidc").AbsoluteUri, query["redirect_uri"]);
        Assert.Contains("openid", query["scope"].ToString().Split(' '));
        Assert.False(string.IsNullOrEmpty(query["state"]));
        Assert.False(string.IsNullOrEmpty(query["nonce"]));
    }
}
