using ExpertFinder.Api.Security.Auth;
using GraphQL;

namespace ExpertFinder.Api.Security.RateLimiting;

/// <summary>The heavy budget (<see cref="RateLimitOptions.Heavy"/>): for whole endpoints, and for single GraphQL fields.</summary>
public static class HeavyRateLimit
{
    /// <summary>
    /// Requests to this endpoint draw from the caller's heavy budget instead of the general one. Marked on the endpoint
    /// rather than matched by path, so that routing decides what is heavy (it ignores case, a path prefix would not).
    /// </summary>
    public static TBuilder RequireHeavyRateLimit<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(Marker.Instance);

    internal static bool AppliesTo(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<Marker>() is not null;

    /// <summary>
    /// Takes a permit from the heavy budget of the request's caller, or fails the field with RATE_LIMITED (the rest
    /// of the request is answered). Each field takes its own, so aliases cannot multiply the work for one permit.
    /// </summary>
    public static void Acquire(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        // The same key as the middleware's; without HTTP (a tool executing in-process) the caller alone.
        var http = services.GetService<IHttpContextAccessor>()?.HttpContext;
        var key = http is not null ? RateLimitKey.For(http) : RateLimitKey.For(context.Caller(), remoteAddress: null);
        using var lease = services.GetRequiredService<CallerRateLimiters>().Heavy.AttemptAcquire(key);
        if (!lease.IsAcquired)
        {
            throw new ExecutionError(RateLimitRefusal.Message("Too many person-level graphs and graph exports", RateLimitRefusal.RetryAfterSeconds(lease)))
            {
                Code = RateLimitRefusal.Code,
            };
        }
    }

    private sealed class Marker
    {
        public static readonly Marker Instance = new();
    }
}
