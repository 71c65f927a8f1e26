using System.Globalization;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ExpertFinder.Api.Tests.Identity;

/// <summary>
/// The provider's own logic behind OpenIddict's passthrough endpoints. OpenIddict has already parsed and validated each
/// request (client, redirect_uri, PKCE, grant type); these decide who is signed in, then hand back to OpenIddict, which
/// issues and signs the codes and tokens.
/// </summary>
internal static class ProviderEndpoints
{
    public const string AuthorizationPath = "connect/authorize";
    public const string TokenPath = "connect/token";
    public const string EndSessionPath = "connect/endsession";
    public const string JsonWebKeySetPath = ".well-known/jwks";
    public const string ConfigurationPath = ".well-known/openid-configuration";

    private const string Scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static void Map(WebApplication app)
    {
        app.MapMethods("/" + AuthorizationPath, [HttpMethods.Get, HttpMethods.Post], Authorize);
        // Typed as a handler that returns a result; as a bare RequestDelegate the result would be discarded.
        app.MapPost("/" + TokenPath, (Func<HttpContext, Task<IResult>>)ExchangeAsync);
        app.MapMethods("/" + EndSessionPath, [HttpMethods.Get, HttpMethods.Post], () => Results.SignOut(authenticationSchemes: [Scheme]));
    }

    /// <summary>Test-only consent: the user named by login_hint is signed in at once, with the e-mail and roles the request names.</summary>
    private static IResult Authorize(HttpContext context)
    {
        var request = RequestOf(context);
        if (string.IsNullOrEmpty(request.LoginHint))
        {
            return Refuse(Errors.LoginRequired, "This test provider signs in only the user named by login_hint.");
        }
        var principal = TestUsers.Create(
            request.LoginHint,
            // An e-mail address as login hint is the usual case, so it doubles as the e-mail claim unless one is named.
            email: (string?)request[TestIdentityProvider.EmailParameter] ?? (request.LoginHint.Contains('@') ? request.LoginHint : null),
            roles: TestUsers.ParseRoles((string?)request[TestIdentityProvider.RolesParameter]));
        principal.SetScopes(request.GetScopes());
        // The access token issued beside the identity token is for the API.
        principal.SetResources(TestIdentityProvider.Audience);
        TestUsers.SetDestinations(principal);
        return Results.SignIn(principal, authenticationScheme: Scheme);
    }

    private static async Task<IResult> ExchangeAsync(HttpContext context)
    {
        var request = RequestOf(context);
        if (request.IsPasswordGrantType())
        {
            return SignInNamedUser(request);
        }
        if (request.IsAuthorizationCodeGrantType())
        {
            // OpenIddict has decrypted the code and checked its client, redirect_uri, expiry and PKCE verifier.
            var code = await context.AuthenticateAsync(Scheme);
            if (code.Principal is null)
            {
                return Refuse(Errors.InvalidGrant, "The authorization code is not valid.");
            }
            var principal = TestUsers.FromRedeemedCode(code.Principal);
            TestUsers.SetDestinations(principal);
            return Results.SignIn(principal, authenticationScheme: Scheme);
        }
        return Refuse(Errors.UnsupportedGrantType, "Only the authorization code grant and the test-only password grant are served.");
    }

    /// <summary>
    /// The test-only grant behind <see cref="TestIdentityProvider.AccessTokenAsync"/>: the password grant whose username is
    /// the subject (no password is checked), with the e-mail, roles, audience and lifetime the request names.
    /// </summary>
    private static IResult SignInNamedUser(OpenIddictRequest request)
    {
        if (string.IsNullOrEmpty(request.Username))
        {
            return Refuse(Errors.InvalidRequest, "username names the subject.");
        }
        var principal = TestUsers.Create(
            request.Username,
            (string?)request[TestIdentityProvider.EmailParameter],
            TestUsers.ParseRoles((string?)request[TestIdentityProvider.RolesParameter]));
        principal.SetScopes(request.GetScopes());
        if ((string?)request[TestIdentityProvider.AudienceParameter] is { Length: > 0 } audience)
        {
            principal.SetResources(audience);
        }
        if ((string?)request[TestIdentityProvider.LifetimeSecondsParameter] is { Length: > 0 } seconds)
        {
            principal.SetAccessTokenLifetime(TimeSpan.FromSeconds(long.Parse(seconds, CultureInfo.InvariantCulture)));
        }
        TestUsers.SetDestinations(principal);
        return Results.SignIn(principal, authenticationScheme: Scheme);
    }

    private static OpenIddictRequest RequestOf(HttpContext context) =>
        context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("OpenIddict passed on a request it did not parse.");

    /// <summary>OpenIddict turns this into a protocol error: a redirect to the client for authorization, a 400 for tokens.</summary>
    private static IResult Refuse(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [Scheme]);
}
