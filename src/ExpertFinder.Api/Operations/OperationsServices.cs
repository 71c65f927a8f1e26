namespace ExpertFinder.Api.Operations;

/// <summary>What running the server in production needs: health checks, telemetry and structured logs.</summary>
public static class OperationsServices
{
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddReadinessChecks();
        builder.AddExpertFinderTelemetry();
        AddJsonLogs(builder);
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
}
