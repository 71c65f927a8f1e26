using System.Collections.Concurrent;
using System.Diagnostics;

namespace ExpertFinder.Api.Tests.Schema.Conventions;

/// <summary>Counts the commands Npgsql sends to one database, from its tracing activities, while it is alive.</summary>
public sealed class SqlStatementCounter : IDisposable
{
    private readonly ActivityListener listener;
    private readonly ConcurrentQueue<string> statements = new();

    public SqlStatementCounter(string databaseName)
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TagObjects.Any(t => t.Key is "db.name" or "db.namespace" && Equals(t.Value, databaseName)))
                {
                    statements.Enqueue(activity.TagObjects.FirstOrDefault(t => t.Key is "db.statement" or "db.query.text").Value?.ToString() ?? activity.DisplayName);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>
    /// The statements sent so far; not the opening of physical connections (the pool grows as it likes), nor the
    /// index follower's, which reads the index log, records how far it got and retries failed entries on its own
    /// schedule.
    /// </summary>
    public IReadOnlyList<string> Statements =>
        [.. statements.Where(s => !s.StartsWith("CONNECT", StringComparison.Ordinal) && !s.StartsWith("LISTEN", StringComparison.Ordinal)
            && !IndexFollowerTables.Any(table => s.Contains(table, StringComparison.Ordinal)) && !s.Contains("pg_snapshot_xmin", StringComparison.Ordinal))];

    private static readonly string[] IndexFollowerTables = ["index_outbox", "index_consumers", "index_failures", "index_log_state", "index_verifications"];

    public void Dispose() => listener.Dispose();
}
