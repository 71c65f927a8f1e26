using ExpertFinder.Api.Operations;
using Npgsql;

namespace ExpertFinder.Api.IndexSync;

/// <summary>
/// Keeps the server's index in step with PostgreSQL: applies the outbox at start, then whenever a writer
/// (this process, or an import run from the command line) commits and notifies; polls now and then in case a
/// notification was missed while the connection was down. Nothing it meets stops the server (<see cref="Listening"/>);
/// entries that fail on their own are set aside by the synchronizer.
/// </summary>
public sealed class IndexFollower(IndexSynchronizer synchronizer, NpgsqlDataSource database, ExpertFinderMetrics metrics, ILogger<IndexFollower> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(30);

    private DateTime lastReport = DateTime.MinValue;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Listening.RunAsync(database, IndexOutbox.Channel, async (connection, token) =>
        {
            await synchronizer.DrainAsync(token);
            await ReportAsync(token);
            while (!token.IsCancellationRequested)
            {
                // Wakes for a notification, a retry that falls due, or the poll.
                var wait = synchronizer.NextRetryIn is { } retry && retry < PollInterval ? retry + TimeSpan.FromMilliseconds(50) : PollInterval;
                await connection.WaitAsync(wait, token);
                await synchronizer.DrainAsync(token);
                await ReportAsync(token);
            }
        }, logger, "The index follower", stoppingToken);

    /// <summary>Feeds the index gauges (lag, entries to apply, entries set aside), at most once a second.</summary>
    private async Task ReportAsync(CancellationToken cancellationToken)
    {
        if (DateTime.UtcNow - lastReport < TimeSpan.FromSeconds(1))
        {
            return;
        }
        lastReport = DateTime.UtcNow;
        var status = await synchronizer.StatusAsync(cancellationToken);
        metrics.ReportIndexState(status.OldestPending.TotalSeconds, status.Pending, status.SetAside);
    }
}
