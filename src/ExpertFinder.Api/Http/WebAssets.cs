using System.Net;
using ExpertFinder.Api.Hosting;

namespace ExpertFinder.Api.Http;

/// <summary>
/// What the browser pages (GraphiQL, /explore, the "Find en kollega" app at /) share: files served only from an
/// allow-list in the web folder that the project's npm step fills, and the headers of a page that may load nothing
/// from elsewhere.
/// </summary>
internal static class WebAssets
{
    /// <summary>Setting for the web folder (the pages, dist/); default and relative paths by <see cref="ServerFolders"/>.</summary>
    public const string WebPathSetting = "ExpertFinder:Explore:WebPath";

    // Scripts, styles and requests stay on this server; styles set from script go through the CSSOM, which style-src allows.
    public const string StrictContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>The web folder the bundled pages are served from.</summary>
    public static string WebFolder(IConfiguration configuration) =>
        ServerFolders.Current.Resolve(configuration[WebPathSetting], ServerFolders.Current.Web);

    /// <summary>The allowed file called <paramref name="name"/>, or 404 for any other name or a file not installed.</summary>
    public static IResult File(string folder, IReadOnlyDictionary<string, (string Path, string ContentType)> allowed, string name)
    {
        if (!allowed.TryGetValue(name, out var asset))
        {
            return Results.NotFound();
        }
        var file = Path.Combine(folder, asset.Path);
        return System.IO.File.Exists(file)
            ? new Revalidated(Results.File(file, asset.ContentType + "; charset=utf-8", enableRangeProcessing: false, lastModified: System.IO.File.GetLastWriteTimeUtc(file)))
            : Results.NotFound();
    }

    /// <summary>
    /// An asset the browser must check before using its copy (a 304 when unchanged): the page (no-cache itself) and its
    /// bundle change together at every build, and without this a browser guesses a lifetime from Last-Modified and may
    /// run yesterday's script against today's page and server.
    /// </summary>
    private sealed class Revalidated(IResult file) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.CacheControl = "no-cache";
            return file.ExecuteAsync(httpContext);
        }
    }

    /// <summary>Headers of an HTML page under <paramref name="contentSecurityPolicy"/>, never cached stale.</summary>
    public static void PreparePage(HttpResponse response, string contentSecurityPolicy)
    {
        response.Headers.ContentSecurityPolicy = contentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-cache";
        response.Headers["Referrer-Policy"] = "same-origin";
        response.ContentType = "text/html; charset=utf-8";
    }

    /// <summary>
    /// Sends a bundled page (<paramref name="pageFile"/> in the web folder) under the strict policy with
    /// <paramref name="statusCode"/>, or 503 with a Danish page that says how to build it when any of
    /// <paramref name="required"/> is missing.
    /// </summary>
    public static async Task SendBundledPageAsync(HttpContext http, string pageFile, IEnumerable<string> required, string title,
        int statusCode = StatusCodes.Status200OK)
    {
        var folder = WebFolder(http.RequestServices.GetRequiredService<IConfiguration>());
        var missing = required.Prepend(pageFile).Where(path => !System.IO.File.Exists(Path.Combine(folder, path))).ToList();
        PreparePage(http.Response, StrictContentSecurityPolicy);
        if (missing.Count > 0)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await http.Response.WriteAsync(MissingBundleHtml(title, folder, missing), http.RequestAborted);
            return;
        }
        http.Response.StatusCode = statusCode;
        await http.Response.SendFileAsync(Path.Combine(folder, pageFile), http.RequestAborted);
    }

    private static string MissingBundleHtml(string title, string folder, IEnumerable<string> missing) => $"""
        <!doctype html>
        <html lang="da">
        <head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)} er ikke bygget</title></head>
        <body>
          <h1>{WebUtility.HtmlEncode(title)} er ikke bygget</h1>
          <p>Siden mangler sine filer i <code>{WebUtility.HtmlEncode(folder)}</code>: {WebUtility.HtmlEncode(string.Join(", ", missing))}.</p>
          <p>Byg dem med <code>npm ci --prefix {WebUtility.HtmlEncode(folder)} &amp;&amp; npm run build --prefix {WebUtility.HtmlEncode(folder)}</code>
          (<code>./expertfinder serve</code> gør det selv), eller peg <code>{WebPathSetting}</code> på en mappe, der har dem.
          GraphQL-endpointet <code>/graphql</code> virker imens.</p>
        </body>
        </html>
        """;
}
