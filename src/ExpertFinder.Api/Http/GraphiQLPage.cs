using System.Collections.Frozen;
using System.Net;
using ExpertFinder.Api.Hosting;
using ExpertFinder.Api.Security.Auth;
using Microsoft.Extensions.Options;

namespace ExpertFinder.Api.Http;

/// <summary>
/// GraphiQL for a browser that opens /graphql: a page whose scripts and styles the server serves itself from the
/// npm packages in the web folder (<see cref="ServerFolders"/>; no CDN), under a content security policy that allows nothing else.
/// </summary>
public static class GraphiQLPage
{
    public const string AssetsPath = "/graphql/assets";

    /// <summary>The only files served, by the name they are served under; paths are relative to the web folder.</summary>
    private static readonly FrozenDictionary<string, (string Path, string ContentType)> Assets = new Dictionary<string, (string, string)>
    {
        ["react.production.min.js"] = ("node_modules/react/umd/react.production.min.js", "text/javascript"),
        ["react-dom.production.min.js"] = ("node_modules/react-dom/umd/react-dom.production.min.js", "text/javascript"),
        ["graphiql.min.js"] = ("node_modules/graphiql/graphiql.min.js", "text/javascript"),
        ["graphiql.min.css"] = ("node_modules/graphiql/graphiql.min.css", "text/css"),
        ["graphiql-start.js"] = ("graphiql-start.js", "text/javascript"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // GraphiQL sets inline styles and its fonts are data: URLs; scripts and requests stay on this server.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IEndpointConventionBuilder MapGraphiQLAssets(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(AssetsPath + "/{name}", (string name, IOptions<ExpertFinderOptions> options) =>
            WebAssets.File(WebFolder(options.Value), Assets, name)).AllowAnonymous();

    /// <summary>Whether a GET is a browser navigating to the endpoint rather than a GraphQL request.</summary>
    internal static bool IsBrowserNavigation(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query")
        && !request.Query.ContainsKey("documentId")
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);

    internal static async Task WriteAsync(HttpContext http)
    {
        var folder = WebFolder(http.RequestServices.GetRequiredService<IOptions<ExpertFinderOptions>>().Value);
        var missing = Assets.Values.Where(a => !File.Exists(Path.Combine(folder, a.Path))).Select(a => a.Path).ToList();
        WebAssets.PreparePage(http.Response, ContentSecurityPolicy);
        if (missing.Count > 0)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await http.Response.WriteAsync(MissingAssetsHtml(folder, missing), http.RequestAborted);
            return;
        }
        var devLogin = http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.DevelopmentIssuer;
        await http.Response.WriteAsync(PageHtml(http.Request.PathBase + http.Request.Path, devLogin), http.RequestAborted);
    }

    private static string WebFolder(ExpertFinderOptions options) => ServerFolders.Current.Resolve(options.GraphQL.GraphiQLAssetsPath, ServerFolders.Current.Web);

    private static string PageHtml(string endpoint, bool devLogin) => $$"""
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>ExpertFinder GraphiQL</title>
          <link rel="icon" href="data:,">
          <link rel="stylesheet" href="{{AssetsPath}}/graphiql.min.css">
          <style>html, body { height: 100%; margin: 0; } body { display: flex; flex-direction: column; } #graphiql { flex: 1; min-height: 0; }
            #dev-login { font: 14px sans-serif; padding: 6px 12px; background: #fff8e1; border-bottom: 1px solid #e0c97f; display: flex; gap: 8px; align-items: center; }</style>
        </head>
        <body>
          {{(devLogin ? DevLoginBar : "")}}
          <div id="graphiql" data-endpoint="{{WebUtility.HtmlEncode(endpoint)}}">Loading GraphiQL…</div>
          <script src="{{AssetsPath}}/react.production.min.js"></script>
          <script src="{{AssetsPath}}/react-dom.production.min.js"></script>
          <script src="{{AssetsPath}}/graphiql.min.js"></script>
          <script src="{{AssetsPath}}/graphiql-start.js"></script>
        </body>
        </html>
        """;

    /// <summary>Development only: log in as a person of the data with a role, to try every example as its reader.</summary>
    private const string DevLoginBar = """
        <form id="dev-login" data-login="/dev/login" data-logout="/dev/logout">
            <strong>Development:</strong>
            <label>log in as person key <input name="person" placeholder="mette-lund" size="22" required></label>
            <label>role <select name="role"><option value="">employee</option><option>analyst</option><option>admin</option><option>deployment-admin</option></select></label>
            <button type="submit">Log in</button>
            <button type="button" id="dev-logout">Log out</button>
            <span id="dev-login-status" role="status"></span>
          </form>
        """;

    private static string MissingAssetsHtml(string folder, IEnumerable<string> missing) => $"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>GraphiQL is not installed</title></head>
        <body>
          <h1>GraphiQL is not installed</h1>
          <p>The GraphQL endpoint works (POST or GET with a <code>query</code> parameter), but the browser IDE's files are missing from
          <code>{WebUtility.HtmlEncode(folder)}</code>: {WebUtility.HtmlEncode(string.Join(", ", missing))}.</p>
          <p>Install them with <code>npm ci --prefix {WebUtility.HtmlEncode(folder)}</code>
          (<code>./expertfinder serve</code> does this itself), or point <code>ExpertFinder:GraphQL:GraphiQLAssetsPath</code> at a folder that has them.</p>
        </body>
        </html>
        """;
}
