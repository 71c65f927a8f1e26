using System.Globalization;
using ExpertFinder.Api.Http;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using ExpertFinder.Api.Security.RateLimiting;
using ExpertFinder.Core;
using ExpertFinder.Core.Ties;
using ExpertFinder.Graphs.Model;
using Microsoft.Extensions.Primitives;

namespace ExpertFinder.Api.Features.NetworkGraphs;

/// <summary>
/// GET /graph/export.graphml, .gexf and .cytoscape.json: the graph networkGraph answers, for the same filters as
/// query parameters (level, municipality, competence, networkKinds and tieKinds as comma lists, from, to), seen as the caller,
/// as a download for Gephi, Cytoscape or yEd.
/// </summary>
public static class GraphExportEndpoints
{
    private static readonly (string Extension, string MediaType, Action<CollaborationGraph, Stream> Write)[] Formats =
    [
        ("graphml", "application/graphml+xml", GraphMlWriter.Write),
        ("gexf", "application/gexf+xml", GexfWriter.Write),
        ("cytoscape.json", "application/json", CytoscapeWriter.Write),
    ];

    public static void MapGraphExports(this WebApplication app)
    {
        foreach (var (extension, mediaType, write) in Formats)
        {
            app.MapGet("/graph/export." + extension, async (HttpContext http) =>
            {
                if (http.GetCaller().Kind == CallerKind.Anonymous)
                {
                    // No identity given where one is needed: 401 with the challenges, as the door answers.
                    CallerResolution.AddChallenges(http.Response, http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthOptions>>().Value);
                    return Results.Json(new { error = new { code = AuthorizationValidationRule.Unauthenticated, message = GraphAccess.ExportMessage } },
                        statusCode: StatusCodes.Status401Unauthorized);
                }
                if (!GraphAccess.MayExport(http.GetCaller()))
                {
                    return Results.Json(new { error = new { code = AuthorizationValidationRule.Forbidden, message = GraphAccess.ExportMessage } },
                        statusCode: StatusCodes.Status403Forbidden);
                }
                NetworkGraphRequest request;
                CollaborationGraph graph;
                var timeout = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Hosting.ExpertFinderOptions>>().Value.Graphs.ExportTimeout;
                using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
                deadline.CancelAfter(timeout);
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                try
                {
                    request = Parse(http.Request);
                    graph = await http.RequestServices.GetRequiredService<NetworkGraphService>()
                        .GraphAsync(request, await PrivacyPolicies.ForRequestAsync(http), deadline.Token);
                    // The deadline's timer fires a little late; a build that ended past it is over time all the same.
                    if (System.Diagnostics.Stopwatch.GetElapsedTime(started) > timeout)
                    {
                        deadline.Cancel();
                        deadline.Token.ThrowIfCancellationRequested();
                    }
                }
                catch (NetworkGraphException e)
                {
                    return Results.Json(new { error = new { code = e.Code, message = e.Message } }, statusCode: StatusCodes.Status400BadRequest);
                }
                catch (OperationCanceledException) when (deadline.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
                {
                    // The graph's build stops with the deadline (it checks it); the server is busy, not the request wrong.
                    http.Response.Headers.RetryAfter = "60";
                    return Results.Json(new { error = new { code = "EXPORT_TIMEOUT", message = $"The export took longer than {timeout.TotalSeconds:0.###} s and was abandoned" } },
                        statusCode: StatusCodes.Status503ServiceUnavailable);
                }
                var buffer = new MemoryStream();
                write(graph, buffer);
                buffer.Position = 0;
                var name = $"expertfinder-{request.Level.ToString().ToLowerInvariant()}-graph.{extension}";
                return Results.File(buffer, mediaType + "; charset=utf-8", name);
            }).RequireHeavyRateLimit();
        }
    }

    private static readonly string[] Parameters = ["level", "municipality", "competence", "networkKinds", "from", "to", "tieKinds"];

    public static NetworkGraphRequest Parse(HttpRequest http)
    {
        if (!QueryStringText.IsUtf8(http.QueryString))
        {
            throw new NetworkGraphException("BAD_PARAMETER", "The query string's percent-encoded bytes must be UTF-8");
        }
        var query = http.Query;
        foreach (var name in query.Keys)
        {
            if (!Parameters.Contains(name, StringComparer.Ordinal))
            {
                throw new NetworkGraphException("UNKNOWN_PARAMETER", $"Unknown parameter '{name}'; known: {string.Join(", ", Parameters)}");
            }
            if (query[name].Count > 1)
            {
                throw new NetworkGraphException("BAD_PARAMETER", $"'{name}' is given more than once");
            }
            if (!StorableText.IsStorable(query[name].ToString()))
            {
                throw new NetworkGraphException("BAD_PARAMETER", $"'{name}' {StorableText.Problem}");
            }
        }
        return new NetworkGraphRequest
        {
            Level = One(query, "level") is { } level
                ? Enum.TryParse<GraphLevel>(level, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !level.Any(char.IsDigit)
                    ? parsed
                    : throw new NetworkGraphException("BAD_LEVEL", "'level' must be PERSON, UNIT, DEPARTMENT or MUNICIPALITY")
                : GraphLevel.Department,
            Municipality = One(query, "municipality"),
            Competence = One(query, "competence"),
            NetworkKinds = List(query, "networkKinds").Select(k =>
                Vocabulary.NetworkKinds.FirstOrDefault(v => string.Equals(v, k, StringComparison.OrdinalIgnoreCase))
                ?? throw new NetworkGraphException("BAD_NETWORK_KIND", $"'networkKinds' has '{k}'; known: {string.Join(", ", Vocabulary.NetworkKinds.Select(v => v.ToUpperInvariant()))}"))
                .ToList(),
            From = Date(query, "from"),
            To = Date(query, "to"),
            TieKinds = List(query, "tieKinds").Select(k => k.ToUpperInvariant() switch
            {
                "NETWORK" => TieKinds.Network,
                "DOCUMENT" => TieKinds.Document,
                "UNIT" => TieKinds.Unit,
                _ => throw new NetworkGraphException("BAD_TIE_KIND", $"'tieKinds' has '{k}'; known: NETWORK, DOCUMENT, UNIT"),
            }).Aggregate(TieKinds.None, (all, k) => all | k) is var kinds && kinds != TieKinds.None ? kinds : TieKinds.All,
        };
    }

    private static string? One(IQueryCollection query, string name) =>
        query.TryGetValue(name, out StringValues values) && !string.IsNullOrWhiteSpace(values.ToString()) ? values.ToString().Trim() : null;

    private static List<string> List(IQueryCollection query, string name)
    {
        var values = One(query, name) is { } text ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        return values.Length <= ListQueries.MaxFilterValues
            ? [.. values]
            : throw new NetworkGraphException("BAD_PARAMETER", $"'{name}' may hold at most {ListQueries.MaxFilterValues} values");
    }

    private static DateOnly? Date(IQueryCollection query, string name) =>
        One(query, name) is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new NetworkGraphException("BAD_DATE", $"'{name}' must be a date as YYYY-MM-DD");
}
