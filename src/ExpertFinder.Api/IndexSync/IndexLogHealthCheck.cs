using ExpertFinder.Api.Operations;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ExpertFinder.Api.IndexSync;

/// <summary>
/// Ready while this server's index follows the log closely: unhealthy when it has not started following it or the
/// oldest change it has yet to apply waited longer than <see cref="HealthOptions.MaxIndexLagSeconds"/>; degraded
/// (still ready) when it set entries aside, which an operator should look at (<c>index_failures</c>).
/// </summary>
internal sealed class IndexLogHealthCheck(IndexSynchronizer synchronizer, IOptions<HealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = await synchronizer.StatusAsync(cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["pending"] = status.Pending,
            ["lagSeconds"] = Math.Round(status.OldestPending.TotalSeconds, 3),
            ["setAside"] = status.SetAside,
        };
        if (!status.Following)
        {
            return HealthCheckResult.Unhealthy("the index has not caught up with the log since the server started", data: data);
        }
        if (status.OldestPending.TotalSeconds > options.Value.MaxIndexLagSeconds)
        {
            return HealthCheckResult.Unhealthy($"the index is {status.OldestPending.TotalSeconds:0.#} s behind the database", data: data);
        }
        return status.SetAside > 0
            ? HealthCheckResult.Degraded($"{status.SetAside} index entries failed and were set aside", data: data)
            : HealthCheckResult.Healthy("the index follows the log", data: data);
    }
}
