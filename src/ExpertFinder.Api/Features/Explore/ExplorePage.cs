using System.Collections.Frozen;
using ExpertFinder.Api.Http;

namespace ExpertFinder.Api.Features.Explore;

/// <summary>
/// The collaboration graph explorer at /explore: the page from src/ExpertFinder.Api/web/explore and its bundle from
/// web/dist (built by `npm run build` there), served by this server alone under a content security policy that
/// allows nothing from elsewhere, so the page works without internet.
/// </summary>
public static class ExplorePage
{
    public const string PagePath = "/explore";
    public const string AssetsPath = "/explore/assets";

    /// <summary>Setting for the web folder (explore/, find/, dist/); default and relative paths by ServerFolders.</summary>
    public const string WebPathSetting = WebAssets.WebPathSetting;

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

    private static readonly string[] Required = [Assets["explore.js"].Path, Assets["explore.css"].Path];

    internal const string ContentSecurityPolicy = WebAssets.StrictContentSecurityPolicy;

    public static void MapExplore(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PagePath, (HttpContext http) => WebAssets.SendBundledPageAsync(http, PageFile, Required, "Udforsk-siden"));
        endpoints.MapGet(AssetsPath + "/{name}", (string name, IConfiguration configuration) =>
            WebAssets.File(WebAssets.WebFolder(configuration), Assets, name)).AllowAnonymous();
    }
}
