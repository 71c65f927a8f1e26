using System.Threading.RateLimiting;

namespace ExpertFinder.Api.Security.RateLimiting;

/// <summary>
/// The limiter the rate limiting middleware asks for every request: the caller's heavy budget for endpoints marked
/// with <see cref="HeavyRateLimit.RequireHeavyRateLimit"/>, else their general one. The limiters belong to
/// <see cref="CallerRateLimiters"/>, which disposes them.
/// </summary>
internal sealed class RequestRateLimiter(CallerRateLimiters limiters) : PartitionedRateLimiter<HttpContext>
{
    public override RateLimiterStatistics? GetStatistics(HttpContext resource) =>
        For(resource).GetStatistics(RateLimitKey.For(resource));

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        For(resource).AttemptAcquire(RateLimitKey.For(resource), permitCount);

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        For(resource).AcquireAsync(RateLimitKey.For(resource), permitCount, cancellationToken);

    private PartitionedRateLimiter<string> For(HttpContext http) => HeavyRateLimit.AppliesTo(http) ? limiters.Heavy : limiters.General;
}
