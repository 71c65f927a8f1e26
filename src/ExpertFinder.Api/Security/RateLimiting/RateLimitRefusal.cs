using System.Globalization;
using System.Threading.RateLimiting;
using ExpertFinder.Api.Http;
using GraphQL;
using Microsoft.AspNetCore.RateLimiting;

namespace ExpertFinder.Api.Security.RateLimiting;

/// <summary>How a refused request is answered: 429, Retry-After, and a GraphQL-shaped error with code RATE_LIMITED.</summary>
internal static class RateLimitRefusal
{
    public const string Code = "RATE_LIMITED";

    public static async ValueTask WriteAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var seconds = RetryAfterSeconds(context.Lease);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (seconds is not null)
        {
            http.Response.Headers.RetryAfter = seconds.Value.ToString(CultureInfo.InvariantCulture);
        }
        // A GraphQL client gets the media type it would get for any other error; everything else plain JSON.
        var mediaType = http.Request.Path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase)
            ? GraphQLHttpEndpoint.ChooseMediaType(http.Request) ?? GraphQLHttpEndpoint.JsonMediaType
            : GraphQLHttpEndpoint.JsonMediaType;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(Message("Too many requests", seconds)) { Code = Code });
        await http.RequestServices.GetRequiredService<IGraphQLTextSerializer>().WriteAsync(http.Response.Body, result, cancellationToken);
    }

    /// <summary>Whole seconds until the next permit, rounded up so that a client that waits that long is let through.</summary>
    public static int? RetryAfterSeconds(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : null;

    public static string Message(string what, int? retryAfterSeconds) =>
        retryAfterSeconds is { } seconds ? $"{what}; try again in {seconds} s" : what + "; try again later";
}
