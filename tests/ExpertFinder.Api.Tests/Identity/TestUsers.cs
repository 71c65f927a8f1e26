using System.Security.Claims;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ExpertFinder.Api.Tests.Identity;

/// <summary>The identities the provider signs in: whoever a test names, with the e-mail and roles it names.</summary>
internal static class TestUsers
{
    /// <summary>One claim per role; in a JWT they become one "roles" value, an array when there are several.</summary>
    public const string RolesClaim = "roles";

    private const string AuthenticationType = "ExpertFinder.TestIdentityProvider";

    public static ClaimsPrincipal Create(string subject, string? email, IEnumerable<string> roles)
    {
        var identity = NewIdentity([]);
        identity.SetClaim(Claims.Subject, subject);
        identity.SetClaim(Claims.Name, subject);
        identity.SetClaim(Claims.Email, email);
        foreach (var role in roles)
        {
            identity.AddClaim(RolesClaim, role);
        }
        return new ClaimsPrincipal(identity);
    }

    /// <summary>A new principal with the claims an authorization code carried (the user's, and OpenIddict's own such as the nonce).</summary>
    public static ClaimsPrincipal FromRedeemedCode(ClaimsPrincipal code) => new(NewIdentity(code.Claims));

    /// <summary>"analyst, admin" as the roles analyst and admin; null or blank as none.</summary>
    public static IReadOnlyList<string> ParseRoles(string? commaSeparated) =>
        (commaSeparated ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// OpenIddict copies a claim into a token only when told to: the access token carries the user's claims for the API,
    /// the identity token carries those the client asked for by scope, as a production provider would.
    /// </summary>
    public static void SetDestinations(ClaimsPrincipal principal) =>
        principal.SetDestinations(claim => claim.Type switch
        {
            Claims.Subject => [Destinations.AccessToken, Destinations.IdentityToken],
            Claims.Name => ToAccessTokenAndIfScoped(principal, Scopes.Profile),
            Claims.Email => ToAccessTokenAndIfScoped(principal, Scopes.Email),
            RolesClaim => ToAccessTokenAndIfScoped(principal, Scopes.Roles),
            _ => [],
        });

    private static string[] ToAccessTokenAndIfScoped(ClaimsPrincipal principal, string scope) =>
        principal.HasScope(scope) ? [Destinations.AccessToken, Destinations.IdentityToken] : [Destinations.AccessToken];

    private static ClaimsIdentity NewIdentity(IEnumerable<Claim> claims) =>
        new(claims, AuthenticationType, nameType: Claims.Name, roleType: RolesClaim);
}
