using System.Text.Json;
using ExpertFinder.Api.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace ExpertFinder.Api.Security.Auth;

/// <summary>
/// The door every request passes: it checks the credentials the request carries with the one scheme that can,
/// resolves the caller, and turns away what may not come in. Invalid credentials are refused even where anonymous
/// reads are allowed (never quietly downgraded); no credentials are let in only to endpoints marked anonymous
/// (static assets) or when ExpertFinder:Auth:AnonymousReads is on. A browser opening a page is sent to log in.
/// </summary>
public static class CallerResolution
{
    public static IApplicationBuilder UseCallerResolution(this IApplicationBuilder app) => app.Use(ResolveAsync);

    private static async Task ResolveAsync(HttpContext http, RequestDelegate next)
    {
        // The login's callback (/signin-oidc) is answered by its handler, as ASP.NET Core's authentication middleware would.
        var schemes = http.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>();
        var handlers = http.RequestServices.GetRequiredService<IAuthenticationHandlerProvider>();
        foreach (var remote in await schemes.GetRequestHandlerSchemesAsync())
        {
            if (await handlers.GetHandlerAsync(http, remote.Name) is IAuthenticationRequestHandler handler && await handler.HandleRequestAsync())
            {
                return;
            }
        }
        var options = http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value;
        var scheme = AuthenticationSetup.SchemeFor(http.Request, options);
        Caller? caller = null;
        if (scheme == AuthenticationSetup.UnsupportedBearer)
        {
            await RefuseAsync(http, options, "invalid_request", "These credentials cannot be checked here: send a bearer token from the configured identity provider or an API key");
            return;
        }
        if (scheme is not null)
        {
            var result = await http.AuthenticateAsync(scheme);
            if (result.Succeeded)
            {
                http.User = result.Principal;
                caller = await http.RequestServices.GetRequiredService<CallerResolver>().ResolveAsync(scheme, result.Principal, http.RequestAborted);
            }
            else if (scheme != AuthenticationSetup.PageCookie)
            {
                await RefuseAsync(http, options, "invalid_token", "The credentials are invalid, expired or revoked");
                return;
            }
        }
        if (caller is null)
        {
            if (http.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                await next(http);
                return;
            }
            if (!options.AnonymousReads)
            {
                if (GraphiQLPage.IsBrowserNavigation(http.Request) && options.HasProvider && !string.IsNullOrWhiteSpace(options.ClientId))
                {
                    await http.ChallengeAsync(AuthenticationSetup.PageLogin, new AuthenticationProperties { RedirectUri = http.Request.Path + http.Request.QueryString });
                    return;
                }
                await RefuseAsync(http, options, null, "Authentication is required: a bearer token from the identity provider or an API key");
                return;
            }
            caller = Caller.Anonymous;
        }
        http.SetCaller(caller);
        await next(http);
    }

    /// <summary>The WWW-Authenticate challenges of a 401: one for every kind of credentials this server accepts.</summary>
    public static void AddChallenges(HttpResponse response, AuthOptions options, string? error = null)
    {
        var realm = "realm=\"expertfinder\"" + (error is null ? "" : $", error=\"{error}\"");
        var challenges = new List<string>();
        if (options.HasProvider || options.DevelopmentIssuer)
        {
            challenges.Add("Bearer " + realm);
        }
        challenges.Add("ApiKey " + realm);
        response.Headers.WWWAuthenticate = challenges.ToArray();
    }

    /// <summary>401 with a challenge for every scheme this server accepts, and a GraphQL-shaped error body.</summary>
    private static async Task RefuseAsync(HttpContext http, AuthOptions options, string? error, string message)
    {
        AddChallenges(http.Response, options, error);
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        http.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(http.Response.Body,
            new { errors = new[] { new { message, extensions = new { code = "UNAUTHENTICATED" } } } }, cancellationToken: http.RequestAborted);
    }
}
