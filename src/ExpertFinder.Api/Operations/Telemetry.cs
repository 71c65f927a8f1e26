using GraphQL.Telemetry;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ExpertFinder.Api.Operations;

/// <summary>
/// Traces (HTTP requests, their GraphQL execution and PostgreSQL commands), metrics (HTTP, runtime, Npgsql and
/// <see cref="ExpertFinderMetrics"/>) and logs, exported over OTLP when an endpoint is configured
/// (<see cref="TelemetryOptions"/>). Without one nothing is collected here: the instrumentation stays idle, and tools
/// that listen in process (dotnet-counters, dotnet-trace) still see every source.
/// </summary>
public static class Telemetry
{
    /// <summary>The standard setting that also turns export on (read through configuration, so from the environment).</summary>
    public const string StandardEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static WebApplicationBuilder AddExpertFinderTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ExpertFinderMetrics>();
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section);
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var ours = Endpoint(options.OtlpEndpoint);
        if (ours is null && string.IsNullOrWhiteSpace(builder.Configuration[StandardEndpointSetting]))
        {
            return builder;
        }
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "ExpertFinder",
                serviceVersion: typeof(Telemetry).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = http => !HealthEndpoints.IsProbe(http.Request))
                .AddSource(GraphQLTelemetryProvider.SourceName)
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                // .NET's own runtime meter (GC, thread pool, exceptions); the runtime instrumentation package only repeats it.
                .AddMeter("System.Runtime")
                .AddNpgsqlInstrumentation()
                .AddMeter(ExpertFinderMetrics.MeterName));
        // Log scopes travel with the lines: the request id among them (RequestLogScope).
        builder.Services.Configure<OpenTelemetryLoggerOptions>(logs => logs.IncludeScopes = true);
        if (ours is not null)
        {
            telemetry.UseOtlpExporter(options.OtlpProtocol, ours);
        }
        else
        {
            // Every OTEL_EXPORTER_OTLP_* setting as the specification defines them.
            telemetry.UseOtlpExporter();
        }
        return builder;
    }

    private static Uri? Endpoint(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return null;
        }
        return Uri.TryCreate(configured, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new InvalidOperationException($"{TelemetryOptions.Section}:OtlpEndpoint must be an http or https address, such as http://collector:4318");
    }
}
