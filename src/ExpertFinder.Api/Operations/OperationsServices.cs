namespace ExpertFinder.Api.Operations;

/// <summary>What running the server in production needs: health checks and telemetry.</summary>
public static class OperationsServices
{
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddReadinessChecks();
        builder.AddExpertFinderTelemetry();
        return builder;
    }
}
