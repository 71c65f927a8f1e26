using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ExpertFinder.Api.Operations;

/// <summary>
/// The readiness report, shared: /health/ready takes no credentials and is not rate limited, so however many probes
/// arrive at once, one evaluation runs at a time and its report answers every probe for <see cref="Fresh"/>. The
/// database and the index then see at most one round of checks a second from probes, never one per request.
/// </summary>
internal sealed class ReadinessReports(HealthCheckService health)
{
    /// <summary>How long a finished report answers probes; short enough that a load balancer sees a change at once.</summary>
    public static readonly TimeSpan Fresh = TimeSpan.FromSeconds(1);

    private readonly Lock gate = new();
    private Task<HealthReport>? latest;
    // The monotonic clock, not the registered TimeProvider: tests stop that one, which would freeze the report.
    private long startedAt;

    public Task<HealthReport> CurrentAsync()
    {
        lock (gate)
        {
            if (latest is null || (latest.IsCompleted && Stopwatch.GetElapsedTime(startedAt) >= Fresh))
            {
                startedAt = Stopwatch.GetTimestamp();
                // Not the probe's cancellation: other probes wait on this evaluation; each check has its own timeout.
                latest = health.CheckHealthAsync(check => check.Tags.Contains(ReadinessChecks.Tag), CancellationToken.None);
            }
            return latest;
        }
    }
}
