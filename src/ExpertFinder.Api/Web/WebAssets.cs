namespace ExpertFinder.Api.Web;

/// <summary>
/// What the browser pages (GraphiQL, /explore) share: files served only from an allow-list in the web folder that the
/// project's npm step fills, and the headers of a page that may load nothing from elsewhere.
/// </summary>
internal static class WebAssets
{
    /// <summary>The allowed file called <paramref name="name"/>, or 404 for any other name or a file not installed.</summary>
    public static IResult File(string folder, IReadOnlyDictionary<string, (string Path, string ContentType)> allowed, string name)
    {
        if (!allowed.TryGetValue(name, out var asset))
        {
            return Results.NotFound();
        }
        var file = Path.Combine(folder, asset.Path);
        return System.IO.File.Exists(file)
            ? Results.File(file, asset.ContentType + "; charset=utf-8", enableRangeProcessing: false, lastModified: System.IO.File.GetLastWriteTimeUtc(file))
            : Results.NotFound();
    }

    /// <summary>Headers of an HTML page under <paramref name="contentSecurityPolicy"/>, never cached stale.</summary>
    public static void PreparePage(HttpResponse response, string contentSecurityPolicy)
    {
        response.Headers.ContentSecurityPolicy = contentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-cache";
        response.ContentType = "text/html; charset=utf-8";
    }
}
