using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ExpertFinder.Api.Operations;

/// <summary>
/// The checks behind /health/ready. Another part of the server adds its own by registering an
/// <see cref="IHealthCheck"/> with <see cref="Tag"/>: <c>services.AddHealthChecks().AddCheck&lt;T&gt;("name", tags: [ReadinessChecks.Tag])</c>.
/// A check's description is shown to anyone who asks, so it says how things stand, never what the data holds.
/// </summary>
public static class ReadinessChecks
{
    /// <summary>The tag of the checks that decide whether this server should be sent traffic.</summary>
    public const string Tag = "ready";

    /// <summary>Each check gives up after this long; a probe is answered within it rather than hanging on a stuck dependency.</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddReadinessChecks(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>()
            .BindConfiguration(HealthOptions.Section)
            .Validate(o => o.MaxIndexLagSeconds > 0, $"{HealthOptions.Section}:MaxIndexLagSeconds must be more than 0")
            .ValidateOnStart();
        services.AddSingleton<ReadinessReports>();
        services.AddHealthChecks()
            // The server's own data source (DI), so the check asks as the app role, through the pool the requests use.
            .AddNpgSql(name: "database", tags: [Tag], timeout: CheckTimeout)
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [Tag], timeout: CheckTimeout)
            .AddCheck<SearchIndexHealthCheck>("search-index", tags: [Tag], timeout: CheckTimeout);
        return services;
    }
}
