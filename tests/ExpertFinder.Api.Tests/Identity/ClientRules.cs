using Microsoft.Extensions.DependencyInjection;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace ExpertFinder.Api.Tests.Identity;

/// <summary>
/// What a client registration would enforce. In degraded mode OpenIddict has no application store, so it checks no
/// client_id, redirect_uri or secret by itself (and refuses to start without handlers that do): these are those handlers.
/// </summary>
internal static class ClientRules
{
    /// <summary>The path ASP.NET Core's OpenID Connect handler receives the code on (its CallbackPath default).</summary>
    public const string SignInCallbackPath = "/signin-oidc";

    /// <summary>The path it returns to after signing out (its SignedOutCallbackPath default).</summary>
    public const string SignedOutCallbackPath = "/signout-callback-oidc";

    public static void Register(OpenIddictServerBuilder server)
    {
        server.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
        {
            // invalid_request, as OpenIddict itself answers for an unknown client here: the error is shown, never redirected.
            if (!IsThePagesClient(context.ClientId))
            {
                context.Reject(Errors.InvalidRequest, $"The only client is {TestIdentityProvider.ClientId}.");
            }
            else if (!IsLoopbackHttpUri(context.RedirectUri, SignInCallbackPath))
            {
                context.Reject(Errors.InvalidRequest, $"redirect_uri must be an http URL on a loopback host ending in {SignInCallbackPath}.");
            }
            return default;
        }));

        server.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
        {
            if (!IsThePagesClient(context.ClientId))
            {
                context.Reject(Errors.InvalidClient, $"The only client is {TestIdentityProvider.ClientId}.");
            }
            else if (!string.IsNullOrEmpty(context.ClientSecret))
            {
                // A public client proves itself with PKCE; a secret it sends is a configuration mistake worth failing on.
                context.Reject(Errors.InvalidClient, $"{TestIdentityProvider.ClientId} is a public client and has no secret.");
            }
            return default;
        }));

        server.AddEventHandler<ValidateEndSessionRequestContext>(handler => handler.UseInlineHandler(context =>
        {
            if (context.PostLogoutRedirectUri is not null && !IsLoopbackHttpUri(context.PostLogoutRedirectUri, SignedOutCallbackPath))
            {
                context.Reject(Errors.InvalidRequest, $"post_logout_redirect_uri must be an http URL on a loopback host ending in {SignedOutCallbackPath}.");
            }
            return default;
        }));
    }

    private static bool IsThePagesClient(string? clientId) => string.Equals(clientId, TestIdentityProvider.ClientId, StringComparison.Ordinal);

    /// <summary>Test hosts of the product listen on loopback ports chosen at run time, so any such port is accepted.</summary>
    private static bool IsLoopbackHttpUri(string? candidate, string pathEnding) =>
        Uri.TryCreate(candidate, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttp
        && uri.IsLoopback
        && uri.AbsolutePath.EndsWith(pathEnding, StringComparison.Ordinal);
}
