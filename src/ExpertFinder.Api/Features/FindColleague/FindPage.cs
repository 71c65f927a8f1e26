using System.Collections.Frozen;
using ExpertFinder.Api.Http;

namespace ExpertFinder.Api.Features.FindColleague;

/// <summary>
/// "Find en kollega", the page employees open from the intranet: one page (web/find, bundled into web/dist) that
/// reads everything through /graphql as the signed-in person. Its routes are the app's own, so a search, a person
/// or a form can be shared as a link; the server answers every one of them with the same page.
/// </summary>
public static class FindPage
{
    public const string AssetsPath = "/app/assets";

    /// <summary>The app's addresses (web/find/router.js lists the same): search (<c>/?q=…</c>), a person, me, and the practices.</summary>
    public static readonly string[] Routes =
        ["/", "/personer/{key}", "/mig", "/praksis", "/praksis/forslag", "/praksis/kompetencegab", "/praksis/frokost"];

    private const string PageFile = "find/index.html";

    private static readonly FrozenDictionary<string, (string Path, string ContentType)> Assets = new Dictionary<string, (string, string)>
    {
        ["find.js"] = ("dist/find.js", "text/javascript"),
        ["find.css"] = ("dist/find.css", "text/css"),
        ["find.js.map"] = ("dist/find.js.map", "application/json"),
        ["find.css.map"] = ("dist/find.css.map", "application/json"),
        ["find.js.LEGAL.txt"] = ("dist/find.js.LEGAL.txt", "text/plain"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] Required = [Assets["find.js"].Path, Assets["find.css"].Path];

    public static void MapFindPage(this IEndpointRouteBuilder endpoints)
    {
        foreach (var route in Routes)
        {
            // The page itself reads nothing: it asks /session who the visitor is and sends them to log in when reads
            // need credentials, so it opens for everyone (and the development picker can be reached).
            endpoints.MapGet(route, (HttpContext http) => WebAssets.SendBundledPageAsync(http, PageFile, Required, "Find en kollega"))
                .AllowAnonymous();
        }
        endpoints.MapGet(AssetsPath + "/{name}", (string name, IConfiguration configuration) =>
            WebAssets.File(WebAssets.WebFolder(configuration), Assets, name)).AllowAnonymous();
    }

    /// <summary>
    /// A browser opening an address that nothing here answers (a mistyped or outdated link) gets the app with 404, which
    /// says "Siden findes ikke" with the menu and a way on, instead of an empty page. Only where no endpoint matched:
    /// /graphql, /explore, /session, the assets and the other doors keep their own answers, 405 and 404 included, and
    /// a client that does not ask for HTML gets the plain 404. Runs after the caller resolution, so where reading needs
    /// credentials a visitor without them is sent to log in (or refused) as for any other address.
    /// </summary>
    public static IApplicationBuilder UseFindPageForUnknownAddresses(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        await next(http);
        if (http.Response.StatusCode == StatusCodes.Status404NotFound && !http.Response.HasStarted && http.GetEndpoint() is null
            && GraphiQLPage.IsBrowserNavigation(http.Request))
        {
            await WebAssets.SendBundledPageAsync(http, PageFile, Required, "Find en kollega", StatusCodes.Status404NotFound);
        }
    });
}
