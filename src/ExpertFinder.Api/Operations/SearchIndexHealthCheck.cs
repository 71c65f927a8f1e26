using ExpertFinder.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ExpertFinder.Api.Operations;

/// <summary>Ready only when the search index is open and answers a search (a count of what it holds, not shown).</summary>
internal sealed class SearchIndexHealthCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // Resolved here rather than injected: an index that cannot be opened makes this check fail, not the whole report.
        services.GetRequiredService<SearchEngine>().Index.Count();
        return Task.FromResult(HealthCheckResult.Healthy("the search index answers"));
    }
}
