using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ExpertFinder.Api.Security.Auth;

/// <summary>
/// What the browser pages need to know about their visitor, and the doors in and out:
/// GET /session (who the page reads as and how it can log in), GET /login (the provider's authorization-code flow,
/// back to a local address), POST /logout (forgets the pages' cookie).
/// </summary>
public static class PageSession
{
    public const string SessionPath = "/session";
    public const string LoginPath = "/login";
    public const string LogoutPath = "/logout";

    public static void MapPageSession(this WebApplication app)
    {
        app.MapGet(SessionPath, (HttpContext http, IOptions<AuthOptions> options) =>
        {
            var caller = http.GetCaller();
            http.Response.Headers.CacheControl = "no-store";
            return Results.Json(new
            {
                kind = caller.Kind.ToString().ToLowerInvariant(),
                personKey = caller.PersonKey,
                municipalityKey = caller.MunicipalityKey,
                roles = caller.Roles.Order(StringComparer.Ordinal).ToArray(),
                login = new
                {
                    provider = PagesLogIn(options.Value),
                    development = options.Value.DevelopmentIssuer,
                },
                anonymousReads = options.Value.AnonymousReads,
            });
        }).AllowAnonymous();
        app.MapGet(LoginPath, async (HttpContext http, IOptions<AuthOptions> options, string? returnUrl) =>
        {
            if (!PagesLogIn(options.Value))
            {
                return Results.Json(new { error = new { code = "LOGIN_NOT_CONFIGURED", message = "This server has no identity provider for its pages (ExpertFinder:Auth:Authority and ClientId)" } },
                    statusCode: StatusCodes.Status404NotFound);
            }
            await http.ChallengeAsync(AuthenticationSetup.PageLogin, new AuthenticationProperties { RedirectUri = LocalAddress(returnUrl) });
            return Results.Empty;
        }).AllowAnonymous();
        // Safe against other sites: the cookie is SameSite=Lax, so a cross-site POST never carries it and cannot act as
        // anyone, and the endpoint only signs out. What such a POST could still do is end the visitor's session (its
        // response deletes the cookie), so a request the browser marks as coming from another site (Sec-Fetch-Site) is
        // refused; the page's own fetch is same-origin, and clients that send no such header (scripts, tests) may log out.
        app.MapPost(LogoutPath, async (HttpContext http, IOptions<AuthOptions> options) =>
        {
            if (IsFromAnotherSite(http.Request))
            {
                return CrossSiteRefusal("Log out from this server's own pages");
            }
            if (PagesLogIn(options.Value) || options.Value.DevelopmentIssuer)
            {
                await http.SignOutAsync(AuthenticationSetup.PageCookie);
            }
            return Results.NoContent();
        }).AllowAnonymous().DisableAntiforgery();
    }

    /// <summary>
    /// Whether the browser says another site (or a page opened from one) sent this request: Sec-Fetch-Site other than
    /// same-origin. Requests without the header (scripts, older clients) are not from a browser page of another site.
    /// </summary>
    internal static bool IsFromAnotherSite(HttpRequest request) =>
        request.Headers["Sec-Fetch-Site"].ToString() is { Length: > 0 } site && site != "same-origin";

    internal static IResult CrossSiteRefusal(string message) =>
        Results.Json(new { error = new { code = "CROSS_SITE", message } }, statusCode: StatusCodes.Status403Forbidden);

    private static bool PagesLogIn(AuthOptions options) => options.HasProvider && !string.IsNullOrWhiteSpace(options.ClientId);

    /// <summary>
    /// Where to go back to after logging in: an address on this server only (a path, not "//host" or "/\host", which
    /// browsers read as another site), else the start page, so the login cannot be used to send people elsewhere.
    /// Printable ASCII only, as the pages' own addresses are (location.pathname and search come percent-encoded):
    /// control characters could split the Location header, and other characters would fail to be written in it.
    /// </summary>
    internal static string LocalAddress(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            && url.All(c => c is >= '!' and <= '~')
            ? url
            : "/";
}
