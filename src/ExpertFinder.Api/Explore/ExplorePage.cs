using System.Collections.Frozen;
using System.Net;
using ExpertFinder.Api.GraphQL;

using ExpertFinder.Api.Web;

namespace ExpertFinder.Api.Explore;

/// <summary>
/// The collaboration graph explorer at /explore: the page from src/ExpertFinder.Api/web/explore and its bundle from
/// web/dist (built by `npm run build` there), served by this server alone under a content security policy that
/// allows nothing from elsewhere, so the page works without internet.
/// </summary>
public static class ExplorePage
{
    public const string PagePath = "/explore";
    public const string AssetsPath = "/explore/assets";

    /// <summary>Setting for the web folder (package.json, explore/, dist/); relative paths start at the checkout.</summary>
    public const string WebPathSetting = "ExpertFinder:Explore:WebPath";

    private const string PageFile = "explore/index.html";

    /// <summary>The only files served, by the name they are served under; paths are relative to the web folder.</summary>
    private static readonly FrozenDictionary<string, (string Path, string ContentType)> Assets = new Dictionary<string, (string, string)>
    {
        ["explore.js"] = ("dist/explore.js", "text/javascript"),
        ["explore.css"] = ("dist/explore.css", "text/css"),
        ["explore.js.map"] = ("dist/explore.js.map", "application/json"),
        ["explore.css.map"] = ("dist/explore.css.map", "application/json"),
        ["explore.js.LEGAL.txt"] = ("dist/explore.js.LEGAL.txt", "text/plain"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] Required = [PageFile, Assets["explore.js"].Path, Assets["explore.css"].Path];

    // Scripts, styles and requests stay on this server; colours set from script go through the CSSOM, which style-src allows.
    internal const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static void MapExplore(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PagePath, WriteAsync);
        endpoints.MapGet(AssetsPath + "/{name}", (string name, IConfiguration configuration) =>
            WebAssets.File(WebFolder(configuration), Assets, name)).AllowAnonymous();
    }

    private static async Task WriteAsync(HttpContext http, IConfiguration configuration)
    {
        var folder = WebFolder(configuration);
        var missing = Required.Where(path => !File.Exists(Path.Combine(folder, path))).ToList();
        WebAssets.PreparePage(http.Response, ContentSecurityPolicy);
        if (missing.Count > 0)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await http.Response.WriteAsync(MissingBundleHtml(folder, missing), http.RequestAborted);
            return;
        }
        await http.Response.SendFileAsync(Path.Combine(folder, PageFile), http.RequestAborted);
    }

    private static string WebFolder(IConfiguration configuration) =>
        CheckoutPaths.Resolve(configuration[WebPathSetting] ?? Path.Combine("src", "ExpertFinder.Api", "web"));

    private static string MissingBundleHtml(string folder, IEnumerable<string> missing) => $"""
        <!doctype html>
        <html lang="da">
        <head><meta charset="utf-8"><title>Udforsk-siden er ikke bygget</title></head>
        <body>
          <h1>Udforsk-siden er ikke bygget</h1>
          <p>Siden mangler sine filer i <code>{WebUtility.HtmlEncode(folder)}</code>: {WebUtility.HtmlEncode(string.Join(", ", missing))}.</p>
          <p>Byg dem med <code>npm ci --prefix {WebUtility.HtmlEncode(folder)} &amp;&amp; npm run build --prefix {WebUtility.HtmlEncode(folder)}</code>
          (<code>./expertfinder serve</code> gør det selv), eller peg <code>{WebPathSetting}</code> på en mappe, der har dem.
          GraphQL-endpointet <code>/graphql</code> virker imens.</p>
        </body>
        </html>
        """;
}
