using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry;

namespace ExpertFinder.Api.Operations;

/// <summary>
/// /health/live (the process answers; no dependency is asked) and /health/ready (the checks tagged
/// <see cref="ReadinessChecks.Tag"/>): 200 when healthy or degraded, 503 when not, with each check's status and
/// description as JSON. Probes come without credentials and often, so both take none and neither is rate limited.
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapMethods(LivePath, [HttpMethods.Get, HttpMethods.Head], (HttpContext http) =>
                WriteAsync(http, new HealthReport(new Dictionary<string, HealthReportEntry>(), TimeSpan.Zero)))
            .AllowAnonymous().DisableRateLimiting();
        app.MapMethods(ReadyPath, [HttpMethods.Get, HttpMethods.Head], async (HttpContext http, ReadinessReports reports) =>
            {
                HealthReport report;
                // Nor are the probes' database calls traced (IsProbe).
                using (SuppressInstrumentationScope.Begin())
                {
                    report = await reports.CurrentAsync();
                }
                await WriteAsync(http, report);
            })
            .AllowAnonymous().DisableRateLimiting();
        return app;
    }

    /// <summary>Whether a request is a health probe (left out of traces: probes every few seconds would bury the rest).</summary>
    public static bool IsProbe(HttpRequest request) => request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);

    private static async Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.StatusCode = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        http.Response.Headers.CacheControl = "no-store";
        http.Response.ContentType = "application/json; charset=utf-8";
        if (HttpMethods.IsHead(http.Request.Method))
        {
            return;
        }
        await JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                description = Description(e.Value),
            }),
        }, cancellationToken: http.RequestAborted);
    }

    /// <summary>
    /// A failed check's exception message (a host name, a role, a path) is for the server's log, which the health
    /// check service writes it to; the public answer says only that the check failed.
    /// </summary>
    private static string? Description(HealthReportEntry entry) =>
        entry.Exception is null ? entry.Description : "the check failed; the server's log has the reason";
}
