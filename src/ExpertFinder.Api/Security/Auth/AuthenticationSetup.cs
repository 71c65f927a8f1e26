using ExpertFinder.Api.Security.ApiKeys;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ExpertFinder.Api.Security.Auth;

/// <summary>
/// The ways a caller can prove who they are, each an ASP.NET Core authentication scheme:
/// the municipality's provider's bearer tokens, portal API keys, the browser pages' cookie (after the
/// authorization-code flow with PKCE), and in Development the development issuer's tokens and "log in as".
/// </summary>
public static class AuthenticationSetup
{
    public const string ProviderBearer = JwtBearerDefaults.AuthenticationScheme;
    public const string DevelopmentBearer = "DevelopmentToken";
    public const string ApiKeyScheme = ApiKeyDefaults.Scheme;
    public const string PageCookie = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string PageLogin = OpenIdConnectDefaults.AuthenticationScheme;

    /// <summary>The identity type of a cookie made by the development "log in as": its subject is a person key.</summary>
    public const string DevelopmentLogin = "development-login";

    public static IServiceCollection AddExpertFinderAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section);
        if (options.DevelopmentIssuer && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"ExpertFinder:Auth:DevelopmentIssuer is on in the {environment.EnvironmentName} environment: the development issuer exists in Development only. Turn it off and configure ExpertFinder:Auth:Authority (or use API keys).");
        }
        if (options.HasProvider && !Uri.TryCreate(options.Authority, UriKind.Absolute, out _))
        {
            throw new InvalidOperationException($"ExpertFinder:Auth:Authority '{options.Authority}' is not an absolute URL.");
        }

        var authentication = services.AddAuthentication();
        authentication.AddApiKeys();
        if (options.HasProvider)
        {
            authentication.AddJwtBearer(ProviderBearer, bearer =>
            {
                bearer.Authority = options.Authority;
                bearer.Audience = options.Audience;
                bearer.RequireHttpsMetadata = options.RequireHttpsMetadata;
                bearer.RefreshInterval = options.MetadataRefreshInterval;
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidAudience = options.Audience,
                    ValidAlgorithms = SignedAlgorithms,
                    RequireSignedTokens = true,
                    RequireExpirationTime = true,
                    ClockSkew = options.ClockSkew,
                    NameClaimType = options.PersonClaim,
                    RoleClaimType = options.RoleClaim,
                };
            });
        }
        if (options.DevelopmentIssuer)
        {
            var issuer = DevelopmentIssuer.Open(DevelopmentIssuer.DefaultKeyPath(options), options.Audience);
            services.AddSingleton(issuer);
            authentication.AddJwtBearer(DevelopmentBearer, bearer =>
            {
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = issuer.ValidationParameters(options.ClockSkew);
            });
        }
        var pagesLogIn = options.HasProvider && !string.IsNullOrWhiteSpace(options.ClientId);
        if (pagesLogIn || options.DevelopmentIssuer)
        {
            authentication.AddCookie(PageCookie, cookie =>
            {
                cookie.Cookie.Name = "expertfinder";
                cookie.Cookie.HttpOnly = true;
                // Lax, not Strict: the provider's page posting the code back is another site's, and a browser withholds a
                // Strict cookie on the redirect that follows, so the pages would send it to log in again, forever. Lax still
                // keeps it off every cross-site POST (and mutations are POSTs of JSON), so it cannot be used for CSRF.
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = false;
                // The pages decide between logging in and 401 themselves (CallerResolution); never redirect API calls.
                cookie.Events.OnRedirectToLogin = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                };
            });
        }
        if (pagesLogIn)
        {
            authentication.AddOpenIdConnect(PageLogin, oidc =>
            {
                oidc.Authority = options.Authority;
                oidc.ClientId = options.ClientId;
                oidc.ClientSecret = options.ClientSecret;
                oidc.RequireHttpsMetadata = options.RequireHttpsMetadata;
                oidc.RefreshInterval = options.MetadataRefreshInterval;
                oidc.ResponseType = "code";
                oidc.UsePkce = true;
                oidc.SignInScheme = PageCookie;
                oidc.MapInboundClaims = false;
                oidc.SaveTokens = false;
                oidc.GetClaimsFromUserInfoEndpoint = false;
                oidc.Scope.Clear();
                foreach (var scope in PageScopes)
                {
                    oidc.Scope.Add(scope);
                }
                oidc.TokenValidationParameters.NameClaimType = options.PersonClaim;
                oidc.TokenValidationParameters.RoleClaimType = options.RoleClaim;
                oidc.TokenValidationParameters.ValidAlgorithms = SignedAlgorithms;
                oidc.TokenValidationParameters.ClockSkew = options.ClockSkew;
            });
        }
        services.AddScoped<CallerResolver>();
        return services;
    }

    private static readonly string[] PageScopes = ["openid", "profile", "email", "roles"];

    /// <summary>Asymmetric signatures only: never "none", never a shared secret a client could know.</summary>
    private static readonly string[] SignedAlgorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    /// <summary>
    /// The scheme that can check the credentials this request carries, or null when it carries none: an API key
    /// header, a bearer token (the development issuer's by its issuer, else the provider's), or the pages' cookie.
    /// </summary>
    public static string? SchemeFor(HttpRequest request, AuthOptions options)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (request.Headers.ContainsKey(ApiKeyDefaults.Header) || authorization.StartsWith(ApiKeyScheme + " ", StringComparison.OrdinalIgnoreCase))
        {
            return ApiKeyScheme;
        }
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            if (options.DevelopmentIssuer && IssuerOf(authorization["Bearer ".Length..].Trim()) == DevelopmentIssuer.Issuer)
            {
                return DevelopmentBearer;
            }
            return options.HasProvider ? ProviderBearer : options.DevelopmentIssuer ? DevelopmentBearer : UnsupportedBearer;
        }
        if (authorization.Length > 0)
        {
            return UnsupportedBearer;
        }
        return request.Cookies.ContainsKey("expertfinder") && (options.DevelopmentIssuer || (options.HasProvider && !string.IsNullOrWhiteSpace(options.ClientId)))
            ? PageCookie
            : null;
    }

    /// <summary>Credentials no scheme here can check: a bearer token with no provider configured, an unknown Authorization scheme.</summary>
    public const string UnsupportedBearer = "";

    /// <summary>The unverified issuer of a JWT, only to choose which scheme verifies it.</summary>
    private static string? IssuerOf(string token)
    {
        try
        {
            return new JsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
