using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Encodings.Web;
using ExpertFinder.Api.Data.Model;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ExpertFinder.Api.Security.ApiKeys;

public static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";

    /// <summary>The other header a key may come in, for clients that cannot set Authorization.</summary>
    public const string Header = "X-Api-Key";

    /// <summary>The key's name.</summary>
    public const string NameClaim = "ef:apikey";

    /// <summary>The municipality the key was issued for, when it was.</summary>
    public const string MunicipalityClaim = "ef:municipality";
}

/// <summary>
/// Recognises a portal's API key in <c>Authorization: ApiKey KEY</c> or <c>X-Api-Key: KEY</c>. No key: no result, so
/// other schemes may try. A key that is unknown or revoked (or two different keys) fails: a client that presents a
/// key expects to be recognised by it, never to be served as anonymous.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var fromAuthorization = AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header)
            && string.Equals(header.Scheme, ApiKeyDefaults.Scheme, StringComparison.OrdinalIgnoreCase)
            ? header.Parameter ?? ""
            : null;
        var fromHeader = Request.Headers.TryGetValue(ApiKeyDefaults.Header, out var values) ? values.ToString() : null;
        if (fromAuthorization is null && fromHeader is null)
        {
            return AuthenticateResult.NoResult();
        }
        if (fromAuthorization is not null && fromHeader is not null && fromAuthorization != fromHeader)
        {
            return AuthenticateResult.Fail("Two different API keys were presented");
        }
        var identity = await keys.FindAsync((fromAuthorization ?? fromHeader)!.Trim(), Context.RequestAborted);
        if (identity is null)
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked");
        }
        List<Claim> claims = [new(ApiKeyDefaults.NameClaim, identity.Name)];
        if (identity.MunicipalityKey is not null)
        {
            claims.Add(new Claim(ApiKeyDefaults.MunicipalityClaim, identity.MunicipalityKey));
        }
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name, ApiKeyDefaults.NameClaim, roleType: null));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }
}

public static class ApiKeyAuthenticationExtensions
{
    /// <summary>Adds the <see cref="ApiKeyDefaults.Scheme"/> scheme; the data services (AddExpertFinderData) must be registered too.</summary>
    public static AuthenticationBuilder AddApiKeys(this AuthenticationBuilder builder)
    {
        builder.Services.TryAddSingleton<ApiKeyStore>();
        return builder.AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, displayName: null, configureOptions: null);
    }
}
