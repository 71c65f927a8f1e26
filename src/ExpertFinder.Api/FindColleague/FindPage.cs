using System.Collections.Frozen;
using ExpertFinder.Api.Web;

namespace ExpertFinder.Api.FindColleague;

/// <summary>
/// "Find en kollega", the page employees open from the intranet: one page (web/find, bundled into web/dist) that
/// reads everything through /graphql as the signed-in person. Its routes are the app's own, so a search, a person
/// or a form can be shared as a link; the server answers every one of them with the same page.
/// </summary>
public static class FindPage
{
    public const string AssetsPath = "/app/assets";

    /// <summary>The app's addresses: search (<c>/?q=…</c>), a person, me, and the practices.</summary>
    public static readonly string[] Routes = ["/", "/personer/{key}", "/mig", "/praksis", "/praksis/{part}"];

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
}
