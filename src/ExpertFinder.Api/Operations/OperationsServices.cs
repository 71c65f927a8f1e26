using Microsoft.Extensions.Options;

namespace ExpertFinder.Api.Operations;

/// <summary>What running the server in production needs: health checks, telemetry, structured logs and a graceful stop.</summary>
public static class OperationsServices
{
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddReadinessChecks();
        builder.AddExpertFinderTelemetry();
        AddJsonLogs(builder);
        AddGracefulShutdown(builder.Services);
        return builder;
    }

    /// <summary>
    /// Outside Development the console logs one JSON object a line, for a log collector, with the scopes: the request
    /// id among them (<see cref="RequestLogScope"/>). A developer's console keeps the readable format.
    /// </summary>
    private static void AddJsonLogs(WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment())
        {
            return;
        }
        builder.Logging.AddJsonConsole(json =>
        {
            json.IncludeScopes = true;
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
    }

    /// <summary>The host's shutdown timeout from <see cref="ShutdownOptions"/>; an unusable value stops the server from being built.</summary>
    private static void AddGracefulShutdown(IServiceCollection services)
    {
        services.AddOptions<ShutdownOptions>()
            .BindConfiguration(ShutdownOptions.Section)
            .Validate(o => o.TimeoutSeconds is > 0 and <= 3600, $"{ShutdownOptions.Section}:TimeoutSeconds must be more than 0 and at most 3600");
        services.AddOptions<HostOptions>()
            .Configure<IOptions<ShutdownOptions>>((host, shutdown) => host.ShutdownTimeout = TimeSpan.FromSeconds(shutdown.Value.TimeoutSeconds));
    }
}
