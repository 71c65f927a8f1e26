namespace ExpertFinder.Api.Security.RateLimiting;

/// <summary>
/// The "ExpertFinder:RateLimits" section: how fast one caller (<see cref="RateLimitKey"/>) may ask. The defaults are
/// far above what a portal or the repository's load tools send (bench-api: about 330 requests/s from one caller on
/// a quiet machine), so they only stop a runaway client; a deployment that wants real limits sets its own.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "ExpertFinder:RateLimits";

    /// <summary>Every request to /graphql, the pages and their assets, except those <see cref="Heavy"/> counts.</summary>
    public RateLimit General { get; set; } = new() { PermitsPerMinute = 60_000, Burst = 1_000 };

    /// <summary>
    /// Work that builds and analyses a whole collaboration graph: the graph exports (instead of <see cref="General"/>)
    /// and each person-level networkGraph field of a GraphQL request (on top of the request's own permit).
    /// </summary>
    public RateLimit Heavy { get; set; } = new() { PermitsPerMinute = 60, Burst = 30 };
}

/// <summary>A token bucket: <see cref="Burst"/> permits at once, refilled evenly at <see cref="PermitsPerMinute"/>.</summary>
public sealed class RateLimit
{
    public int PermitsPerMinute { get; set; }

    public int Burst { get; set; }

    internal bool IsValid => PermitsPerMinute > 0 && Burst > 0;
}
