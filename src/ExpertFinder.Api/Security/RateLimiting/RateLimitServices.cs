using Microsoft.AspNetCore.RateLimiting;

namespace ExpertFinder.Api.Security.RateLimiting;

public static class RateLimitServices
{
    public static IServiceCollection AddExpertFinderRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>()
            .BindConfiguration(RateLimitOptions.Section)
            .Validate(o => o.General.IsValid && o.Heavy.IsValid, $"{RateLimitOptions.Section}: PermitsPerMinute and Burst must be at least 1")
            .ValidateOnStart();
        services.AddSingleton<CallerRateLimiters>();
        // The networkGraph resolver finds the request's remote address through it, for anonymous callers' keys.
        services.AddHttpContextAccessor();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RateLimitRefusal.WriteAsync;
        });
        services.AddOptions<RateLimiterOptions>()
            .Configure<CallerRateLimiters>((options, limiters) => options.GlobalLimiter = new RequestRateLimiter(limiters));
        return services;
    }

    /// <summary>
    /// The partition is the caller's, so this must run after the middleware that resolves the caller (anonymous until
    /// then), and after routing (implicit first in a WebApplication), which tells heavy endpoints apart.
    /// </summary>
    public static IApplicationBuilder UseExpertFinderRateLimits(this IApplicationBuilder app) => app.UseRateLimiter();
}
