using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ExpertFinder.Api.Security.RateLimiting;

/// <summary>
/// The general and the heavy budget of every caller, one partition per <see cref="RateLimitKey"/>. One instance for
/// the server: the HTTP middleware and the networkGraph resolver draw from the same heavy budget.
/// </summary>
public sealed class CallerRateLimiters : IDisposable
{
    public CallerRateLimiters(IOptions<RateLimitOptions> options)
    {
        General = Create(options.Value.General);
        Heavy = Create(options.Value.Heavy);
    }

    public PartitionedRateLimiter<string> General { get; }

    public PartitionedRateLimiter<string> Heavy { get; }

    /// <summary>
    /// Token buckets rather than sliding windows: a portal's page fires several requests at once, which the bucket
    /// lets through up to its burst and then refills evenly, not in steps at segment boundaries; and a refused lease
    /// tells when the next permit comes (RetryAfter), which the sliding window's does not. One token per period of
    /// a minute / PermitsPerMinute makes that the time to the very next token, where a bigger refill per period would
    /// report the whole period. No queueing: a refused request is answered at once. The partitioned limiter refills
    /// every bucket from one timer and forgets buckets that have been full for a while.
    /// </summary>
    private static PartitionedRateLimiter<string> Create(RateLimit limit) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit.Burst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / limit.PermitsPerMinute,
            QueueLimit = 0,
        }));

    public void Dispose()
    {
        General.Dispose();
        Heavy.Dispose();
    }
}
