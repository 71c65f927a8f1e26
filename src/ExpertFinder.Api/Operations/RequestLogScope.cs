using System.Collections;
using System.Diagnostics;
using ExpertFinder.Api.Http;

namespace ExpertFinder.Api.Operations;

/// <summary>
/// Every log line written while a request is handled carries its id (<see cref="RequestIds"/>), the one the response
/// echoes in X-Request-Id and the audit log keeps, so a portal's complaint, an audit entry and the log lines meet.
/// </summary>
public static class RequestLogScope
{
    /// <summary>
    /// The scope's field, named as the audit log's column. Not "RequestId": ASP.NET Core's own scope already has one,
    /// the connection's trace identifier, which differs whenever the client sent its own id.
    /// </summary>
    public const string Field = "request_id";

    /// <summary>First in the pipeline, so that authentication, rate limiting and every endpoint log inside the scope.</summary>
    public static IApplicationBuilder UseRequestLogScope(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestLogScope));
        return app.Use(async (http, next) =>
        {
            var id = RequestIds.For(http);
            // The same id on the request's trace, to go from a log line or an audit entry to the trace.
            Activity.Current?.SetTag("expertfinder.request_id", id);
            // A scope opened on any logger applies to all of them: the factory shares one scope provider.
            using (logger.BeginScope(new Scope(id)))
            {
                await next(http);
            }
        });
    }

    /// <summary>Structured (a field of its own in JSON logs and OTLP), and readable as text in plain console logs.</summary>
    private sealed class Scope(string id) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public int Count => 1;

        public KeyValuePair<string, object?> this[int index] =>
            index == 0 ? new KeyValuePair<string, object?>(Field, id) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            yield return this[0];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => $"{Field}:{id}";
    }
}
